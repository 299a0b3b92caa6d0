import { makeNumberColumn, makeTextColumn } from '../../../../src/lib/data/makeColumn';
import type { Table } from '../../../../src/lib/data/table';
import { CITATION, seeded } from '../tradeTable';

/**
 * A Comtrade-like table of `n` distinct HS subheadings (six digits) over the chapters, seeded:
 * `Classification` H6 (or `classification`), `cmdCode`, `cmdDesc` and `primaryValue` in US$, with a skewed spread of
 * values; chapter 84 and heading 8471 have rows of their own (totals, which name them).
 */
export function hsTable(n: number, seed = 15, classification = 'H6'): Table {
  const rnd = seeded(seed);
  const codes = new Set<string>(['847130', '847141', '847150', '847330']);
  while (codes.size < n) {
    const chapter = 1 + Math.floor(rnd() ** 2 * 97);
    if (chapter === 77) continue;
    const rest = Math.floor(rnd() * 10000);
    codes.add(`${String(chapter).padStart(2, '0')}${String(rest).padStart(4, '0')}`);
  }
  const rows = [...codes].map((code) => ({
    code,
    desc: `Goods of ${code}`,
    value: code.startsWith('847') ? 2e9 + code.length : Math.round(1e6 / (0.01 + rnd()) ** 1.5),
  }));
  const sum = (prefix: string) =>
    rows.filter((r) => r.code.startsWith(prefix)).reduce((a, r) => a + r.value, 0);
  rows.push(
    { code: '84', desc: 'Machinery and mechanical appliances', value: sum('84') },
    { code: '8471', desc: 'Computers and their units', value: sum('8471') },
  );
  const text = (name: string, values: string[]) => makeTextColumn(name, 'category', values);
  return {
    id: `hs-${n}`,
    name: `hs-${n}.csv`,
    rowCount: rows.length,
    columns: [
      text(
        'Classification',
        rows.map(() => classification),
      ),
      text(
        'cmdCode',
        rows.map((r) => r.code),
      ),
      Object.assign(
        text(
          'cmdDesc',
          rows.map((r) => r.desc),
        ),
        { role: 'other' as const },
      ),
      Object.assign(
        makeNumberColumn(
          'primaryValue',
          rows.map((r) => r.value),
        ),
        { role: 'measure' as const },
      ),
    ],
    provenance: { citations: [CITATION] },
    issues: [],
  };
}
