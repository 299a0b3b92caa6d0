import { describe, expect, it } from 'vitest';
import { variantUnfit } from '../../../../src/lib/charts/config/unfitFor';
import { importCsv } from '../../../../src/lib/data/import';
import { loadFixture } from '../loadFixture';

const read = (csv: string) => {
  const r = importCsv(new TextEncoder().encode(csv), { name: 'f.csv', accessed: '2026-12-05' });
  if (!r.ok) throw new Error(r.error);
  return r.table;
};

describe("variantUnfit('column', 'mirror', table)", () => {
  it('offers a mirror for two reporters whose rows name each other, or two columns of figures', () => {
    const pair = read(
      'refYear,reporterDesc,flowDesc,partnerDesc,primaryValue\n2022,China,Export,Russian Federation,76100000000\n2022,Russian Federation,Import,China,66000000000\n',
    );
    expect(variantUnfit('column', 'mirror', pair)).toBeNull();
    const wide = read('year,china_reported,russia_reported\n2021,146.9,140.7\n2022,190.3,172.3\n');
    expect(variantUnfit('column', 'mirror', wide)).toBeNull();
  });

  it('says why a table of one reporter, or of one column of figures, makes none', () => {
    const one = loadFixture('comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv');
    expect(variantUnfit('column', 'mirror', one)).toMatch(/^needs two columns of figures/);
    const wdi = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
    expect(variantUnfit('column', 'mirror', wdi)).toMatch(
      /two reporters whose rows name each other/,
    );
    // The other layouts are always offered.
    expect(variantUnfit('column', 'stacked', wdi)).toBeNull();
  });
});
