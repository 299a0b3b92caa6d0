import { describe, expect, it } from 'vitest';
import { unfitFor } from '../../../../src/lib/charts/config/unfitFor';
import { loadFixture } from '../loadFixture';
import { countryTable } from '../map/countryTable';

describe("unfitFor('map', table)", () => {
  it('refuses a table whose rows name one reporter and one partner, and says which', () => {
    const usCn = loadFixture('comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv');
    expect(unfitFor('map', usCn)).toBe('needs several countries; the rows name only USA and China');
  });

  it('takes a table of several partners, or of places in a column of no known role', () => {
    const world = countryTable([
      ['DEU', '2021', 1],
      ['FRA', '2021', 2],
    ]);
    expect(unfitFor('map', world)).toBeNull();
    const dots = loadFixture('imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv');
    expect(unfitFor('map', dots)).toBeNull();
  });
});
