import { makeNumberColumn, makeTextColumn } from '../../../src/lib/data/makeColumn';
import { parsePeriod } from '../../../src/lib/data/period';
import type { Table } from '../../../src/lib/data/table';

/** A seeded generator (mulberry32): the same numbers on every run. */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const CITATION = {
  id: 'c',
  kind: 'dataset' as const,
  publisher: 'Pub',
  title: 'Trade',
  date: '2024',
};

/**
 * A long trade table like Comtrade's: reporter Xland, partners Aland/Bland/Cland, flows Export and
 * Import, years 2018–2022, two commodities per (partner, flow, year), values in US$. Seeded; Cland
 * has no 2020 export figure (a gap).
 */
export function tradeTable(): Table {
  const rnd = seeded(7);
  const rows: { partner: string; flow: string; year: string; cmd: string; value: number | null }[] =
    [];
  const base: Record<string, number> = { Aland: 40e9, Bland: 25e9, Cland: 10e9 };
  for (const partner of Object.keys(base))
    for (const flow of ['Export', 'Import'])
      for (let y = 2018; y <= 2022; y++)
        for (const cmd of ['Machinery', 'Fuels']) {
          const gap = partner === 'Cland' && flow === 'Export' && y === 2020;
          const v =
            (base[partner] *
              (flow === 'Import' ? 0.7 : 1) *
              (1 + (y - 2018) * 0.08) *
              (0.8 + rnd() * 0.4)) /
            2;
          rows.push({ partner, flow, year: String(y), cmd, value: gap ? null : Math.round(v) });
        }
  const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
  const text = (name: string, role: 'reporter' | 'partner' | 'flow' | 'other', values: string[]) =>
    Object.assign(makeTextColumn(name, 'category', values), { role });
  const year = Object.assign(
    makeTextColumn('Year', 'period', col('year'), (l) => parsePeriod(l)?.key ?? NaN),
    { role: 'time' as const },
  );
  return {
    id: 'trade',
    name: 'trade.csv',
    rowCount: rows.length,
    columns: [
      text(
        'Reporter',
        'reporter',
        rows.map(() => 'Xland'),
      ),
      text('Partner', 'partner', col('partner')),
      text('Trade Flow', 'flow', col('flow')),
      year,
      text('Commodity', 'other', col('cmd')),
      Object.assign(makeNumberColumn('Trade Value (US$)', col('value')), {
        role: 'measure' as const,
      }),
    ],
    provenance: { citations: [CITATION] },
    issues: [],
  };
}

/** One long series: `n` points, x a number (seconds), a seeded random walk with a gap at n/2. */
export function longSeries(n: number): Table {
  const rnd = seeded(11);
  const t = new Float64Array(n);
  const v = new Float64Array(n);
  let level = 100;
  for (let i = 0; i < n; i++) {
    t[i] = i;
    level += rnd() - 0.5;
    v[i] = i === n >> 1 ? NaN : level;
  }
  return {
    id: `long-${n}`,
    name: 'long series',
    rowCount: n,
    columns: [
      { name: 't', type: 'number', values: t, role: 'time' },
      { name: 'value', type: 'number', values: v, role: 'measure', unit: 'USD million' },
    ],
    provenance: { citations: [CITATION] },
    issues: [],
  };
}
