/** East Asian wide characters (CJK, Hangul, full-width forms) take about a full em. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * The width of a line of text, estimated from its characters (no fonts in Node): about 0.55 em a
 * character, 0.6 em bold, a full em for CJK. Wide enough for system sans-serif fonts.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : bold ? 0.6 : 0.55;
  return ems * fontSize;
}

/**
 * Breaks text into lines no wider than `maxWidth` by that estimate: at spaces where it can, inside
 * a word only when the word alone is too wide (long URLs, CJK without spaces).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const fits = (s: string) => estimateTextWidth(s, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const ch of word) {
      if (line && !fits(line + ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}
