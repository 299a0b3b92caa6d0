import { describe, expect, it } from 'vitest';
import type { ChartConfig } from '../../../../src/lib/charts/config/chartConfig';
import { switchChartType } from '../../../../src/lib/charts/config/switchChartType';
import { humanName } from '../../../../src/lib/charts/words/humanName';
import { columnChoices, filterChoices } from '../../../../src/lib/charts/config/columnChoices';
import { tradeTable } from '../tradeTable';
import { loadFixture } from '../loadFixture';
import { rowMask } from '../../../../src/lib/charts/prepare/rowMask';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { buildChartSpec } from '../../../../src/lib/charts/buildChartSpec';
import type { ChartKind } from '../../../../src/lib/charts/spec';
import { getColumn } from '../../../../src/lib/data/columnValue';
import type { NumberColumn } from '../../../../src/lib/data/table';
import { aggregatesIn } from '../../../../src/lib/data/meaning/aggregates';
import type { Table, TextColumn } from '../../../../src/lib/data/table';

const trade = tradeTable();
const line: ChartConfig = {
  type: 'line',
  x: 'Year',
  y: ['Trade Value (US$)'],
  series: 'Partner',
  filters: { 'Trade Flow': ['Export'], Partner: ['Aland', 'Bland'] },
  mode: 'index',
  scale: 'linear',
  annotations: [],
  range: [2019, 2021],
};

describe('switchChartType(table, config, kind)', () => {
  it("switchChartType(table, line by partner, 'bar') ranks the partners picked at the latest year", () => {
    const bar = switchChartType(trade, line, 'bar');
    expect(bar).toMatchObject({
      type: 'bar',
      x: 'Partner',
      series: undefined,
      variant: 'ranked',
      mode: 'values',
    });
    expect(bar.filters).toEqual({
      'Trade Flow': ['Export'],
      Partner: ['Aland', 'Bland'],
      Year: ['2022'],
    });
    expect(bar.range).toBeUndefined();
  });
  it("switchChartType(table, bars of partners, 'line') puts the partners back over time", () => {
    const back = switchChartType(trade, switchChartType(trade, line, 'bar'), 'line');
    expect(back).toMatchObject({ type: 'line', x: 'Year', series: 'Partner' });
    expect(back.filters.Year).toBeUndefined();
  });
  it("switchChartType(table, config, 'area') keeps x and series and takes the area's layout", () => {
    expect(switchChartType(trade, line, 'area')).toMatchObject({
      x: 'Year',
      series: 'Partner',
      variant: 'stacked',
    });
  });
});

describe('switchChartType(table, config, map or treemap) from a balance', () => {
  const comtrade = loadFixture('comtrade/shjain6670_IBE-China_comtrade_S4_CHN-DEU_2010.csv');
  const balance = switchChartType(comtrade, defaultChartConfig(comtrade), 'balance');

  it.each(['map', 'treemap'] as const)(
    "switchChartType(table, a balance of both flows, '%s') fixes the flow to exports",
    (kind) => {
      expect(balance.filters['Trade Flow'] ?? []).toEqual([]);
      const next = switchChartType(comtrade, balance, kind);
      expect(next.filters['Trade Flow']).toEqual(['Export']);
    },
  );

  it('keeps a flow already chosen', () => {
    const imports = { ...balance, filters: { ...balance.filters, 'Trade Flow': ['Import'] } };
    expect(switchChartType(comtrade, imports, 'map').filters['Trade Flow']).toEqual(['Import']);
  });
});

describe('switchChartType(table, config, kind) on a file whose years come out of order', () => {
  // Our World in Data: years come country by country, so the last year found (1979) is not the latest.
  const owid = loadFixture('misc/owid_trade-as-share-of-gdp.csv');
  const line = defaultChartConfig(owid);

  it("switchChartType(table, line, 'map') opens on the latest year, not the last one found", () =>
    expect(switchChartType(owid, line, 'map').period).toBe('2021'));

  it("switchChartType(table, line, 'bar') ranks at the latest year", () =>
    expect(switchChartType(owid, line, 'bar').filters.Year).toEqual(['2021']));
});

