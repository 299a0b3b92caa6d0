import { seriesStyle } from '../skeleton/seriesStyle';
import { EDGE_INSET } from '../layout/edgeInset';
import { fitText, textWidth } from '../layout/textWidth';
import type { ChartLabel, ChartSeries } from '../spec';
import type { SlopeFrame } from './slopeFrame';
import { spreadLabels } from './spreadLabels';

/** A line per series from its left value to its right, and its end texts spread apart. */
export function slopeMarks(frame: SlopeFrame): { series: ChartSeries[]; labels: ChartLabel[] } {
  const { a, b, plot, y, factory } = frame;
  const x0 = plot.left;
  const x1 = plot.left + plot.width;
  const series: ChartSeries[] = frame.both.map(({ s, n }) => {
    const p0 = factory.make(s, a, s.values[a], x0, y(s.values[a]));
    const p1 = factory.make(s, b, s.values[b], x1, y(s.values[b]));
    return {
      id: s.id,
      label: s.label,
      ...seriesStyle(n),
      dash: 'solid',
      path: `M${x0},${p0.y}L${x1},${p1.y}`,
      points: [p0, p1],
      dots: true,
      gaps: [],
      derived: s.derived ? true : undefined,
    };
  });
  const spread = (end: 0 | 1) =>
    spreadLabels(
      series.map((s) => s.points[end].y),
      13,
      plot.top,
      plot.top + plot.height,
    );
  const [ly, ry] = [spread(0), spread(1)];
  const leftRoom = plot.left - 9 - EDGE_INSET;
  // Names cut to a few letters (`Kore… $432.7 mn`) are dropped from every left end alike: the
  // key names the lines by colour.
  const named = frame.leftText.every((text, k) => readable(text, ` ${frame.starts[k]}`, leftRoom));
  const rightRoom = frame.width - x1 - 9 - EDGE_INSET;
  // Where lines cross, every right end names its line, or none does: a few named ends would
  // leave the others to be taken for the names nearby.
  const rightNamed =
    frame.crossed &&
    frame.rightText.every((text, k) =>
      readable(`${frame.names[k]} ${text}`, ` ${text}`, rightRoom),
    );
  const labels: ChartLabel[] = series.flatMap((s, k) => [
    {
      x: x0 - 8,
      y: ly[k],
      text: leftLabel(frame, k, leftRoom, named),
      anchor: 'end' as const,
      color: s.color,
      // Named for its series, so what recolours the line (a group drawn grey) recolours it too.
      series: s.label,
    },
    {
      x: x1 + 8,
      y: ry[k],
      text: rightLabel(frame, k, rightRoom, rightNamed),
      anchor: 'start' as const,
      color: s.color,
      series: s.label,
    },
  ]);
  return { series, labels };
}

/** Width (px) a cut name keeps at least, else names are left to the key: about ten letters. */
const READABLE_NAME = 64;

/** Whether an end's text (`full`) fits `room`, or its name keeps a readable width beside `figures`. */
const readable = (full: string, figures: string, room: number) =>
  textWidth(full, 11) <= room || room - textWidth(figures, 11) >= READABLE_NAME;

/**
 * A left end's text in `room`: the name is cut, never the figure (`Hong Kong S… 93.2 %`); too
 * narrow for a readable name beside it, or not `named`, the figure alone (the line's colour and
 * the key name it); too narrow even for that, the name cut.
 */
function leftLabel(frame: SlopeFrame, k: number, room: number, named: boolean): string {
  const value = ` ${frame.starts[k]}`;
  const nameRoom = room - textWidth(value, 11);
  if (named && textWidth(frame.leftText[k], 11) <= room) return frame.leftText[k];
  if (named && nameRoom >= READABLE_NAME) return `${fitText(frame.names[k], nameRoom, 11)}${value}`;
  if (textWidth(frame.starts[k], 11) <= room) return frame.starts[k];
  return fitText(frame.names[k], room, 11);
}

/**
 * A right end's text in `room`: where lines cross (`named`), the name first, cut before the
 * figures are (`Hong Kong S… 193.9 % +100.7 pp`); then the change goes, then the figure; a
 * figure is never cut (`$397.…` would read as another number).
 */
function rightLabel(frame: SlopeFrame, k: number, room: number, named: boolean): string {
  const full = frame.rightText[k];
  const nameRoom = room - textWidth(` ${full}`, 11);
  if (named && nameRoom >= READABLE_NAME) return `${fitText(frame.names[k], nameRoom, 11)} ${full}`;
  if (textWidth(full, 11) <= room) return full;
  const value = full.slice(0, full.length - frame.changes[k].length - 1);
  return textWidth(value, 11) <= room ? value : '';
}
