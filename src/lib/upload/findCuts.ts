/** How far past a planned cut a line break is looked for. */
const LOOK = 1 << 16;

/**
 * Where to cut `file` past byte `from` into `parts` parts of about equal size for reading
 * apart: each cut is just after a line feed, so a part starts a line. A cut that finds no line
 * feed near its place (very long lines) is left out; fewer parts are read then. Ascending.
 */
export async function findCuts(file: Blob, from: number, parts: number): Promise<number[]> {
  const cuts: number[] = [];
  const step = (file.size - from) / parts;
  for (let i = 1; i < parts; i++) {
    const at = Math.floor(from + step * i);
    if (at <= (cuts.at(-1) ?? from)) continue;
    const near = new Uint8Array(await file.slice(at, at + LOOK).arrayBuffer());
    const lf = near.indexOf(10);
    if (lf >= 0 && at + lf + 1 < file.size) cuts.push(at + lf + 1);
  }
  return cuts;
}
