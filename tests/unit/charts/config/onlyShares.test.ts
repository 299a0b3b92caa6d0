import { describe, expect, it } from 'vitest';
import { onlyShares } from '../../../../src/lib/charts/config/onlyShares';
import { unfitFor } from '../../../../src/lib/charts/config/unfitFor';
import { csvTable, loadFixture } from '../loadFixture';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { switchChartType } from '../../../../src/lib/charts/config/switchChartType';
import { buildTreemapSpec } from '../../../../src/lib/charts/treemap/buildTreemapSpec';
import type { TextColumn } from '../../../../src/lib/data/table';

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

describe('onlyShares(table, shown): a table of amounts and rates, judged by the chart shown', () => {
  const weo = loadFixture('imf/jfgomezok_WEOApr2020all.xls');
  const shown = defaultChartConfig(weo);

  it('refuses to stack or tile the growth rates an IMF WEO file opens on', () => {
    expect(onlyShares(weo)).toBeNull();
    expect(unfitFor('area', weo, shown)).toMatch(/percentages, which do not add up/);
    expect(unfitFor('treemap', weo, shown)).toMatch(/percentages, which do not add up/);
    expect(unfitFor('line', weo, shown)).toBeNull();
  });

  it('offers them for the same file’s amounts (GDP in US$)', () => {
    const unit = weo.columns.find((c) => c.name === 'Units');
    expect(unit?.type).toBe('category');
    const dollars = (unit as TextColumn).dictionary.find((u) => /dollars/i.test(u))!;
    const descriptor = Object.keys(shown.filters).find((k) => k !== 'Units');
    const filters: Record<string, string[]> = { ...shown.filters, Units: [dollars] };
    if (descriptor) delete filters[descriptor];
    const amounts = { ...shown, filters };
    expect(unfitFor('area', weo, amounts)).toBeNull();
  });
});

describe('buildTreemapSpec of a table of mostly deficits (Eurostat teina200)', () => {
  it('draws no treemap of the few surpluses, and says what shows them all', () => {
    const table = loadFixture('eurostat/christophergandrud_teina200.tsv');
    const config = switchChartType(table, defaultChartConfig(table), 'treemap');
    const spec = buildTreemapSpec(table, config, { width: 800, height: 420 });
    expect(spec.why).toMatch(
      /^Most categories are zero or below \(\d+ of \d+\).*A bar or column chart shows them all\.$/,
    );
  });
});

describe('belowZero(table, shown) through unfitFor("area", …)', () => {
  it('refuses to stack net flows that cross zero (DataBank FDI: Luxembourg’s outflow), not amounts', () => {
    const fdi = loadFixture('worldbank/wdi_databank_FDI_15431eec_Data.csv');
    expect(unfitFor('area', fdi, defaultChartConfig(fdi))).toMatch(
      /^needs figures of one sign to stack; some here are below zero/,
    );
    expect(unfitFor('line', fdi, defaultChartConfig(fdi))).toBeNull();
    const dots = loadFixture('imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv');
    expect(unfitFor('area', dots, defaultChartConfig(dots))).toBeNull();
  });

  it('judges the kept rows only: a balance filtered out leaves amounts that stack', () => {
    const table = csvTable(
      'Partner,Flow,Year,Value\n' +
        'China,Export,2020,5\nChina,Import,2020,7\nChina,Balance,2020,-2\n' +
        'China,Export,2021,6\nChina,Import,2021,4\nChina,Balance,2021,2\n' +
        'India,Export,2020,3\nIndia,Import,2020,1\nIndia,Balance,2020,2\n' +
        'India,Export,2021,4\nIndia,Import,2021,1\nIndia,Balance,2021,3\n',
    );
    const shown = (flow: string) => ({ y: ['Value'], filters: { Flow: [flow] } });
    expect(
      unfitFor('area', table, { ...defaultChartConfig(table), ...shown('Export') }),
    ).toBeNull();
    expect(unfitFor('area', table, { ...defaultChartConfig(table), ...shown('Balance') })).toMatch(
      /some here are below zero/,
    );
  });
});
