import { makeNumberColumn, makeTextColumn } from '../data/makeColumn';
import { parsePeriod } from '../data/period';
import type { Table } from '../data/table';
import { buildChartSpec } from '../charts/buildChartSpec';
import { defaultChartConfig } from '../charts/defaults/defaultChartConfig';
import type { ChartSpec } from '../charts/spec';

const PARTNERS = ['Aland', 'Bland', 'Cland', 'Dland', 'Eland', 'Fland'];
const FLOWS = ['Export', 'Import'];
const YEARS = ['2019', '2020', '2021', '2022'];

/** A long trade table of the kind people upload: partners, flows, years, values. */
function tradeSample(): Table {
  const rows = PARTNERS.flatMap((partner, p) =>
    FLOWS.flatMap((flow, f) => YEARS.map((year, y) => ({ partner, flow, year, v: p + f + y }))),
  );
  const text = (name: string, role: 'reporter' | 'partner' | 'flow', values: string[]) =>
    Object.assign(makeTextColumn(name, 'category', values), { role });
  return {
    id: 'warm-up',
    name: 'warm-up.csv',
    rowCount: rows.length,
    columns: [
      text(
        'Reporter',
        'reporter',
        rows.map(() => 'Xland'),
      ),
      text(
        'Partner',
        'partner',
        rows.map((r) => r.partner),
      ),
      text(
        'Trade Flow',
        'flow',
        rows.map((r) => r.flow),
      ),
      Object.assign(
        makeTextColumn(
          'Year',
          'period',
          rows.map((r) => r.year),
          (l) => parsePeriod(l)?.key ?? NaN,
        ),
        { role: 'time' as const },
      ),
      Object.assign(
        makeNumberColumn(
          'Value',
          rows.map((r) => r.v * 1e9),
        ),
        { role: 'measure' as const },
      ),
    ],
    provenance: {
      citations: [{ id: 'warm-up', kind: 'dataset', publisher: 'Tradelens', title: 'Warm-up' }],
    },
    issues: [],
  };
}

/** The size the warm-up chart is drawn at. */
const SIZE = { width: 640, height: 360 };

/**
 * Runs, once, the chart code an upload's first chart needs (its default config, filters, a line
 * per partner, value labels) on a small table, and returns that chart. Called while the page is
 * idle: the first chart of a real upload then does not pay for code running for the first time,
 * which made its task about 30 ms longer.
 */
export function warmChartCode(): ChartSpec {
  const table = tradeSample();
  return buildChartSpec(table, defaultChartConfig(table), SIZE);
}

/**
 * warmChartCode in two idle callbacks, each a short task: the default config, then the chart.
 * In one, it took 30 ms on a slow machine, and a file chosen then (the import starting on the
 * same cores) stretched it past 50. Returns the chart it drew, once it has.
 */
export function warmChartCodeWhenIdle(idle: (run: () => void) => void): Promise<ChartSpec> {
  return new Promise((done) =>
    idle(() => {
      const table = tradeSample();
      const config = defaultChartConfig(table);
      idle(() => done(buildChartSpec(table, config, SIZE)));
    }),
  );
}
