import { findColumn, getColumn } from '../../data/columnValue';
import type { NumberColumn, Table, TextColumn } from '../../data/table';
import type { ChartConfig } from '../config/chartConfig';
import { keptLabels, rowMask } from '../prepare/rowMask';
import { xSlots, type XSlots } from '../prepare/xSlots';
import { flowClass, type FlowClass } from './flowClass';

/** One partner's (or the whole table's) exports and imports per period, in whole cents. */
export interface BalancePanel {
  label: string;
  exports: Float64Array;
  imports: Float64Array;
  /** Rows summed into each period's exports and imports. */
  exportRows: Int32Array;
  importRows: Int32Array;
}

/** Flows that are neither exports nor imports: how many rows, and their sum in cents. */
export interface OtherFlow {
  label: string;
  kind: FlowClass | undefined;
  rows: number;
  cents: number;
}

export interface BalanceData {
  x: TextColumn | NumberColumn;
  y: NumberColumn;
  flow: TextColumn;
  slots: XSlots;
  mask: Uint8Array;
  /** The column panels split by (partner, reporter, country), when it has several values. */
  by?: TextColumn;
  panels: BalancePanel[];
  others: OtherFlow[];
}

/**
 * Whether a column names exports and imports, kept per column: every chart picker asks (the
 * balance chart's fitness), and a column of thousands of commodity codes took milliseconds
 * each time.
 */
const flows = new WeakMap<TextColumn, boolean>();
function isFlow(c: TextColumn): boolean {
  let known = flows.get(c);
  if (known === undefined) {
    const classes = new Set(c.dictionary.map(flowClass));
    flows.set(c, (known = classes.has('exports') && classes.has('imports')));
  }
  return known;
}

/** The flow column: the config's series when it names exports and imports, else the first that does. */
export function findFlowColumn(table: Table, name?: string): TextColumn | undefined {
  const text = table.columns.filter(
    (c): c is TextColumn => c.type === 'category' || c.type === 'text',
  );
  const named = text.find((c) => c.name === name);
  if (named && isFlow(named)) return named;
  return text.find((c) => c.role === 'flow' && isFlow(c)) ?? text.find(isFlow);
}

/** Partners first, then reporters, then countries: the first with several values among the rows. */
export function panelColumn(
  table: Table,
  mask: Uint8Array,
  skip: string[],
): TextColumn | undefined {
  for (const role of ['partner', 'reporter', 'entity'])
    for (const c of table.columns)
      if (c.type === 'category' && c.role === role && !skip.includes(c.name))
        if (keptLabels(c, mask).length > 1) return c;
  return undefined;
}

const cents = (v: number) => Math.round(v * 100);
const zeros = (n: number) => new Float64Array(n);

/**
 * Sums a table's exports and imports per period (and per partner) in whole cents, so that
 * exports − imports is exact to the cent however many rows are summed; re-exports, re-imports
 * and other flows are counted aside, never added to either side. A filter on the flow column
 * is set aside: a balance needs both flows.
 */
export function balanceData(table: Table, config: ChartConfig): BalanceData | string {
  const flow = findFlowColumn(table, config.series);
  if (!flow)
    return 'A balance needs a flow column that names exports and imports (Export/Import, X/M); this table has none.';
  const y = config.y.map((n) => findColumn(table, n)).find((c) => c?.type === 'number');
  if (!y || y.type !== 'number') return 'A balance needs a column of values; choose one.';
  const x = getColumn(table, config.x);
  const { [flow.name]: _flowFilter, ...filters } = config.filters;
  const { mask } = rowMask(table, filters);
  const slots = xSlots(x, mask);
  const by = panelColumn(table, mask, [config.x, flow.name]);
  const labels = by ? keptLabels(by, mask) : ['all'];
  const panelOfCode = new Int32Array(by?.dictionary.length ?? 0).fill(-1);
  if (by) labels.forEach((l, i) => (panelOfCode[by.dictionary.indexOf(l)] = i));
  const n = slots.keys.length;
  const panels: BalancePanel[] = labels.map((label) => ({
    label,
    exports: zeros(n),
    imports: zeros(n),
    exportRows: new Int32Array(n),
    importRows: new Int32Array(n),
  }));
  const kinds = flow.dictionary.map(flowClass);
  const others = new Map<string, OtherFlow>();
  for (let r = 0; r < mask.length; r++) {
    const slot = slots.slotOfRow[r];
    const v = y.values[r];
    const code = flow.codes[r];
    if (!mask[r] || slot < 0 || Number.isNaN(v) || code < 0) continue;
    const p = by ? (by.codes[r] < 0 ? -1 : panelOfCode[by.codes[r]]) : 0;
    if (p < 0) continue;
    const kind = kinds[code];
    const panel = panels[p];
    if (kind === 'exports') {
      panel.exports[slot] += cents(v);
      panel.exportRows[slot]++;
    } else if (kind === 'imports') {
      panel.imports[slot] += cents(v);
      panel.importRows[slot]++;
    } else {
      const label = flow.dictionary[code];
      const o = others.get(label) ?? { label, kind, rows: 0, cents: 0 };
      others.set(label, { ...o, rows: o.rows + 1, cents: o.cents + cents(v) });
    }
  }
  return { x, y, flow, slots, mask, by, panels, others: [...others.values()] };
}
