import { describe, expect, it } from 'vitest';
import { importCsv, toLong } from '../../../src/lib/data/import';
import { checkRelease } from '../../../src/lib/provenance/checkRelease';
import { loadFixture } from '../charts/loadFixture';

const table = (csv: string) => {
  const r = importCsv(new TextEncoder().encode(csv), { name: 't.csv', accessed: '2026-01-01' });
  if (!r.ok) throw new Error(r.error);
  return toLong(r.table);
};

/** China's customs figures as reported for 2012 and 2022, in US dollars (Comtrade+ naming). */
const COMTRADE = [
  'reporterDesc,partnerDesc,flowDesc,refYear,primaryValue',
  'China,Russian Federation,Export,2012,44057525000',
  'China,Russian Federation,Import,2012,44103300000',
  'China,Russian Federation,Export,2022,76122000000',
  'China,Russian Federation,Import,2022,114149000000',
  'China,World,Export,2022,3593600000000',
].join('\n');

describe('checkRelease(table)', () => {
  it('a China–Russia table that agrees: consistent, with the rows and the arithmetic', () => {
    const [total, growth] = checkRelease(table(COMTRADE));
    expect(total).toMatchObject({ id: 'total-2022', verdict: 'consistent', found: 190271000000 });
    expect(total.rows.sort()).toEqual([2, 3]);
    expect(total.note).toContain('exports $76.1 bn + imports $114.1 bn = $190.3 bn');
    expect(growth).toMatchObject({ id: 'growth-2012-2022', verdict: 'consistent' });
    expect(growth.found).toBeCloseTo(115.82, 2);
    expect(growth.note).toContain('rounds to 116 %');
  });

  it('a changed 2022 figure: inconsistent on both claims', () => {
    const [total, growth] = checkRelease(table(COMTRADE.replace('114149000000', '94149000000')));
    expect(total.verdict).toBe('inconsistent');
    expect(total.note).toContain('does not exceed $190 billion');
    expect(growth.verdict).toBe('inconsistent');
  });

  it('reads codes and other namings, and units in billions', () => {
    const csv = [
      'Reporter ISO,Partner ISO,Trade Flow,Year,Trade Value (US$ billion)',
      'CHN,RUS,Exports,2012,44.06',
      'CHN,RUS,Imports,2012,44.10',
      'CHN,RUS,Exports,2022,76.12',
      'CHN,RUS,Imports,2022,114.15',
    ].join('\n');
    const [total, growth] = checkRelease(table(csv));
    expect(total.verdict).toBe('consistent');
    expect(total.found).toBeCloseTo(190.27e9, -6);
    expect(growth.verdict).toBe('consistent');
  });

  it('uses Russia’s reports when China’s are not in the table', () => {
    const csv = COMTRADE.replaceAll('China,Russian Federation', 'Russian Federation,China');
    expect(checkRelease(table(csv))[0].note).toMatch(/^Russia-reported/);
  });

  it('leaves out re-exports, and says what is missing', () => {
    const onlyExports = [
      'reporter,partner,flow,year,value_usd',
      'China,Russia,Export,2022,76122000000',
      'China,Russia,Re-export,2022,1000000000',
    ].join('\n');
    const [total, growth] = checkRelease(table(onlyExports));
    expect(total).toMatchObject({ verdict: 'not covered', found: null });
    expect(total.note).toContain('exports only');
    expect(growth.verdict).toBe('not covered');
  });

  it('is not covered by tables without China–Russia figures, or in another currency', () => {
    for (const t of [
      loadFixture('datahub/datasets-gdp_top-economies.csv'),
      loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv'),
      table(COMTRADE.replace('primaryValue', 'value_eur')),
    ])
      for (const c of checkRelease(t)) expect(c.verdict).toBe('not covered');
  });

  it('a real Comtrade download without Russia is not covered', () => {
    const t = loadFixture('comtrade/shjain6670_IBE-China_comtrade_S4_CHN-DEU_2010.csv');
    expect(checkRelease(t)[0].note).toContain('no row has China and Russia');
  });
});
