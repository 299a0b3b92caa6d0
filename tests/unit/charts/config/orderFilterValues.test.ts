import { describe, expect, it } from 'vitest';
import { filterChoices } from '../../../../src/lib/charts/config/columnChoices';
import { orderFilterValues } from '../../../../src/lib/charts/config/orderFilterValues';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { fixtureBytes, importOk } from '../../data/import/importHelpers';

describe('orderFilterValues', () => {
  it('orderFilterValues(values in code order) lists them alphabetically, the total first', () => {
    const values = ['Zimbabwe', 'Germany', 'World', 'Côte d’Ivoire', 'austria', 'China'];
    expect(orderFilterValues(values)).toEqual([
      'World',
      'austria',
      'China',
      'Côte d’Ivoire',
      'Germany',
      'Zimbabwe',
    ]);
  });

  it('orderFilterValues(labels with numbers, a unit’s words) sorts by what the reader sees', () => {
    expect(orderFilterValues(['Chapter 10', 'Chapter 2', 'All commodities'])).toEqual([
      'All commodities',
      'Chapter 2',
      'Chapter 10',
    ]);
    const words: Record<string, string> = { MIO_EUR: 'Million euro', PC_GDP: 'Percentage of GDP' };
    expect(orderFilterValues(['PC_GDP', 'MIO_EUR'], (v) => words[v] ?? v)).toEqual([
      'MIO_EUR',
      'PC_GDP',
    ]);
  });

  it('orderFilterValues(no total) keeps every value once', () => {
    const values = ['b', 'B', 'a'];
    const out = orderFilterValues(values);
    expect(out).toHaveLength(3);
    expect(new Set(out)).toEqual(new Set(values));
    expect(out[0]).toBe('a');
  });
});

describe('filterChoices(legacy Comtrade files)', () => {
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  const sorted = (values: string[]) =>
    values.every((v, i) => i === 0 || collator.compare(values[i - 1], v) <= 0);
  const choicesOf = (file: string) => {
    const { table } = importOk(fixtureBytes(file));
    return filterChoices(table, defaultChartConfig(table));
  };

  it('filterChoices(commodities and partners in code order) lists them alphabetically', () => {
    const hs = choicesOf('comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv');
    const commodity = hs.find((c) => c.name === 'Commodity')!;
    expect(commodity.values.length).toBeGreaterThan(90);
    expect(commodity.values[0]).toBe('Aircraft, spacecraft and parts thereof');
    expect(sorted(commodity.values)).toBe(true);
    // Each commodity keeps its code from `Commodity Code`, for the search.
    expect(commodity.codes?.['Aircraft, spacecraft and parts thereof']).toBe('88');
    const sitc = choicesOf('comtrade/shjain6670_IBE-China_comtrade_S4_CHN-DEU_2010.csv');
    const partner = sitc.find((c) => c.name === 'Partner')!;
    expect(partner.values).toEqual([
      'China, Hong Kong SAR',
      'Germany',
      'Japan',
      'Rep. of Korea',
      'USA',
    ]);
  });

  it('filterChoices(a partner column with World) puts World first, not among the groups', () => {
    const csv = [
      'Year,Trade Flow,Partner Code,Partner,Trade Value (US$)',
      ...['156,China', '0,World', '276,Germany', '97,EU-28', '40,Austria'].flatMap((p, i) => [
        `2020,Export,${p},${i + 1}`,
        `2021,Export,${p},${i + 2}`,
      ]),
    ];
    const { table } = importOk(csv.join('\n') + '\n');
    const config = { ...defaultChartConfig(table), filters: {} };
    const partner = filterChoices(table, config).find((c) => c.name === 'Partner')!;
    expect(partner.values).toEqual(['World', 'Austria', 'China', 'EU-28', 'Germany']);
    expect(partner.groups ?? []).not.toContain('World');
  });
});
