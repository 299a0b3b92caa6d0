import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../../src/lib/charts/buildChartSpec';
import { mirrorChartSpec } from '../../../src/lib/dashboard/dashboardSpecs';
import { atlas } from '../../../src/lib/charts/map/mapAtlas';
import type { ChartInput } from '../../../src/lib/charts/config/normalizeConfig';
import type { Table } from '../../../src/lib/data/table';
import { renderSvg } from '../../../src/render/renderSvg';
import { loadFixture } from './loadFixture';
import { hsTable } from './treemap/hsTable';
import { tradeTable } from './tradeTable';

const SIZE = { width: 640, height: 360 };
const US_CN = loadFixture('comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv');
const CN = loadFixture('comtrade/shjain6670_IBE-China_comtrade_S4_CHN-DEU_2010.csv');
const WORLD = loadFixture('comtrade/fernandobarbalho_tarifas_eua_TradeData_4_4_2025_15_19_17.csv');
const WB = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
const EUROSTAT = loadFixture('eurostat/christophergandrud_teina200.tsv');
const trade = tradeTable();
const HS = hsTable(400);
const value = ['Trade Value (US$)'];

/** The trade views, each on a real Comtrade file (or the seeded table), light and dark. */
const CASES: [string, Table, ChartInput][] = [
  ['balance-one-partner', US_CN, { type: 'balance', x: 'Year', y: value, series: 'Trade Flow' }],
  [
    'balance-partners-flows',
    trade,
    { type: 'balance', variant: 'flows', x: 'Year', y: value, series: 'Trade Flow' },
  ],
  ['balance-partners-dark', CN, { type: 'balance', x: 'Year', y: value, series: 'Trade Flow' }],
  [
    'treemap-hs',
    US_CN,
    { type: 'treemap', x: 'Commodity', y: value, filters: { 'Trade Flow': ['Export'] } },
  ],
  [
    'treemap-sitc-dark',
    CN,
    {
      type: 'treemap',
      x: 'Commodity',
      y: value,
      filters: { 'Trade Flow': ['Import'], Year: ['2014'] },
    },
  ],
  [
    'map-reporters',
    WORLD,
    {
      type: 'map',
      x: 'reporterDesc',
      y: ['primaryValue'],
      filters: { flowDesc: ['Export'] },
      atlas,
    },
  ],
  [
    'map-reporters-dark',
    WORLD,
    {
      type: 'map',
      x: 'reporterDesc',
      y: ['primaryValue'],
      filters: { flowDesc: ['Import'] },
      atlas,
    },
  ],
  [
    'map-natural-breaks',
    WORLD,
    {
      type: 'map',
      x: 'reporterDesc',
      y: ['primaryValue'],
      filters: { flowDesc: ['Export'] },
      classes: 'natural',
      atlas,
    },
  ],
  // A period of the slider: the World Bank's exports in % of GDP, 2000, in equal intervals.
  [
    'map-period-2000-equal',
    WB,
    { type: 'map', x: 'Country Name', y: ['value'], period: '2000', classes: 'equal', atlas },
  ],
  // Every country European (Eurostat's EL and UK among them): the Europe frame.
  [
    'map-europe-2009-dark',
    EUROSTAT,
    { type: 'map', x: 'geo', y: ['value'], filters: { unit: ['PC_GDP'] }, period: '2009', atlas },
  ],
  // Drilled in: a section's chapters, then a chapter's headings (seeded six-digit HS codes).
  [
    'treemap-drill-section-dark',
    HS,
    { type: 'treemap', x: 'cmdDesc', y: ['primaryValue'], drill: 'XVI' },
  ],
  [
    'treemap-drill-chapter',
    HS,
    { type: 'treemap', x: 'cmdDesc', y: ['primaryValue'], drill: '84' },
  ],
];

describe('renderSvg(buildChartSpec(table, config, size)): a deterministic SVG per trade view', () => {
  for (const theme of ['light', 'dark'] as const)
    it(`mirror-annual-${theme}`, async () => {
      const svg = renderSvg(mirrorChartSpec(SIZE), { uid: 'mirror', theme });
      await expect(svg).toMatchFileSnapshot(`__snapshots__/views/mirror-annual-${theme}.svg`);
    });

  for (const [name, table, config] of CASES)
    it(name, async () => {
      const spec = buildChartSpec(table, config, SIZE);
      const theme = name.endsWith('dark') ? 'dark' : 'light';
      const svg = renderSvg(spec, { uid: name, theme });
      expect(svg).not.toContain('var(--');
      expect(svg).toBe(renderSvg(buildChartSpec(table, config, SIZE), { uid: name, theme }));
      await expect(svg).toMatchFileSnapshot(`__snapshots__/views/${name}.svg`);
    });
});
