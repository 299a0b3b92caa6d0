import type { Paint, Shape } from '../draw/shape';
import { fittingLength, textWidth } from '../layout/textWidth';
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
function fitLine(text: string, width: number, size: number): string | undefined {
  if (textWidth(text, size, true) * SAFETY <= width) return text;
  const cut = fittingLength(text, (width - size) / SAFETY, size, true);
  const head = text.slice(0, cut).trimEnd();
  return head.length >= Math.min(MIN_CHARS, text.length) ? `${head}…` : undefined;
}

/**
 * A tile's name and value written inside it, in the background colour (light on the dark tiles
 * of the light theme, dark on the light tiles of the dark one); cut with an ellipsis to end
 * `PAD` px short of the tile's right edge, or left out where they do not fit.
 */
export function tileLabels(p: PlacedTile, value: string, ink: Paint = 'bg'): Shape[] {
  const width = p.width - 2 * PAD;
  if (p.height < 16 || width < 24) return [];
  // A tile too narrow for its name keeps its code (`87`), which the legend-free reader can look
  // up in the table or the tooltip, rather than standing blank.
  const code = /^(\d{1,6})\s/.exec(p.tile.label)?.[1];
  const name =
    fitLine(p.tile.label, width, 11) ??
    (code && textWidth(code, 11, true) * SAFETY <= width ? code : undefined);
  if (!name) return [];
  const out: Shape[] = [
    { type: 'text', x: p.x + PAD, y: p.y + 14, text: name, size: 11, weight: 600, fill: ink },
  ];
  if (p.height >= 31 && textWidth(value, 10, true) * SAFETY <= width)
    out.push({ type: 'text', x: p.x + PAD, y: p.y + 27, text: value, size: 10, fill: ink });
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
