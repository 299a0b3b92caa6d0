import { seriesStyle } from '../skeleton/seriesStyle';
import { fitText } from '../layout/textWidth';
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
  const labels: ChartLabel[] = series.flatMap((s, k) => [
    {
      x: x0 - 8,
      y: ly[k],
      text: fitText(frame.leftText[k], plot.left - 12, 11),
      anchor: 'end' as const,
      color: s.color,
    },
    { x: x1 + 8, y: ry[k], text: frame.rightText[k], anchor: 'start' as const, color: s.color },
  ]);
  return { series, labels };
}
