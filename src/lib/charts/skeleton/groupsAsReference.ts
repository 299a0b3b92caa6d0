import { CONTEXT_COLOR } from '../draw/shape';
import type { ChartSpec } from '../spec';
import { nameList } from '../words/nameList';

/**
 * The chart with its lines (or grouped columns) of groups of economies (World, regions, income
 * groups) drawn in grey beside the economies' colours: a reference to read the countries against, not one more
 * country. A group the author coloured keeps their colour; a chart of groups only keeps its
 * colours too. Beside a `highlight` (the rest set back in grey too), the groups are grey dashes,
 * unless the highlight is the group itself.
 */
export function groupsAsReference(
  spec: ChartSpec,
  groups: ReadonlySet<string>,
  coloured: Readonly<Record<string, string>> = {},
  highlight?: string,
): ChartSpec {
  const lines = spec.series.filter((s) => !s.overlay);
  // A chart of bars has no lines: its series are the key's entries that toggle.
  const members = lines.length
    ? lines.map((s) => s.label)
    : spec.legend.filter((l) => l.toggles).map((l) => l.label);
  const set = new Set(
    members.filter(
      (label) => groups.has(label) && !Object.hasOwn(coloured, label) && label !== highlight,
    ),
  );
  const dash = highlight ? 'dashed' : 'solid';
  if (!set.size || members.every((label) => groups.has(label))) return spec;
  const names = [...set];
  const which =
    names.length === 1
      ? `${names[0]} is`
      : `${nameList(names.slice(0, -1))} and ${names.at(-1)} are`;
  return {
    ...spec,
    series: spec.series.map((s) =>
      !s.overlay && set.has(s.label) ? { ...s, color: CONTEXT_COLOR, dash } : s,
    ),
    legend: spec.legend.map((l) =>
      l.toggles && set.has(l.label) ? { ...l, color: CONTEXT_COLOR, dash } : l,
    ),
    labels: spec.labels.map((l) =>
      l.series !== undefined && set.has(l.series) ? { ...l, color: CONTEXT_COLOR } : l,
    ),
    ...(spec.bars && {
      bars: spec.bars.map((b) =>
        set.has(b.point.seriesLabel) ? { ...b, color: CONTEXT_COLOR } : b,
      ),
    }),
    notes: [
      ...spec.notes,
      `${which} drawn in ${highlight ? 'grey dashes' : 'grey'}, as a reference: a group of economies, not one of them.`,
    ],
  };
}
