import { fitText, textWidth } from '../layout/textWidth';
import { spreadLabels } from '../slope/spreadLabels';
import type { ChartLabel, ChartSeries, ChartSpec, LegendItem } from '../spec';

const SIZE = 11;
/** Room between the end of a line and its name. */
const GAP = 6;
/** Closest two names may sit, centre to centre. */
const LINE = 13;

/**
 * The room on the right that names at line ends need: the widest name, but no more than a third
 * of the chart (longer names are cut with …). None when there is nothing to name, or more names
 * than a chart of `height` has lines for.
 */
export function endLabelRoom(labels: string[], width: number, height = Infinity): number {
  if (!labels.length || labels.length * LINE > height) return 0;
  const widest = Math.max(...labels.map((l) => textWidth(l, SIZE)));
  return Math.round(Math.min(widest + GAP + 8, width / 3));
}

/** Where a line ends: its last drawn point, or the last finite place of a dense line. */
function lineEnd(s: ChartSeries): number | undefined {
  if (s.points.length) return s.points[s.points.length - 1].y;
  const ys = s.polyline?.ys;
  if (ys) for (let i = ys.length - 1; i >= 0; i--) if (Number.isFinite(ys[i])) return ys[i];
  return undefined;
}

/**
 * Each line named at its end, in its colour, the names moved apart where lines end close
 * together. Returns none when the names cannot all fit up the plot's side: the key stays then.
 */
export function lineEndLabels(
  series: ChartSeries[],
  plot: ChartSpec['plot'],
  room: number,
): ChartLabel[] {
  const lines = series.filter((s) => !s.overlay);
  const ends = lines.map(lineEnd);
  const named = lines.filter((_, i) => ends[i] !== undefined);
  if (!room || !named.length || named.length * LINE > plot.height + LINE) return [];
  const bottom = plot.top + plot.height;
  const ys = spreadLabels(
    ends.filter((y): y is number => y !== undefined),
    LINE,
    plot.top,
    bottom,
  );
  const x = plot.left + plot.width + GAP;
  return named.map((s, i) => ({
    x,
    y: ys[i],
    text: fitText(s.label, room - GAP, SIZE),
    anchor: 'start',
    color: s.color,
    series: s.label,
  }));
}

/** The key with the named lines marked as named on the chart. */
export function inlineNamed(legend: LegendItem[], labels: ChartLabel[]): LegendItem[] {
  const named = new Set(labels.map((l) => l.series));
  return legend.map((l) => (l.toggles && named.has(l.label) ? { ...l, inline: true } : l));
}
