import { describe, expect, it } from 'vitest';
import type { ChartConfig } from '../../../../src/lib/charts/config/chartConfig';
import { switchChartType } from '../../../../src/lib/charts/config/switchChartType';
import { humanName } from '../../../../src/lib/charts/words/humanName';
import { filterChoices } from '../../../../src/lib/charts/config/columnChoices';
import { tradeTable } from '../tradeTable';
import { loadFixture } from '../loadFixture';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';

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
  it("switchChartType(table, line by partner, 'bar') ranks all partners at the latest year", () => {
    const bar = switchChartType(trade, line, 'bar');
    expect(bar).toMatchObject({
      type: 'bar',
      x: 'Partner',
      series: undefined,
      variant: 'ranked',
      mode: 'values',
    });
    expect(bar.filters).toEqual({ 'Trade Flow': ['Export'], Partner: [], Year: ['2022'] });
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
    ['gdp_trillion', 'GDP trillion'],
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
