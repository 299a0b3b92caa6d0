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
  /**
   * What panels are split by (partner, reporter, country), when it has several values: a column,
   * or `Reporter and partner` when both vary, each panel being one reporter's balance with one
   * partner.
   */
  by?: { name: string; label?: string };
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
  roles = ['partner', 'reporter', 'entity'],
): TextColumn | undefined {
  for (const role of roles)
    for (const c of table.columns)
      if (c.type === 'category' && c.role === role && !skip.includes(c.name))
        if (keptLabels(c, mask).length > 1) return c;
  return undefined;
}

/**
 * Each row's panel, and the panels' labels in order: one per value of `by`; or, where the
 * reporters vary too (a mirror file: China's rows with Russia, Russia's with China), one per
 * reporter and partner met, named for whose balance it is (`China with Russian Federation`),
 * since a partner's panel would add up balances seen from two sides.
 */
function panelsOf(by: TextColumn | undefined, reporter: TextColumn | undefined, mask: Uint8Array) {
  const panelOfRow = new Int32Array(mask.length).fill(-1);
  if (!by) return { panelOfRow: panelOfRow.fill(0), labels: ['all'] };
  // Each kept value's place among the kept values, in their order (-1: not kept).
  const ranks = (c: TextColumn) => {
    const kept = keptLabels(c, mask);
    const rank = new Int32Array(c.dictionary.length).fill(-1);
    kept.forEach((l, i) => (rank[c.dictionary.indexOf(l)] = i));
    return { kept, rank };
  };
  const to = ranks(by);
  const from = reporter ? ranks(reporter) : { kept: [''], rank: new Int32Array(0) };
  // A panel per pair met among the rows, in the order of reporters, then partners.
  const keyOfRow = new Int32Array(mask.length).fill(-1);
  const met = new Set<number>();
  for (let r = 0; r < mask.length; r++) {
    const b = by.codes[r];
    const a = reporter ? reporter.codes[r] : -1;
    const [ra, rb] = [reporter ? (a < 0 ? -1 : from.rank[a]) : 0, b < 0 ? -1 : to.rank[b]];
    if (!mask[r] || ra < 0 || rb < 0) continue;
    keyOfRow[r] = ra * to.kept.length + rb;
    met.add(keyOfRow[r]);
  }
  const keys = reporter ? [...met].sort((x, y) => x - y) : to.kept.map((_, i) => i);
  const panelOfKey = new Map(keys.map((k, i) => [k, i]));
  for (let r = 0; r < mask.length; r++)
    if (keyOfRow[r] >= 0) panelOfRow[r] = panelOfKey.get(keyOfRow[r]) ?? -1;
  const labels = keys.map((k) => {
    const partner = to.kept[k % to.kept.length];
    return reporter ? `${from.kept[Math.floor(k / to.kept.length)]} with ${partner}` : partner;
  });
  return { panelOfRow, labels };
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
  const reporter =
    by?.role === 'partner'
      ? panelColumn(table, mask, [config.x, flow.name, by.name], ['reporter'])
      : undefined;
  const { panelOfRow, labels } = panelsOf(by, reporter, mask);
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
    const p = panelOfRow[r];
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
  const split = reporter ? { name: 'Reporter and partner' } : by;
  return { x, y, flow, slots, mask, by: split, panels, others: [...others.values()] };
}
