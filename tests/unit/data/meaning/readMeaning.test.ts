import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureUnit } from '../../../../src/lib/charts/prepare/measureUnit';
import { importCsv, toLong } from '../../../../src/lib/data/import';
import { aggregatesIn } from '../../../../src/lib/data/meaning/aggregates';
import type { NumberColumn, Table, TextColumn } from '../../../../src/lib/data/table';
import { loadFixture } from '../../charts/loadFixture';

/*
 * What each real fixture says of itself, read by hand from the file (the line is cited), and
 * what the importer reads: its source, its figures' unit and scale, and its groups.
 */

const unitOf = (table: Table, name: string) => {
  const y = table.columns.find((c) => c.name === name) as NumberColumn;
  const u = measureUnit(table, y, new Uint8Array(table.rowCount).fill(1));
  return { currency: u.currency, scale: u.scale, percent: u.percent };
};
const groups = (table: Table, name: string) =>
  aggregatesIn(table, table.columns.find((c) => c.name === name) as TextColumn);

describe('what a real download says of itself', () => {
  it('World Bank API CSV: its preamble names the database and the update (lines 1 and 3)', () => {
    const t = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
    // Line 1: "Data Source","World Development Indicators"; line 3: "Last Updated Date","2023-10-26".
    expect(t.provenance.fileSource).toMatchObject({
      publisher: 'World Bank',
      title: 'World Development Indicators',
      dataset: 'NE.EXP.GNFS.ZS',
      updated: '2023-10-26',
      readFrom: 'line 1',
    });
    expect(t.provenance.citations[0]).toMatchObject({ kind: 'dataset', readFromFile: t.name });
    // "Exports of goods and services (% of GDP)": a percentage.
    expect(unitOf(toLong(t), 'value')).toMatchObject({ percent: true });
    const g = groups(t, 'Country Name');
    expect(g).toHaveLength(49);
    expect(g).toEqual(expect.arrayContaining(['World', 'High income', 'Euro area', 'Arab World']));
    expect(g).not.toContain('Hong Kong SAR, China');
  });

  it('World Bank DataBank: its footer names the database and the update (lines 271–272)', () => {
    const t = loadFixture('worldbank/wdi_databank_FDI_15431eec_Data.csv');
    expect(t.provenance.fileSource).toMatchObject({
      publisher: 'World Bank',
      title: 'World Development Indicators',
      updated: '2023-09-15',
      readFrom: 'line 271',
    });
    // Series Name "Foreign direct investment, net inflows (BoP, current US$)" (line 2).
    expect(unitOf(toLong(t), 'value')).toMatchObject({ currency: 'USD', scale: 1 });
    expect(groups(t, 'Country Name')).toEqual(expect.arrayContaining(['World', 'OECD members']));
  });

  it('IMF DOTS: title rows give the flow, the reporter and the unit (lines 2, 4, 5)', () => {
    const t = loadFixture('imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv');
    // Line 2: "Exports, FOB to Partner Countries"; line 4: "China, P.R.: Mainland".
    expect(t.provenance.fileSource).toMatchObject({
      publisher: 'International Monetary Fund',
      dataset: 'DOTS',
      measure: 'Exports, FOB to Partner Countries: China, P.R.: Mainland',
    });
    // Line 5: "US Dollars, Millions": 2,600,000 in the file is US$2.6 trillion.
    expect(unitOf(toLong(t), 'value')).toMatchObject({ currency: 'USD', scale: 1e6 });
    const partners = t.columns[0] as TextColumn;
    expect(partners.role).toBe('entity');
    expect(groups(t, partners.name)).toEqual(
      expect.arrayContaining(['World', 'Advanced Economies', 'Euro Area']),
    );
    expect(groups(t, partners.name)).not.toContain('China, P.R.: Hong Kong');
  });

  it('IMF WEO: its columns (Subject Descriptor, Units, Scale) name it (line 1)', () => {
    const t = loadFixture('imf/david880110_WEO_Data.csv');
    expect(t.provenance.fileSource).toMatchObject({
      publisher: 'International Monetary Fund',
      title: 'World Economic Outlook Database',
    });
  });

  it('UN Comtrade: Comtrade+ and legacy column layouts (line 1); values in US$', () => {
    const plus = loadFixture(
      'comtrade/fernandobarbalho_tarifas_eua_TradeData_4_4_2025_15_19_17.csv',
    );
    expect(plus.provenance.fileSource).toMatchObject({ title: 'UN Comtrade Database' });
    expect(unitOf(plus, 'primaryValue')).toMatchObject({ currency: 'USD', scale: 1 });
    expect(groups(plus, 'partnerDesc')).toEqual(['World']);
    const legacy = loadFixture('comtrade/shjain6670_IBE-China_comtrade_S4_CHN-DEU_2010.csv');
    expect(legacy.provenance.fileSource).toMatchObject({ publisher: 'United Nations' });
    expect(unitOf(legacy, 'Trade Value (US$)')).toMatchObject({ currency: 'USD' });
  });

  it('Eurostat bulk TSV: the unit,geo\\time header (line 1) and the code in the file name', () => {
    const t = loadFixture('eurostat/christophergandrud_teina200.tsv');
    expect(t.provenance.fileSource).toMatchObject({ publisher: 'Eurostat', dataset: 'teina200' });
    expect(groups(t, 'geo')).toEqual([
      'Euro area (18 members of 2014)',
      'Euro area (19 members of 2015–2022)',
      'EU (27 members)',
      'EU (28 members of 2013–2020)',
    ]);
  });

  it('Our World in Data: Entity, Code, Year (line 1); groups marked (WB) and (27) are groups', () => {
    const t = loadFixture('misc/owid_trade-as-share-of-gdp.csv');
    expect(t.provenance.fileSource).toMatchObject({
      publisher: 'Our World in Data',
      title: 'Trade (% of GDP)',
    });
    expect(groups(t, 'Entity')).toEqual(
      expect.arrayContaining(['World', 'European Union (27)', 'High-income countries']),
    );
  });

  it('a file that names no source keeps the file as its citation', () => {
    const t = loadFixture('datahub/datasets-gdp_top-economies.csv');
    expect(t.provenance.fileSource).toBeUndefined();
    expect(t.provenance.citations[0].kind).toBe('user-file');
  });
});

