import { describe, expect, it } from 'vitest';
import { filterChoices } from '../../../../src/lib/charts/config/columnChoices';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { toLong } from '../../../../src/lib/data/import';
import { unitWords } from '../../../../src/lib/charts/words/unitWords';
import { loadFixture } from '../../charts/loadFixture';

describe('unitWords(code)', () => {
  it("says Eurostat's unit codes in words, and nothing for other values", () => {
    expect(['MIO_EUR', 'PC_GDP', 'THS_T', ' I15 '].map(unitWords)).toEqual([
      'Million euro',
      'Percentage of gross domestic product (GDP)',
      'Thousand tonnes',
      'Index, 2015=100',
    ]);
    expect(['US dollars', 'mio_eur', 'XYZ'].map(unitWords)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('gives the unit filter of a Eurostat file its words', () => {
    const long = toLong(loadFixture('eurostat/christophergandrud_teina200.tsv'));
    const unit = filterChoices(long, defaultChartConfig(long)).find((c) => c.name === 'unit');
    expect(unit?.words).toEqual({
      MIO_EUR: 'Million euro',
      PC_GDP: 'Percentage of gross domestic product (GDP)',
    });
  });
});
