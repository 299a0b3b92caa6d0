import { describe, expect, it } from 'vitest';
import { importCsv, toLong } from '../../../src/lib/data/import';
import { checkRelease } from '../../../src/lib/provenance/checkRelease';

/*
 * Tables that give China–Russia trade as one two-way figure rather than exports and imports:
 * said by the measure's name, the unit line above the table, a flow or indicator column.
 * Figures: 88.1 (2012) and 190.27 (2022) US$ bn, which agree with the release.
 */
const table = (csv: string) => {
  const r = importCsv(new TextEncoder().encode(csv), { name: 't.csv', accessed: '2026-01-01' });
  if (!r.ok) throw new Error(r.error);
  return toLong(r.table);
};

/** Reporter, partner, year and `measure`; `extra` adds a column as `name=value`. */
const long = (measure: string, scale = 1, extra = '') => {
  const [name, value] = extra ? extra.split('=') : [];
  const head = (s: string) => (s.includes(',') ? `"${s}"` : s);
  const more = (s: string | undefined) => (extra ? `${s},` : '');
  return [
    `reporter,partner,${more(name)}year,${head(measure)}`,
    `China,Russia,${more(value)}2012,${88.1 * scale}`,
    `China,Russia,${more(value)}2022,${190.27 * scale}`,
  ].join('\n');
};

describe('checkRelease(table) with two-way figures', () => {
  const measures = [
    'two_way_trade_usd_bn',
    'two-way trade (US$ bn)',
    'Two way trade, USD billion',
    'total_trade_usd_bn',
    'Total trade (US$ billion)',
    'exports_plus_imports_usd_bn',
    'Imports plus exports (USD bn)',
    'trade turnover, USD bn',
    'TradeTurnover USD bn',
    'twoWayTradeUsdBn',
  ];
  for (const measure of measures)
    it(`a measure named "${measure}" is the two-way flow`, () => {
      const [total, growth] = checkRelease(table(long(measure)));
      expect(total.verdict, total.note).toBe('consistent');
      expect(total.found).toBeCloseTo(190.27e9, -6);
      expect(growth.verdict).toBe('consistent');
    });

  it('the unit scales the figure: millions and billions give the same dollars', () => {
    const inMillions = checkRelease(table(long('two_way_trade_usd_mn', 1000)))[0];
    const inBillions = checkRelease(table(long('two_way_trade_usd_bn')))[0];
    expect(inMillions.found).toBeCloseTo(190.27e9, -6);
    expect(inBillions.found).toBeCloseTo(190.27e9, -6);
    // Millions read as billions, or the reverse, would be off by 1000: never near the claim.
    expect(checkRelease(table(long('two_way_trade_usd_bn', 1000)))[0].found).toBeCloseTo(
      190.27e12,
      -9,
    );
  });

  it('a preamble "Exports plus imports, US Dollars, Millions" says two-way, in millions', () => {
    const csv = [
      '"Exports plus imports, US Dollars, Millions"',
      '',
      'Country,2012,2022',
      'China-Russia,88100,190270',
    ].join('\n');
    const [total, growth] = checkRelease(table(csv));
    expect(total).toMatchObject({ verdict: 'consistent' });
    expect(total.found).toBeCloseTo(190.27e9, -6);
    expect(growth.verdict).toBe('consistent');
  });

  it('a flow column whose value names two-way trade is the sum already', () => {
    for (const flow of ['Total trade', 'Exports plus imports', 'Trade turnover', 'Two-way']) {
      const [total] = checkRelease(table(long('value (US$ million)', 1000, `flow=${flow}`)));
      expect(total.verdict, flow).toBe('consistent');
      expect(total.found).toBeCloseTo(190.27e9, -6);
      expect(total.note).toContain(flow);
    }
  });

  it('an indicator column saying two-way on every row used, without a flow column', () => {
    const [total] = checkRelease(table(long('value (US$ bn)', 1, 'indicator=Trade turnover')));
    expect(total.verdict).toBe('consistent');
  });

  it('one flow is still one flow: exports alone or a plain value are not two-way', () => {
    for (const measure of ['exports_usd_bn', 'value_usd_bn', 'trade_balance_usd_bn']) {
      const [total] = checkRelease(table(long(measure)));
      expect(total.verdict, measure).toBe('not covered');
      expect(total.note).toContain('which flow');
    }
    const [exportsOnly] = checkRelease(table(long('value (US$ bn)', 1, 'flow=Exports')));
    expect(exportsOnly.note).toContain('exports only');
  });
});