describe('title rows above a table, anywhere and in any case', () => {
  const UNITS: [string, { currency?: string; scale: number }][] = [
    ['US Dollars, Millions', { currency: 'USD', scale: 1e6 }],
    ['Millions of US dollars', { currency: 'USD', scale: 1e6 }],
    ['in thousands of euros', { currency: 'EUR', scale: 1e3 }],
    ['USD billion', { currency: 'USD', scale: 1e9 }],
  ];
  it('give every figure its unit and scale, and lose no value', () =>
    fc.assert(
      fc.property(
        fc.constantFrom(...UNITS),
        fc.array(fc.constantFrom('Exports to partners', 'Country X', '', 'Source: a ministry'), {
          maxLength: 4,
        }),
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 3, maxLength: 12 }),
        ([phrase, unit], others, values) => {
          const lines = [...others, phrase].map((l) => (l ? `"${l}",,` : ',,'));
          const body = values.map((v, i) => `P${i},${2000 + (i % 5)},${v}`);
          const csv = [...lines, ',,', 'partner,year,value', ...body].join('\n');
          const r = importCsv(new TextEncoder().encode(csv), {
            name: 't.csv',
            accessed: '2026-01-01',
          });
          if (!r.ok) throw new Error(r.error);
          const y = r.table.columns.find((c) => c.name === 'value') as NumberColumn;
          expect(Array.from(y.values)).toEqual(values);
          expect(unitOf(r.table, 'value')).toMatchObject(unit);
        },
      ),
      { numRuns: 100, seed: 20261203 },
    ));

  it('two title rows with different units give none: no figure is read in the wrong one', () => {
    const csv =
      '"US Dollars, Millions",,\n"Euros, Thousands",,\n,,\npartner,year,value\nA,2020,1\nB,2021,2\nC,2022,3\n';
    const r = importCsv(new TextEncoder().encode(csv), { name: 't.csv', accessed: '2026-01-01' });
    if (!r.ok) throw new Error(r.error);
    expect(unitOf(r.table, 'value').currency).toBeUndefined();
  });
});
