import type { ChartBar, ChartPoint, ChartSeries, LegendItem } from '../spec';

/** Most "after …" groups a note lists before it says only "as the file marks them". */
const MAX_GROUPS = 4;

/** The period of the last reported point before the first estimate ('' when it comes first). */
function lastReported(points: ChartPoint[]): string | null {
  const first = points.findIndex((p) => p.qualifier === 'estimate' && !p.authorEstimate);
  if (first < 0) return null;
  return first > 0 ? points[first - 1].period : '';
}

/** `after 2018 (China, Japan); after 2023 (United States)`, or '' when it cannot be said short. */
function afterText(series: { label: string; points: ChartPoint[] }[]): string {
  const groups = new Map<string, string[]>();
  for (const s of series) {
    const after = lastReported(s.points);
    if (after === null) continue;
    if (after === '') return '';
    groups.set(after, [...(groups.get(after) ?? []), s.label]);
  }
  if (groups.size === 1) return ` after ${[...groups.keys()][0]}`;
  if (groups.size > MAX_GROUPS) return '';
  const sorted = [...groups].sort(([a], [b]) => a.localeCompare(b));
  return ` after ${sorted.map(([p, labels]) => `${p} (${labels.join(', ')})`).join('; after ')}`;
}

/**
 * Whose estimates a chart draws: the file's (`estimates after 2018, as the file says`), the
 * author's (`estimates from 2024 on, as the chart's author marks them`), or both.
 */
function whoseEstimates(marked: { label: string; points: ChartPoint[] }[], timed: boolean): string {
  const fromFile = marked.filter((s) =>
    s.points.some((p) => p.qualifier === 'estimate' && !p.authorEstimate),
  );
  const file = fromFile.length
    ? `estimates${timed ? afterText(fromFile) : ''}, as the file says`
    : '';
  const first = marked.flatMap((s) => s.points.find((p) => p.authorEstimate) ?? []);
  if (!first.length) return file;
  // The author's first period: the leftmost along a time axis, as every series starts there.
  const from = (timed ? first.reduce((a, b) => (b.x < a.x ? b : a)) : first[0]).period;
  const author = `estimates from ${from} on, as the chart’s author marks them`;
  return file ? `${author}; other ${file}` : author;
}

/**
 * What a chart says of the estimates it draws, as its key and its notes say it: "Dashed lines
 * and open dots: estimates after 2018, as the file says." Null when it draws none.
 */
export function estimateKey(
  series: { label: string; points: ChartPoint[] }[],
  kind: 'line' | 'bar',
  /** The points run in time, so the last reported period can be named. */
  timed = true,
): { note: string; legend: LegendItem } | null {
  const marked = series.filter((s) => s.points.some((p) => p.qualifier === 'estimate'));
  if (!marked.length) return null;
  const what = kind === 'line' ? 'Dashed lines and open dots' : 'Lighter bars';
  return {
    note: `${what}: ${whoseEstimates(marked, timed)}.`,
    legend: {
      id: 'estimate',
      label: 'Estimate',
      color: 0,
      symbol: kind === 'line' ? 'estimate' : 'estimate-bar',
      dash: kind === 'line' ? 'dashed' : 'solid',
      toggles: false,
      hidden: false,
    },
  };
}

/**
 * A line chart that draws estimates says so in its key and notes; its dashes then mean
 * estimates only, so every series' reported stretches are drawn solid.
 */
export function keyEstimates(
  series: ChartSeries[],
  legend: LegendItem[],
  notes: { add(note: string): void },
): void {
  const key = estimateKey(series, 'line');
  if (!key) return;
  for (const s of series) s.dash = 'solid';
  for (const l of legend) if (l.symbol === 'line') l.dash = 'solid';
  legend.push(key.legend);
  notes.add(key.note);
}

/** A bar or column chart that draws estimates lighter says so in its key and notes. */
export function keyBarEstimates(
  bars: ChartBar[],
  legend: LegendItem[],
  notes: { add(note: string): void },
  timed: boolean,
): void {
  const bySeries = new Map<string, ChartPoint[]>();
  for (const b of bars)
    bySeries.set(b.point.seriesLabel, [...(bySeries.get(b.point.seriesLabel) ?? []), b.point]);
  const series = [...bySeries].map(([label, points]) => ({ label, points }));
  const key = estimateKey(series, 'bar', timed);
  if (!key) return;
  legend.push(key.legend);
  notes.add(key.note);
}
