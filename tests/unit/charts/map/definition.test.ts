import { describe, expect, it } from 'vitest';
import { mapChart } from '../../../../src/lib/charts/map/definition';
import { loadFixture } from '../loadFixture';
import { countryTable } from './countryTable';

describe('mapChart.unfit(table)', () => {
  it('refuses a table whose rows name one reporter and one partner, and says which', () => {
    const usCn = loadFixture('comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv');
    expect(mapChart.unfit!(usCn)).toBe('needs several countries; the rows name only USA and China');
  });

  it('takes a table of several partners, or of places in a column of no known role', () => {
    const world = countryTable([
      ['DEU', '2021', 1],
      ['FRA', '2021', 2],
    ]);
    expect(mapChart.unfit!(world)).toBeNull();
    const dots = loadFixture('imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv');
    expect(mapChart.unfit!(dots)).toBeNull();
  });
});
