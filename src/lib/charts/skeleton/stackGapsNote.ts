import { runLabel, slotRuns } from '../prepare/slotRuns';
import { nameList } from '../words/nameList';
import type { SeriesChart } from './seriesChart';
import type { Shown } from './showSeries';
import type { Stack } from './stackValues';

/** Runs a note names at most before it says how many more there are. */
const NOTE_RUNS = 6;

/**
 * The note for the periods left out of a stack (`stacks[j]` null at `slots[j]`), each run with
 * the layers that have no figure there, so a reader sees what is missing and whose it is; or
 * undefined when every period is stacked.
 */
export function stackGapsNote(
  { data, config }: SeriesChart,
  shown: Shown[],
  slots: number[],
  stacks: (Stack | null)[],
): string | undefined {
  const at = stacks.flatMap((st, j) => (st ? [] : [j]));
  if (!at.length) return undefined;
  const locale = config.locale ?? 'en';
  const runs = slotRuns(at).map(([a, b]) => {
    const within = slots.slice(a, b + 1);
    const missing = shown.filter(({ s }) => within.some((i) => Number.isNaN(s.values[i])));
    return `${runLabel(data, [slots[a], slots[b]], locale)} (${nameList(missing.map(({ s }) => s.label))})`;
  });
  const more = runs.length - NOTE_RUNS;
  const named = runs.slice(0, NOTE_RUNS).join(', ') + (more > 0 ? ` and ${more} more` : '');
  return `Periods where a layer has no figure are left out of the stack, so no total is guessed: ${named}.`;
}
