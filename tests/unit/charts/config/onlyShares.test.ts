import { describe, expect, it } from 'vitest';
import { onlyShares } from '../../../../src/lib/charts/config/onlyShares';
import { unfitFor } from '../../../../src/lib/charts/config/unfitFor';
import { loadFixture } from '../loadFixture';

describe('onlyShares(table)', () => {
  const shares = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
  const amounts = loadFixture('comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv');

  it('says why percentages cannot be a treemap or stacked areas, in the type picker', () => {
    expect(onlyShares(shares)).toMatch(/percentages, which do not add up to a whole/);
    expect(unfitFor('treemap', shares)).toBe(onlyShares(shares));
    expect(unfitFor('area', shares)).toBe(onlyShares(shares));
    // A line of percentages is fine.
    expect(unfitFor('line', shares)).toBeNull();
  });

  it('leaves amounts alone', () => {
    expect(onlyShares(amounts)).toBeNull();
    expect(unfitFor('treemap', amounts)).toBeNull();
  });
});
