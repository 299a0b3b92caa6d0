import { CONTEXT_COLOR } from '../draw/shape';
import type { ChartSpec } from '../spec';

/**
 * The chart with one series (or, on a chart of one series, one category) brought forward and
 * the rest set back in grey: the highlighted line is drawn thicker, over the others. Overlays
 * (a release's own figures) keep their colour: they are evidence, not context. A name that
 * matches nothing leaves the chart as it is.
 */
export function highlightSeries(spec: ChartSpec, name: string | undefined): ChartSpec {
  if (!name) return spec;
  const lines = spec.series.filter((s) => !s.overlay);
  const barSeries = new Set(spec.bars.map((b) => b.point.seriesLabel));
  if (lines.some((s) => s.label === name) || barSeries.has(name)) return bySeries(spec, name);
  if (barSeries.size === 1 && spec.bars.some((b) => b.point.period === name))
    return {
      ...spec,
      bars: spec.bars.map((b) => (b.point.period === name ? b : { ...b, color: CONTEXT_COLOR })),
    };
  return spec;
}

function bySeries(spec: ChartSpec, name: string): ChartSpec {
  // The slots set back: labels and key entries carry a slot, not a series name.
  const back = new Set<number>();
  for (const s of spec.series) if (!s.overlay && s.label !== name) back.add(s.color);
  for (const b of spec.bars) if (b.point.seriesLabel !== name) back.add(b.color);
  const kept = spec.series.find((s) => s.label === name)?.color;
  if (kept !== undefined) back.delete(kept);
  const dim = (c: number) => (back.has(c) ? CONTEXT_COLOR : c);
  return {
    ...spec,
    // Colour and weight tell the lines apart now: dash patterns would only add noise.
    series: spec.series.map((s) =>
      s.overlay
        ? s
        : s.label === name
          ? { ...s, dash: 'solid', strong: true }
          : // A group already grey (World, as a reference) keeps its dashes.
            { ...s, dash: s.color === CONTEXT_COLOR ? s.dash : 'solid', color: CONTEXT_COLOR },
    ),
    bars: spec.bars.map((b) => (b.point.seriesLabel === name ? b : { ...b, color: CONTEXT_COLOR })),
    // Entries of the release's points and of what marks mean keep their colour.
    legend: spec.legend.map((l) =>
      l.toggles && l.label !== name && back.has(l.color)
        ? { ...l, dash: l.color === CONTEXT_COLOR ? l.dash : 'solid', color: CONTEXT_COLOR }
        : l.label === name
          ? { ...l, dash: 'solid' }
          : l,
    ),
    labels: spec.labels.map((l) =>
      l.series !== undefined
        ? l.series === name
          ? l
          : { ...l, color: CONTEXT_COLOR }
        : l.color !== undefined
          ? { ...l, color: dim(l.color) }
          : l,
    ),
  };
}
