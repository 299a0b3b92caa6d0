// Advance widths of DejaVu Sans / system sans at 1px, roughly: enough to lay out labels and wrap
// lines without a DOM, the same in Node and the browser.
const NARROW = new Set([..."ijlI.,:;|!'’`()[]{} "]);
const SLIM = new Set([...'frt-/"“”*']);
const WIDE = new Set([...'mwMW@%—']);
const CAPS = /[A-Z]/;

/** Advance of one character, in em. */
function charEm(ch: string): number {
  if (NARROW.has(ch)) return 0.32;
  if (SLIM.has(ch)) return 0.42;
  if (WIDE.has(ch)) return 0.92;
  if (CAPS.test(ch)) return 0.72;
  if (ch >= '0' && ch <= '9') return 0.64;
  if (ch.charCodeAt(0) > 0x2e80) return 1;
  return 0.6;
}

const scale = (size: number, bold: boolean) => size * (bold ? 1.08 : 1);

/** Characters read of a text at most; past them its width is estimated from them. */
const MEASURED = 4096;

/**
 * Estimated width in pixels of `text` at `size` px (bold about 8 % wider). A text longer than
 * any chart is wide is measured by its start, scaled up: it only has to come out too wide, and
 * a label of megabytes from a hostile file must not cost a pass over it at every use.
 */
export function textWidth(text: string, size: number, bold = false): number {
  if (text.length > MEASURED)
    return (textWidth(text.slice(0, MEASURED), size, bold) * text.length) / MEASURED;
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * scale(size, bold);
}

/**
 * The length (in UTF-16 units, whole characters) of the longest start of `text` that fits in
 * `width` with `reserve` px left over. It reads only as far as fits: a label of megabytes from
 * a hostile file costs what fits on a line, not a pass over the whole text per character cut.
 */
export function fittingLength(
  text: string,
  width: number,
  size: number,
  bold = false,
  reserve = 0,
): number {
  const limit = (width - reserve) / scale(size, bold);
  let em = 0;
  let length = 0;
  for (const ch of text) {
    em += charEm(ch);
    if (em > limit) break;
    length += ch.length;
  }
  return length;
}

/** Words of `text` in lines no wider than `width`; a word longer than a line is cut. */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    const fits = fittingLength(next, width, size, bold) === next.length;
    if (fits || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
    for (;;) {
      const cut = fittingLength(line, width, size, bold);
      if (cut >= line.length) break;
      // At least one character a line, so a line narrower than any character still ends.
      const at = Math.max(cut, line.codePointAt(0)! > 0xffff ? 2 : 1);
      if (at >= line.length) break;
      lines.push(line.slice(0, at));
      line = line.slice(at);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** `text` cut to fit `width`, with an ellipsis when cut. */
export function fitText(text: string, width: number, size: number): string {
  if (fittingLength(text, width, size) === text.length) return text;
  let cut = Math.max(1, fittingLength(text, width, size, false, textWidth('…', size)));
  // Sums of widths in em and in px can round apart at the very edge: the cut text with its
  // ellipsis is measured as drawn, and gives up one more character if it does not fit.
  const fits = (n: number) => textWidth(`${text.slice(0, n)}…`, size) <= width;
  const before = (n: number) => n - (/[\uDC00-\uDFFF]/.test(text[n - 1] ?? '') ? 2 : 1);
  const after = (n: number) => n + (/[\uD800-\uDBFF]/.test(text[n] ?? '') ? 2 : 1);
  if (cut > 1 && !fits(cut)) cut = Math.max(1, before(cut));
  else if (after(cut) < text.length && fits(after(cut))) cut = after(cut);
  return `${atWordEnd(text, cut)}…`;
}

/**
 * The first `cut` characters of `text`, ended at a word's end where one is near (a cut word
 * reads as another: `Nuclear reactors, boilers, mach…`), without the space or comma before it.
 */
export function atWordEnd(text: string, cut: number): string {
  let end = cut;
  if (cut < text.length && /\S/.test(text[cut])) {
    const space = text.lastIndexOf(' ', cut - 1);
    // A word is given up only where most of the text stays (a long first word is cut).
    if (space >= 0.6 * cut) end = space;
  }
  return text.slice(0, end).replace(/[\s,;:]+$/, '');
}
