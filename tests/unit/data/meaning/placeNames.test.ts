import { describe, expect, it } from 'vitest';
import { filterChoices } from '../../../../src/lib/charts/config/columnChoices';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { buildChartSpec } from '../../../../src/lib/charts/buildChartSpec';
import { importCsv, toLong } from '../../../../src/lib/data/import';
import { nameCodedPlaces, placeName } from '../../../../src/lib/data/meaning/placeNames';
import type { Table, TextColumn } from '../../../../src/lib/data/table';
import { loadFixture } from '../../charts/loadFixture';

const tableOf = (csv: string): Table => {
  const r = importCsv(new TextEncoder().encode(csv), { name: 't.csv', accessed: '2026-12-04' });
  if (!r.ok) throw new Error(r.error);
  return r.table;
};
const text = (t: Table, name: string) => t.columns.find((c) => c.name === name) as TextColumn;
const cells = (t: Table, name: string) => {
  const c = text(t, name);
  return Array.from(c.codes, (k) => (k < 0 ? null : c.dictionary[k]));
};

describe('placeName(code)', () => {
  it('names ISO alpha-2 and alpha-3 codes in the form news writing uses', () => {
    expect(['FR', 'DEU', 'US', 'CZ', 'RU', 'KR', 'CN', 'TUR'].map(placeName)).toEqual([
      'France',
      'Germany',
      'United States',
      'Czechia',
      'Russia',
      'South Korea',
      'China',
      'Türkiye',
    ]);
  });

  it("names Eurostat's own codes: Greece, the United Kingdom, its groups of countries", () => {
    expect(['EL', 'UK', 'EU27_2020', 'EA19', 'EFTA'].map(placeName)).toEqual([
      'Greece',
      'United Kingdom',
      'EU (27 members since 2020)',
      'Euro area (19 members of 2015–2022)',
      'EFTA countries',
    ]);
  });

  it('is undefined for names, lower case, unknown codes and numbers', () => {
    expect(['France', 'fr', 'ZZ', 'XYZ', '250', '', 'EU99'].map(placeName)).toEqual(
      Array(7).fill(undefined),
    );
  });
});

describe('nameCodedPlaces(table)', () => {
  it('shows a column of place codes as names and keeps the codes beside it, saying so', () => {
    const t = tableOf('geo,value\nFR,1\nEL,2\nEU27_2020,3\nFR,4\n');
    expect(cells(t, 'geo')).toEqual(['France', 'Greece', 'EU (27 members since 2020)', 'France']);
    expect(cells(t, 'geo code')).toEqual(['FR', 'EL', 'EU27_2020', 'FR']);
    expect(text(t, 'geo code').role).toBe('code');
    expect(t.columns.map((c) => c.name)).toEqual(['geo', 'geo code', 'value']);
    expect(t.issues.map((i) => i.message)).toContain(
      'The 3 codes in “geo” are shown as names (FR → France); the codes are kept in “geo code”.',
    );
  });

  it('gives two codes of one country one name (Eurostat EL and ISO GR)', () => {
    const t = tableOf('geo,value\nEL,1\nGR,2\nDE,3\n');
    const geo = text(t, 'geo');
    expect(geo.dictionary).toEqual(['Greece', 'Germany']);
    expect(cells(t, 'geo')).toEqual(['Greece', 'Greece', 'Germany']);
    expect(cells(t, 'geo code')).toEqual(['EL', 'GR', 'DE']);
  });

  it('leaves alone a column with any value that is not a known code, or one country alone', () => {
    for (const csv of [
      'geo,value\nFR,1\nFrance,2\n',
      'geo,value\nCA,1\nNY,2\n',
      'geo,value\nFR,1\nEU27_2020,2\n',
    ]) {
      const t = tableOf(csv);
      expect(t.columns.map((c) => c.name)).toEqual(['geo', 'value']);
    }
  });

  it('keeps the groups a file marked by indentation marked, by their names', () => {
    const t = tableOf('geo,value\nEU27_2020,1\nFR,2\nDE,3\n');
    // The same column as a file that indents its members under the EU would give it.
    const geo: TextColumn = {
      name: 'geo',
      type: 'category',
      role: 'entity',
      codes: Int32Array.from([0, 1, 2]),
      dictionary: ['EU27_2020', 'FR', 'DE'],
      groups: ['EU27_2020'],
    };
    const marked: Table = { ...t, columns: [geo, text(t, 'value')] };
    nameCodedPlaces(marked);
    expect(text(marked, 'geo').groups).toEqual(['EU (27 members since 2020)']);
  });

  it('leaves alone a column of codes beside the names (the World Bank’s Country Code)', () => {
    const t = tableOf('Country Name,Country Code,value\nFrance,FRA,1\nGermany,DEU,2\n');
    expect(nameCodedPlaces(t)).toBeNull();
    expect(cells(t, 'Country Code')).toEqual(['FRA', 'DEU']);
  });

  it('so a Eurostat file charts, filters and maps countries by name, groups as groups', () => {
    const wide = loadFixture('eurostat/christophergandrud_teina200.tsv');
    const long = toLong(wide);
    const config = defaultChartConfig(long);
    const spec = buildChartSpec(long, config, { width: 640, height: 360 });
    expect(spec.legend.map((i) => i.label)).toEqual([
      'United Kingdom',
      'France',
      'Spain',
      'Italy',
      'Norway',
    ]);
    const geo = filterChoices(long, config).find((c) => c.name === 'geo')!;
    expect(geo.values).toContain('Austria');
    expect(geo.groups).toEqual([
      'Euro area (18 members of 2014)',
      'Euro area (19 members of 2015–2022)',
      'EU (27 members)',
      'EU (28 members of 2013–2020)',
    ]);
  });
});
