/** How far past a planned cut a line break is looked for. */
const LOOK = 1 << 16;

/**
 * Where to cut `file` past byte `from` into `parts` parts for reading apart: each cut is just
 * after a line feed, so a part starts a line. The first part, from the file's first byte, is
 * `startShare` of the size of each other part (its reader also sniffs the file, drafts the
 * preview and tells the page how far the parts are, so it is given less to read; 1 for parts
 * of equal size). A cut that finds no line feed near its place (very long lines) is left out;
 * fewer parts are read then. Ascending.
 */
export async function findCuts(
  file: Blob,
  from: number,
  parts: number,
  startShare = 1,
): Promise<number[]> {
  const cuts: number[] = [];
  // Where the start is already read past its share, the rest is shared by the other parts.
  const first = Math.max(from, (file.size * startShare) / (parts - 1 + startShare));
  const step = (file.size - first) / (parts - 1);
  for (let i = 1; i < parts; i++) {
    const at = Math.floor(first + step * (i - 1));
    if (at < from || at <= (cuts.at(-1) ?? -1)) continue;
    const near = new Uint8Array(await file.slice(at, at + LOOK).arrayBuffer());
    const lf = near.indexOf(10);
    if (lf >= 0 && at + lf + 1 < file.size) cuts.push(at + lf + 1);
  }
  return cuts;
}
