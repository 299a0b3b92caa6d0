import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCsv, toLong } from '../../../src/lib/data/import';
import { checkRelease } from '../../../src/lib/provenance/checkRelease';
import { chinaRussiaRows } from '../../../src/lib/provenance/chinaRussiaRows';

/*
 * China–Russia tables with an entity column instead of a reporter column. Made in the layouts of
 * UNCTADstat (Economy Label beside Partner Label and Flow Label, US$ millions; its CSV as R
 * scripts read US_TradeServDigital files), of a plain Country/Partner export, and of Our World
 * in Data's grapher files (Entity, Code, Year, a value column) holding one entity per pair.
 * Figures: China's customs totals for 2012 and 2022, two-way 88.16 and 190.27 US$ bn.
 */
const table = (csv: string) => {
  const r = importCsv(new TextEncoder().encode(csv), { name: 't.csv', accessed: '2026-01-01' });
  if (!r.ok) throw new Error(r.error);
  return toLong(r.table);
};

const UNCTAD = [
  'Year,Economy,Economy Label,Partner,Partner Label,Flow,Flow Label,US dollars at current prices in millions',
  '2012,156,China,643,Russian Federation,01,Exports,44057.5',
  '2012,156,China,643,Russian Federation,02,Imports,44103.3',
  '2022,156,China,643,Russian Federation,01,Exports,76122',
  '2022,156,China,643,Russian Federation,02,Imports,114149',
  '2022,156,China,0000,World,01,Exports,3593600',
].join('\n');

const owid = (entity: string, y2022: number) =>
  [
    'Entity,Code,Year,Bilateral trade (current US$)',
    `${entity},,2012,88160825000`,
    `${entity},,2022,${y2022}`,
    'China-United States,,2022,690000000000',
  ].join('\n');

describe('checkRelease(table) with an entity column', () => {
  it('an entity column beside a partner column reports (UNCTADstat layout, US$ millions)', () => {
    const t = table(UNCTAD);
    const [total, growth] = checkRelease(t);
    expect(total).toMatchObject({ verdict: 'consistent' });
    expect(total.found).toBeCloseTo(190.271e9, -6);
    expect(growth.verdict).toBe('consistent');
  });

  it('a Country column with China and a Partner column with Russia', () => {
    const csv = [
      'Country,Partner,Flow,Year,Value (USD bn)',
      'China,Russia,Exports,2012,44.06',
      'China,Russia,Imports,2012,44.10',
      'China,Russia,Exports,2022,76.12',
      'China,Russia,Imports,2022,94.15',
    ].join('\n');
    const [total] = checkRelease(table(csv));
    expect(total.verdict).toBe('inconsistent');
  });

  it('one entity naming both sides, with a measure of two-way trade (OWID-style)', () => {
    for (const entity of ['China-Russia', 'China – Russian Federation', 'Russia and China']) {
      const [total, growth] = checkRelease(table(owid(entity, 190271000000)));
      expect(total, entity).toMatchObject({ verdict: 'consistent', rows: [1] });
      expect(total.note).toContain('China–Russia 2022: two-way trade');
      expect(growth.verdict, entity).toBe('consistent');
    }
    expect(checkRelease(table(owid('China-Russia', 170e9)))[0].verdict).toBe('inconsistent');
  });

  it('an entity "China-Russia trade" says two-way even when the measure does not', () => {
    const csv = owid('China-Russia trade', 190271000000).replace(
      'Bilateral trade (current US$)',
      'value (current US$)',
    );
    expect(checkRelease(table(csv))[0].verdict).toBe('consistent');
  });

  it('a pair entity whose figures may be one flow only is not covered, and says why', () => {
    const csv = owid('China-Russia', 190271000000).replace('Bilateral trade', 'Exports');
    const [total] = checkRelease(table(csv));
    expect(total.verdict).toBe('not covered');
    expect(total.note).toContain('which flow');
  });

  it('an entity column alone, naming China but no partner: not covered', () => {
    const csv = ['Entity,Year,Exports (US$)', 'China,2012,1', 'China,2022,2'].join('\n');
    const [total] = checkRelease(table(csv));
    expect(total.verdict).toBe('not covered');
    expect(total.note).toContain('nor an entity or a name naming both');
  });

  it('no other pair of economies is ever read as China–Russia', () =>
    fc.assert(
      fc.property(
        fc.constantFrom(
          'China',
          'Russia',
          'CHN',
          'RUS',
          'Chile',
          'Romania',
          'China, Hong Kong SAR',
        ),
        fc.constantFrom('-', '–', ' and ', '/'),
        fc.constantFrom('Chile', 'Romania', 'Hong Kong', 'Russian Empire', 'Chinatown', 'Rwanda'),
        (a, sep, b) => {
          const csv = ['Entity,Year,Trade (US$)', `${a}${sep}${b},2022,1`].join('\n');
          const pairs = chinaRussiaRows(table(csv));
          expect(pairs ? pairs.china.length + pairs.russia.length : 0).toBe(0);
        },
      ),
      { numRuns: 100, seed: 6 },
    ));
});
