import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../../src/lib/charts/buildChartSpec';
import type { ChartInput } from '../../../src/lib/charts/config/normalizeConfig';
import { annualChartSpec, releaseChartSpec } from '../../../src/lib/dashboard/dashboardSpecs';
import { renderSvg } from '../../../src/render/renderSvg';
import { makeNumberColumn, makeTextColumn } from '../../../src/lib/data/makeColumn';
import type { Table } from '../../../src/lib/data/table';
import { CITATION, tradeTable } from './tradeTable';

const SIZE = { width: 640, height: 360 };
const trade = tradeTable();
const exports = { 'Trade Flow': ['Export'] };
const byPartner = { x: 'Year', y: ['Trade Value (US$)'], series: 'Partner' };
const countries: Table = {
  id: 'countries',
  name: 'countries',
  rowCount: 6,
  columns: [
    Object.assign(makeTextColumn('Country', 'category', ['A', 'B', 'C', 'D', 'E', 'F']), {
      role: 'entity' as const,
    }),
    Object.assign(makeTextColumn('Region', 'category', ['N', 'N', 'S', 'S', 'S', 'N']), {
      role: 'other' as const,
    }),
    Object.assign(makeNumberColumn('GDP (US$)', [1e12, 2e12, 5e11, 3e10, 8e11, 1.5e11]), {
      role: 'measure' as const,
    }),
    Object.assign(makeNumberColumn('Trade (% of GDP)', [30, 45, 80, 120, 60, 25]), {
      role: 'measure' as const,
    }),
  ],
  provenance: { citations: [CITATION] },
  issues: [],
};

/** One chart state per type and mode, each a fixed size on seeded data: the snapshot is the file. */
const CASES: [string, Table, ChartInput][] = [
  ['line-values', trade, { ...byPartner, filters: exports }],
  ['line-index', trade, { ...byPartner, filters: exports, mode: 'index', base: '2019' }],
  ['line-change', trade, { ...byPartner, filters: exports, mode: 'change' }],
  ['line-log', trade, { ...byPartner, filters: exports, scale: 'log' }],
  ['line-zoomed', trade, { ...byPartner, filters: exports, range: [2019, 2021] }],
  [
    'line-flows',
    trade,
    {
      ...byPartner,
      series: 'Trade Flow',
      filters: { Partner: ['Aland'] },
      derived: ['total', 'balance'],
    },
  ],
  ['column-grouped', trade, { ...byPartner, type: 'column', filters: exports }],
  [
    'column-stacked',
    trade,
    { ...byPartner, type: 'column', variant: 'stacked', filters: { 'Trade Flow': ['Import'] } },
  ],
  ['column-index', trade, { ...byPartner, type: 'column', filters: exports, mode: 'index' }],
  [
    'bar-ranked',
    trade,
    {
      type: 'bar',
      x: 'Partner',
      y: ['Trade Value (US$)'],
      filters: { ...exports, Year: ['2022'] },
    },
  ],
  [
    'bar-stacked',
    trade,
    {
      type: 'bar',
      variant: 'stacked',
      x: 'Partner',
      y: ['Trade Value (US$)'],
      series: 'Trade Flow',
      filters: { Year: ['2022'] },
    },
  ],
  ['area-stacked', trade, { ...byPartner, type: 'area', filters: { 'Trade Flow': ['Import'] } }],
  [
    'area-share',
    trade,
    { ...byPartner, type: 'area', variant: 'share', filters: { 'Trade Flow': ['Import'] } },
  ],
  ['slope', trade, { ...byPartner, type: 'slope', filters: { 'Trade Flow': ['Import'] } }],
  [
    'scatter',
    countries,
    { type: 'scatter', x: 'GDP (US$)', y: ['Trade (% of GDP)'], series: 'Region' },
  ],
  [
    'scatter-log',
    countries,
    { type: 'scatter', x: 'GDP (US$)', y: ['Trade (% of GDP)'], scale: 'log' },
  ],
];

describe('renderSvg(buildChartSpec(table, config, size)): a deterministic SVG per chart type and mode', () => {
  for (const [name, table, config] of CASES)
    it(name, async () => {
      const svg = renderSvg(buildChartSpec(table, config, SIZE), { uid: name });
      expect(svg).not.toContain('var(--');
      await expect(svg).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
    });

  const dashboard = [
    ['release', releaseChartSpec(SIZE)],
    ['annual', annualChartSpec(SIZE)],
    ['annual-index-2012', annualChartSpec(SIZE, { mode: 'index', base: '2012' })],
    ['annual-change-zoomed', annualChartSpec(SIZE, { mode: 'change', range: [2016, 2023] })],
    [
      'annual-log-dark',
      annualChartSpec(SIZE, { scale: 'log', hidden: ['imf_dots_russia_reported_usd_bn'] }),
    ],
  ] as const;
  for (const [name, spec] of dashboard)
    it(name, async () => {
      const svg = renderSvg(spec, { uid: name, theme: name.endsWith('dark') ? 'dark' : 'light' });
      await expect(svg).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
    });
});
