import { CONTEXT_COLOR } from '../draw/shape';
import type { ChartSpec } from '../spec';
import { nameList } from '../words/nameList';

/**
 * The chart with its lines of groups of economies (World, regions, income groups) drawn in grey
 * beside the economies' colours: a reference to read the countries against, not one more
 * country. A group the author coloured keeps their colour; a chart of groups only keeps its
 * colours too.
 */
export function groupsAsReference(
  spec: ChartSpec,
  groups: ReadonlySet<string>,
  coloured: Readonly<Record<string, string>> = {},
): ChartSpec {
  const lines = spec.series.filter((s) => !s.overlay);
  const set = new Set(
    lines
      .filter((s) => groups.has(s.label) && !Object.hasOwn(coloured, s.label))
      .map((s) => s.label),
  );
  if (!set.size || lines.every((s) => groups.has(s.label))) return spec;
  const names = [...set];
  const which =
    names.length === 1
      ? `${names[0]} is`
      : `${nameList(names.slice(0, -1))} and ${names.at(-1)} are`;
  return {
    ...spec,
    series: spec.series.map((s) =>
      !s.overlay && set.has(s.label) ? { ...s, color: CONTEXT_COLOR, dash: 'solid' } : s,
    ),
    legend: spec.legend.map((l) =>
      l.toggles && set.has(l.label) ? { ...l, color: CONTEXT_COLOR, dash: 'solid' } : l,
    ),
    labels: spec.labels.map((l) =>
      l.series !== undefined && set.has(l.series) ? { ...l, color: CONTEXT_COLOR } : l,
    ),
    notes: [
      ...spec.notes,
      `${which} drawn in grey, as a reference: a group of economies, not one of them.`,
    ],
  };
}
