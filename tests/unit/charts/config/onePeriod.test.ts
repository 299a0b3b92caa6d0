import { describe, expect, it } from 'vitest';
import { onePeriod } from '../../../../src/lib/charts/config/onePeriod';
import { unfitFor } from '../../../../src/lib/charts/config/unfitFor';
import { loadFixture } from '../loadFixture';

describe('onePeriod(table)', () => {
  it('says a table of one year cannot be drawn over time, in the picker of line, area and slope', () => {
    const year = loadFixture('comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv');
    expect(onePeriod(year)).toBe('needs two periods or more; this table has one (2017)');
    for (const kind of ['line', 'area', 'slope'] as const)
      expect(unfitFor(kind, year)).toBe(onePeriod(year));
    // Bars and columns rank and compare within the one year.
    expect(unfitFor('bar', year)).toBeNull();
  });

  it('is null for a table of several periods', () => {
    const years = loadFixture('comtrade/shjain6670_IBE-China_comtrade_S4_CHN-DEU_2010.csv');
    expect(onePeriod(years)).toBeNull();
    expect(unfitFor('line', years)).toBeNull();
  });
});
