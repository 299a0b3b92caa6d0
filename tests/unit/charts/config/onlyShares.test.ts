import { describe, expect, it } from 'vitest';
import { onlyShares } from '../../../../src/lib/charts/config/onlyShares';
import { chartType } from '../../../../src/lib/charts/registry';
import { loadFixture } from '../loadFixture';

describe('onlyShares(table)', () => {
  const shares = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
  const amounts = loadFixture('comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv');

  it('says why percentages cannot be a treemap or stacked areas, in the type picker', () => {
    expect(onlyShares(shares)).toMatch(/percentages, which do not add up to a whole/);
    expect(chartType('treemap').unfit?.(shares)).toBe(onlyShares(shares));
    expect(chartType('area').unfit?.(shares)).toBe(onlyShares(shares));
    // A line of percentages is fine.
    expect(chartType('line').unfit?.(shares) ?? null).toBeNull();
  });

  it('leaves amounts alone', () => {
    expect(onlyShares(amounts)).toBeNull();
    expect(chartType('treemap').unfit?.(amounts)).toBeNull();
  });
});
