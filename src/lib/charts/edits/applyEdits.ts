import { seriesPaint } from '../draw/shape';
import type { ChartSpec } from '../spec';
import type { ChartEdits } from './chartEdits';
import { isHexColor } from './chartEdits';
import { highlightSeries } from './highlightSeries';

/** The colour slots of the chart's series that the author coloured: `series-3` → `#d62728`. */
export function editedPalette(
  spec: Pick<ChartSpec, 'series' | 'legend' | 'bars'>,
  colors: Record<string, string> | undefined,
): Record<string, string> | undefined {
  if (!colors) return undefined;
  const slots = new Map<string, number>();
  for (const s of spec.series) if (!s.overlay) slots.set(s.label, s.color);
  for (const l of spec.legend) if (l.toggles) slots.set(l.label, l.color);
  for (const b of spec.bars) slots.set(b.point.seriesLabel, b.color);
  const palette: Record<string, string> = {};
  for (const [label, color] of Object.entries(colors)) {
    const slot = slots.get(label);
    // A series set back behind a highlight is grey whatever its colour.
    if (slot !== undefined && slot >= 0 && isHexColor(color)) palette[seriesPaint(slot)] = color;
  }
  return Object.keys(palette).length ? palette : undefined;
}

/**
 * The chart with the author's words and colours: their title, subtitle and byline replace the
 * chart's own; their notes come first, before the notes the chart must keep (derived figures,
 * lower bounds, gaps), which no edit removes; the axis label names their unit; a highlighted
 * series stands out over the rest in grey. Number format
 * and axis range are applied where the chart is built (they change its geometry).
 */
export function applyEdits(spec: ChartSpec, edits: ChartEdits | undefined): ChartSpec {
  const viewed = followView(spec);
  if (!edits) return viewed;
  return highlightSeries(withEdits(viewed, edits), edits.highlight);
}

/**
 * An index or % change view says so in its subtitle: the subtitle written for the values
 * (`US$ billion; …`) would misname what the axis now shows.
 */
function followView(spec: ChartSpec): ChartSpec {
  if (spec.view.mode === 'values' || !spec.yAxis.label) return spec;
  const what = spec.yAxis.label;
  if (spec.subtitle?.startsWith(what)) return spec;
  return {
    ...spec,
    subtitle: spec.subtitle ? `${what}, computed from: ${spec.subtitle}` : what,
  };
}

/**
 * A table's caption under the author's title: the chart's own title it began with is replaced,
 * and what followed it (`(values in USD, as the source gives them)`) is kept.
 */
const retitled = (caption: string, was: string, title: string) =>
  caption.startsWith(was) ? title + caption.slice(was.length) : title;

function withEdits(spec: ChartSpec, edits: ChartEdits): ChartSpec {
  const title = edits.title ?? spec.title;
  const notes = [...(edits.notes ?? []), ...spec.notes.filter((n) => !edits.notes?.includes(n))];
  const bars = spec.kind === 'bar';
  const axis = bars ? 'xAxis' : 'yAxis';
  const palette = editedPalette(spec, edits.colors);
  return {
    ...spec,
    title,
    subtitle: edits.subtitle !== undefined ? edits.subtitle || undefined : spec.subtitle,
    byline: edits.byline || spec.byline,
    notes,
    ...(palette ? { palette: { ...spec.palette, ...palette } } : {}),
    ...(edits.unit && spec.view.mode === 'values'
      ? { [axis]: { ...spec[axis], label: edits.unit } }
      : {}),
    table: { ...spec.table, caption: retitled(spec.table.caption, spec.title, title) },
  };
}

/** The author's value axis, for a chart of values (an index or % change keeps its own). */
export function editedAxis(
  edits: ChartEdits | undefined,
  mode: string,
): { fixed?: 'zero' | [number, number] } {
  return mode === 'values' && edits?.yRange ? { fixed: edits.yRange } : {};
}

/** Said when the author's value axis had to widen to show every value. */
export const WIDENED_NOTE = 'The value axis is wider than the range set, to show every value.';