describe('humanName(name)', () => {
  const cases = [
    ['reporterDesc', 'Reporter'],
    ['refYear', 'Year'],
    ['primaryValue', 'Trade value (US$)'],
    ['partner2Desc', 'Partner 2'],
    ['gdp_trillion', 'GDP (trillion)'],
    ['cmdDesc', 'Commodity'],
    ['Trade Value (US$)', 'Trade Value (US$)'],
    ['value', 'value'],
  ];
  for (const [name, expected] of cases)
    it(`humanName('${name}') → '${expected}'`, () => expect(humanName(name)).toBe(expected));
});

describe('filterChoices(table, config)', () => {
  it('offers the categories with several values, each narrowed by the other filters; time only off the x axis', () => {
    const choices = filterChoices(trade, line);
    expect(choices.map((c) => c.name)).toEqual(['Partner', 'Trade Flow', 'Commodity']);
    expect(choices.find((c) => c.name === 'Partner')?.values).toEqual(['Aland', 'Bland', 'Cland']);
    const bars = filterChoices(trade, switchChartType(trade, line, 'bar'));
    expect(bars.map((c) => c.name)).toContain('Year');
  });
});

describe('switchChartType(table, config, kind) through ranked bars and scatters of real files', () => {
  const SIZE = { width: 640, height: 360 };
  const via = (table: Table, kinds: ChartKind[]) =>
    kinds.reduce((c, k) => switchChartType(table, c, k), defaultChartConfig(table));

  it('bars of every DOTS partner become a stack of the leading economies, no group among them', () => {
    const table = loadFixture('imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv');
    const config = via(table, ['bar', 'area']);
    const partner = config.series!;
    const groups = new Set(aggregatesIn(table, getColumn(table, partner) as TextColumn, true));
    expect(groups.has('World')).toBe(true);
    expect(config.filters[partner].length).toBeGreaterThan(1);
    expect(config.filters[partner].length).toBeLessThanOrEqual(5);
    expect(config.filters[partner].filter((v) => groups.has(v))).toEqual([]);
    expect(buildChartSpec(table, config, SIZE).why).toBeUndefined();
  });

  it('a scatter left for a slope charts the years and economies again, not a sum of all', () => {
    const table = loadFixture('imf/david880110_WEO_Data.csv');
    const first = defaultChartConfig(table);
    const config = via(table, ['bar', 'scatter', 'slope']);
    expect(config.x).toBe(first.x);
    expect(config.series).toBe(first.series);
    const spec = buildChartSpec(table, config, SIZE);
    expect(spec.notes.join(' ')).not.toContain('sum of the rows');
  });

  it('a scatter of a Comtrade+ file sets figures against each other, not against refMonth', () => {
    const table = loadFixture(
      'comtrade/fernandobarbalho_tarifas_eua_TradeData_4_4_2025_15_19_17.csv',
    );
    const config = via(table, ['scatter']);
    // refMonth is 52 on every row of a yearly download: an axis of one value says nothing.
    expect(config.x).not.toBe('refMonth');
    expect(getColumn(table, config.x)).toMatchObject({ type: 'number', role: 'measure' });
    expect(config.x).not.toBe(config.y[0]);
  });

  it('a map left for any other chart charts its countries again, at its period where one is shown', () => {
    const table = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
    const map = { ...via(table, ['map']), period: '2015' };
    // Percentages of GDP: an area or a treemap would add them up, and is not offered for them.
    for (const kind of ['line', 'column', 'slope', 'bar'] as ChartKind[]) {
      const config = switchChartType(table, map, kind);
      expect(config.period, kind).toBeUndefined();
      expect(buildChartSpec(table, config, SIZE).why, kind).toBeUndefined();
    }
    // Over time: a few leading economies, not every country summed.
    const line = switchChartType(table, map, 'line');
    expect(line.series).toBe(map.x);
    expect(line.filters[map.x].length).toBeGreaterThan(1);
    expect(line.filters[map.x].length).toBeLessThanOrEqual(5);
    // Ranked bars of the period the map showed.
    const bars = switchChartType(table, map, 'bar');
    expect(bars.x).toBe(map.x);
    expect(Object.values(bars.filters)).toContainEqual(['2015']);
  });

  it('keeps the few partners a reader picked in the bars', () => {
    const table = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
    const bars = switchChartType(table, defaultChartConfig(table), 'bar');
    const picked = { ...bars, filters: { ...bars.filters, [bars.x]: ['France', 'Germany'] } };
    const slope = switchChartType(table, picked, 'slope');
    expect(slope.filters[slope.series!]).toEqual(['France', 'Germany']);
  });

  it('keeps the countries an author picked on a line through bars, slope and back', () => {
    const table = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
    const first = defaultChartConfig(table);
    const split = first.series!;
    const mine = ['China', 'Russian Federation', 'United States', 'Germany'];
    const line = { ...first, filters: { ...first.filters, [split]: mine } };
    const bars = switchChartType(table, line, 'bar');
    expect(bars.filters[split]).toEqual(mine);
    const spec = buildChartSpec(table, bars, SIZE);
    // The latest period with figures is 2022, when the file has none for the United States:
    // said, not silently dropped.
    expect(spec.table.rows.map((r) => r[0]).sort()).toEqual(
      ['China', 'Germany', 'Russian Federation'].sort(),
    );
    expect(spec.notes).toContain('No figure for United States: no bar.');
    for (const kind of ['slope', 'line', 'column'] as ChartKind[])
      expect(switchChartType(table, bars, kind).filters[split], kind).toEqual(mine);
    // A map shows every country; the pick comes back with the chart it was made for.
    const map = switchChartType(table, bars, 'map');
    expect(map.filters[split]).toBeUndefined();
    for (const kind of ['slope', 'line', 'bar'] as ChartKind[]) {
      const back = switchChartType(table, map, kind);
      expect(back.filters[split], `map → ${kind}`).toEqual(mine);
      expect(back.setAside, kind).toBeUndefined();
    }
    const round = (['map', 'slope', 'map', 'line'] as ChartKind[]).reduce(
      (c, k) => switchChartType(table, c, k),
      line,
    );
    expect(round.filters[split]).toEqual(mine);
    // The line's own choice of the leading few is no author's: the bars rank every economy.
    expect(switchChartType(table, first, 'bar').filters[split].length).toBeGreaterThan(100);
  });

  it('a line of economies switched to ranked bars ranks economies, no group among them', () => {
    for (const file of [
      'worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv',
      'imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv',
    ]) {
      const table = loadFixture(file);
      const bars = switchChartType(table, defaultChartConfig(table), 'bar');
      const spec = buildChartSpec(table, bars, SIZE);
      const ranked = spec.bars.map((b) => b.point.seriesLabel || b.point.period);
      expect(spec.table.rows.map((r) => r[0])).not.toContain('World');
      expect(ranked).not.toContain('World');
    }
  });
});

describe('columnChoices(table, config) labels', () => {
  it('begin with a capital, whatever the column is called (period, value)', () => {
    const table = loadFixture('imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv');
    const choices = columnChoices(table, defaultChartConfig(table));
    expect(choices.x.map((c) => c.label)).toContain('Period');
    expect(choices.y.map((c) => c.label)).toContain('Value');
    expect(choices.x.find((c) => c.label === 'Period')?.name).toBe('period');
  });
});

describe('switchChartType(table, config, "scatter") across a column that never varies', () => {
  it('sets the figures against another that varies, not Comtrade+’s Qty of zeros', () => {
    const table = loadFixture(
      'comtrade/fernandobarbalho_tarifas_eua_TradeData_4_4_2025_15_19_17.csv',
    );
    const config = switchChartType(table, defaultChartConfig(table), 'scatter');
    expect(config.x).not.toBe('qty');
    const x = table.columns.find((c) => c.name === config.x);
    expect(x?.type).toBe('number');
    const values = new Set(
      Array.from(rowMask(table, config.filters).mask.entries())
        .filter(([, kept]) => kept)
        .map(([r]) => (x as NumberColumn).values[r]),
    );
    expect(values.size).toBeGreaterThan(1);
  });
});
