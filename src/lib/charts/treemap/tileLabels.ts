import type { Paint, Shape } from '../draw/shape';
import { fittingLength, textWidth, wrapText } from '../layout/textWidth';
import type { PlacedSection, PlacedTile } from './layoutTreemap';

/** Fewest characters a cut label keeps; shorter, it is left out rather than cut to a stub. */
const MIN_CHARS = 8;
/** Room between a tile's edges and its labels, left and right alike. */
const PAD = 4;
/**
 * Bold DejaVu Sans (the font of the images, and of most Linux pages) runs up to 8 % wider than
 * textWidth's bold estimate on commodity names, and its ellipsis is a full em where the estimate
 * has 0.65: labels measured that wide end inside their tile rather than a few px past it.
 */
const SAFETY = 1.08;
/** A line that fits `width` as it is or cut with an ellipsis; none when it would be a stub. */
function fitLine(text: string, width: number, size: number, least = MIN_CHARS): string | undefined {
  if (textWidth(text, size, true) * SAFETY <= width) return text;
  const cut = fittingLength(text, (width - size) / SAFETY, size, true);
  const head = text.slice(0, cut).trimEnd();
  return head.length >= Math.min(least, text.length) ? `${head}…` : undefined;
}

/** Lines of a tile's name at most, and their spacing (px). */
const MOST_LINES = 3;
const LINE = 13;

const fits = (text: string, width: number) => textWidth(text, 11, true) * SAFETY <= width;

/** Fewest characters of a cut line below a whole one: the line above has begun the name. */
const MIN_CHARS_BELOW = 4;

/**
 * A name in up to `rows` lines of `width`, broken between words; where it runs on, or a word is
 * wider than a line, the rest of it on one last line cut with an ellipsis (`Russian` /
 * `Federat…`). None when even its first line would be a stub.
 */
function nameLines(label: string, width: number, rows: number): string[] | undefined {
  const one = fitLine(label, width, 11);
  if (rows < 2 || fits(label, width)) return one ? [one] : undefined;
  const words = label.split(/\s+/).filter(Boolean);
  const shown: string[] = [];
  let used = 0;
  for (const line of wrapText(label, width / SAFETY, 11, true)) {
    const n = line.split(' ').length;
    // Broken between words only: a word cut in two (`photograph` / `ic,`) reads as two.
    const whole = words.slice(used, used + n).join(' ') === line;
    const more = used + n < words.length;
    if (whole && fits(line, width) && !(shown.length === rows - 1 && more)) {
      shown.push(line);
      used += n;
      if (!more) break;
      continue;
    }
    const rest = words.slice(used).join(' ');
    const cut = fitLine(rest, width, 11, shown.length ? MIN_CHARS_BELOW : MIN_CHARS);
    if (cut) shown.push(cut);
    break;
  }
  return shown.length ? shown : undefined;
}

/**
 * A tile's name and value written inside it, in the background colour (light on the dark tiles
 * of the light theme, dark on the light tiles of the dark one): the name over as many lines as
 * the tile is tall (three at most), cut with an ellipsis to end `PAD` px short of the tile's
 * right edge, or left out where it does not fit.
 */
export function tileLabels(p: PlacedTile, value: string, ink: Paint = 'bg'): Shape[] {
  const width = p.width - 2 * PAD;
  if (p.height < 16 || width < 24) return [];
  // Rows for the name that leave one for the value below it.
  const rows = Math.max(1, Math.min(MOST_LINES, Math.floor((p.height - 18) / LINE)));
  // A tile too narrow for its name keeps its code (`87`, a country's `CAN`), which the
  // legend-free reader can look up in the table or the tooltip, rather than standing blank.
  const code = p.tile.short ?? /^(\d{1,6})\s/.exec(p.tile.label)?.[1];
  const lines =
    nameLines(p.tile.label, width, rows) ?? (code && fits(code, width) ? [code] : undefined);
  if (!lines) return [];
  const out: Shape[] = lines.map((text, i) => ({
    type: 'text',
    x: p.x + PAD,
    y: p.y + 14 + i * LINE,
    text,
    size: 11,
    weight: 600,
    fill: ink,
  }));
  const y = p.y + 14 + lines.length * LINE;
  if (y + 4 <= p.y + p.height && textWidth(value, 10, true) * SAFETY <= width)
    out.push({ type: 'text', x: p.x + PAD, y, text: value, size: 10, fill: ink });
  return out;
}

/** A section's name over its block, when the layout left it a header. */
export function sectionLabel(s: PlacedSection, system: string): Shape[] {
  if (!s.header) return [];
  const text = fitLine(`${system} ${s.section.id} · ${s.section.short}`, s.width - 4, 10);
  return text
    ? [{ type: 'text', x: s.x + 2, y: s.y + 11, text, size: 10, weight: 600, fill: 'muted' }]
    : [];
}
