import type { Paint, Shape } from '../draw/shape';
import { fitText, textWidth } from '../layout/textWidth';
import type { PlacedSection, PlacedTile } from './layoutTreemap';

/** Fewest characters a cut label keeps; shorter, it is left out rather than cut to a stub. */
const MIN_CHARS = 8;

/** A line that fits `width` as it is or cut with an ellipsis; none when it would be a stub. */
function fitLine(text: string, width: number, size: number): string | undefined {
  // Bold runs about 8 % wider than the measure of plain text.
  if (textWidth(text, size, true) <= width) return text;
  const cut = fitText(text, width / 1.08, size);
  return cut.length - 1 >= Math.min(MIN_CHARS, text.length) ? cut : undefined;
}

/**
 * A tile's name and value written inside it, in the background colour (light on the dark tiles
 * of the light theme, dark on the light tiles of the dark one); left out where they do not fit.
 */
export function tileLabels(p: PlacedTile, value: string, ink: Paint = 'bg'): Shape[] {
  const width = p.width - 10;
  if (p.height < 16 || width < 24) return [];
  const name = fitLine(p.tile.label, width, 11);
  if (!name) return [];
  const out: Shape[] = [
    { type: 'text', x: p.x + 4, y: p.y + 14, text: name, size: 11, weight: 600, fill: ink },
  ];
  if (p.height >= 31 && textWidth(value, 10) <= width)
    out.push({ type: 'text', x: p.x + 4, y: p.y + 27, text: value, size: 10, fill: ink });
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
