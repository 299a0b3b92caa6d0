import { columnTitle } from '../words/humanName';
import type { DerivedFlow } from '../config/chartConfig';
import type { SeriesData } from './seriesGrid';

const EXPORT = /^(exports?|x|exp)$/i;
const IMPORT = /^(imports?|m|imp)$/i;

/** Whether a flow value names exports or imports (`Export`, `exports`, `X`; `Import`, `M`). */
export function flowKind(value: string): 'exports' | 'imports' | undefined {
  const v = value.trim();
  return EXPORT.test(v) ? 'exports' : IMPORT.test(v) ? 'imports' : undefined;
}

/** Orders flow values exports first, then imports, then the rest as they came. */
export function orderFlows(values: string[]): string[] {
  const rank = (v: string) => {
    const kind = flowKind(v);
    return kind === 'exports' ? 0 : kind === 'imports' ? 1 : 2;
  };
  return [...values].sort((a, b) => rank(a) - rank(b));
}

const FORMULA: Record<DerivedFlow, [string, string, (e: number, i: number) => number]> = {
  total: ['Two-way total', 'Two-way total = exports + imports', (e, i) => e + i],
  balance: ['Balance', 'Balance = exports − imports', (e, i) => e - i],
};

/**
 * Two-way total and balance from the exports and imports series of the same measure: derived,
 * so marked as such; a period missing either flow has no derived value (a gap, not a guess).
 */
export function flowSeries(series: SeriesData[], wanted: readonly DerivedFlow[]): SeriesData[] {
  const out: SeriesData[] = [];
  const columns = [...new Set(series.map((s) => s.column))];
  for (const column of columns) {
    const own = series.filter((s) => s.column === column && s.key !== undefined);
    const exp = own.find((s) => flowKind(s.key!) === 'exports');
    const imp = own.find((s) => flowKind(s.key!) === 'imports');
    if (!exp || !imp) continue;
    for (const kind of wanted) {
      const [label, formula, f] = FORMULA[kind];
      const values = new Float64Array(exp.values.length);
      const counts = new Int32Array(exp.values.length);
      for (let i = 0; i < values.length; i++) {
        values[i] = f(exp.values[i], imp.values[i]);
        counts[i] = Number.isNaN(values[i]) ? 0 : exp.counts[i] + imp.counts[i];
      }
      const prefix = columns.length > 1 ? `${columnTitle(column)}: ` : '';
      out.push({
        id: columns.length > 1 ? `${column.name}|${kind}` : `flow:${kind}`,
        label: `${prefix}${label} (derived)`,
        column,
        values,
        rows: new Int32Array(values.length).fill(-1),
        counts,
        derived: { formula },
      });
    }
  }
  return out;
}
