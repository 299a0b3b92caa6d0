import { findColumn, getColumn, roleColumn } from '../../data/columnValue';
import { makeNumberColumn, makeTextColumn } from '../../data/makeColumn';
import type { NumberColumn, Table, TextColumn } from '../../data/table';
import { findFlowColumn } from '../balance/balanceData';
import { flowClass } from '../balance/flowClass';
import type { ChartConfig } from '../config/chartConfig';
import { keptLabels, rowMask } from '../prepare/rowMask';
import { measureUnit } from '../prepare/measureUnit';

/**
 * A long table of two reporters' trade with each other (Comtrade: China's rows with Russia,
 * Russia's with China) as the two columns a mirror view compares, per period: with one flow
 * chosen, the first reporter's exports to the second against the second's imports from the
 * first (or its imports against the other's exports); with both, each side's two-way trade with
 * the other. Each figure is summed in whole cents over its rows; a period without rows is a gap.
 * Undefined when the rows are not two reporters that name each other as partner.
 */
export function mirrorFromRows(
  table: Table,
  config: ChartConfig,
): { table: Table; config: ChartConfig } | undefined {
  const [reporter, partner] = [roleColumn(table, 'reporter'), roleColumn(table, 'partner')];
  const flow = findFlowColumn(table);
  const y = findColumn(table, config.y[0]);
  const time = getColumn(table, config.x);
  if (!reporter || !partner || !flow || y?.type !== 'number' || time.type === 'number') return;
  // A partner filter would keep one side's rows only (China's partner is Russia, Russia's China).
  const { [partner.name]: _p, [flow.name]: chosen, ...rest } = config.filters;
  const { mask } = rowMask(table, rest);
  const sides = keptLabels(reporter, mask);
  if (sides.length !== 2) return;
  const [a, b] = sides;
  const kind = chosen?.length === 1 ? flowClass(chosen[0]) : undefined;
  const one = kind === 'exports' || kind === 'imports';
  const other = kind === 'exports' ? 'imports' : 'exports';
  // Per code, worked out once: which side a reporter or partner is (0, 1, or -1 for neither),
  // the flow each side's figure counts (both, for the two-way trade), each period's place.
  const sideOf = (c: TextColumn) => c.dictionary.map((v) => (v === a ? 0 : v === b ? 1 : -1));
  const [by, to] = [sideOf(reporter), sideOf(partner)];
  const counted = [one ? kind : null, one ? other : null].map((want) =>
    flow.dictionary.map((v) => {
      const k = flowClass(v);
      return want ? k === want : k === 'exports' || k === 'imports';
    }),
  );
  const periods = keptLabels(time, mask);
  const slot = new Map(periods.map((p, i) => [p, i]));
  const slotOf = time.dictionary.map((l) => slot.get(l) ?? -1);
  const cents = [a, b].map(() => periods.map(() => NaN));
  for (let r = 0; r < mask.length; r++) {
    if (!mask[r] || Number.isNaN(y.values[r]) || reporter.codes[r] < 0) continue;
    const s = by[reporter.codes[r]];
    const i = time.codes[r] < 0 ? -1 : slotOf[time.codes[r]];
    if (s < 0 || i < 0 || partner.codes[r] < 0 || to[partner.codes[r]] !== 1 - s) continue;
    if (flow.codes[r] < 0 || !counted[s][flow.codes[r]]) continue;
    cents[s][i] = (Number.isNaN(cents[s][i]) ? 0 : cents[s][i]) + Math.round(y.values[r] * 100);
  }
  if (cents.some((c) => c.every(Number.isNaN))) return;
  const { names, title } = mirrorWords(kind, a, b);
  const period = Object.assign(makeTextColumn(time.name, time.type, periods, keyOf(time)), {
    role: 'time' as const,
  });
  // The unit the value column had (Comtrade's primaryValue: US$), which its new names do not say.
  const unit = measureUnit(table, y, mask).text ?? y.unit;
  const columns: NumberColumn[] = names.map((name, s) =>
    Object.assign(
      makeNumberColumn(
        name,
        cents[s].map((c) => (Number.isNaN(c) ? null : c / 100)),
      ),
      {
        role: 'measure' as const,
        ...(unit ? { unit } : {}),
      },
    ),
  );
  return {
    table: {
      ...table,
      id: `${table.id}:mirror`,
      rowCount: periods.length,
      columns: [period, ...columns],
    },
    config: {
      ...config,
      x: time.name,
      y: names,
      series: undefined,
      filters: {},
      text: { ...config.text, title: config.text?.title ?? title },
    },
  };
}

/** The sort key of each label of a period column, as the column has it. */
function keyOf(time: TextColumn): ((label: string) => number) | undefined {
  if (!time.keys) return undefined;
  const keys = time.keys;
  const at = new Map(time.dictionary.map((l, i) => [l, keys[i]]));
  return (label) => at.get(label) ?? NaN;
}

/** The two columns' names and the chart's title: one flow as each side records it, or their trade. */
function mirrorWords(kind: string | undefined, a: string, b: string) {
  if (kind === 'exports')
    return {
      names: [`${a}: exports to ${b}`, `${b}: imports from ${a}`],
      title: `${a}’s exports to ${b}, as each side reports them`,
    };
  if (kind === 'imports')
    return {
      names: [`${a}: imports from ${b}`, `${b}: exports to ${a}`],
      title: `${b}’s exports to ${a}, as each side reports them`,
    };
  return {
    names: [`${a}: trade with ${b}`, `${b}: trade with ${a}`],
    title: `${a}–${b} trade, as each side reports it`,
  };
}
