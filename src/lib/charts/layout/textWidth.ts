// Advance widths of DejaVu Sans / system sans at 1px, roughly: enough to lay out labels and wrap
// lines without a DOM, the same in Node and the browser.
const NARROW = new Set([..."ijlI.,:;|!'’`()[]{} "]);
const SLIM = new Set([...'frt-/"“”*']);
const WIDE = new Set([...'mwMW@%—']);
const CAPS = /[A-Z]/;

/** Estimated width in pixels of `text` at `size` px (bold about 8 % wider). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.32;
    else if (SLIM.has(ch)) em += 0.42;
    else if (WIDE.has(ch)) em += 0.92;
    else if (CAPS.test(ch)) em += 0.72;
    else if (ch >= '0' && ch <= '9') em += 0.64;
    else if (ch.charCodeAt(0) > 0x2e80) em += 1;
    else em += 0.6;
  }
  return em * size * (bold ? 1.08 : 1);
}

/** Words of `text` in lines no wider than `width`; a word longer than a line is cut. */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, size, bold) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
    while (textWidth(line, size, bold) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), size, bold) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** `text` cut to fit `width`, with an ellipsis when cut. */
export function fitText(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  let cut = text.length;
  while (cut > 1 && textWidth(`${text.slice(0, cut)}…`, size) > width) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}
