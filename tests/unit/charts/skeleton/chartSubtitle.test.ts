import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../../../src/lib/charts/buildChartSpec';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { toLong } from '../../../../src/lib/data/import';
import { csvTable } from '../loadFixture';

/** A WEO-like download: a country per row, its unit and scale in words, years as columns. */
const weo = (units: string, scale: string) =>
  toLong(
    csvTable(
      [
        'Country,Subject Descriptor,Units,Scale,2020,2021',
        `Aland,Gross domestic product,${units},${scale},"1,200.5","1,300.25"`,
        `Bland,Gross domestic product,${units},${scale},"2,400.5","2,500.75"`,
      ].join('\n'),
    ),
  );
const subtitle = (units: string, scale: string) => {
  const table = weo(units, scale);
  return buildChartSpec(table, defaultChartConfig(table), { width: 640, height: 400 }).subtitle;
};

describe('chartSubtitle(data, config)', () => {
  it('leaves out a currency and scale the axis says, in the scale it draws', () => {
    // Billions over an axis in US$ tn would contradict it.
    expect(subtitle('U.S. dollars', 'Billions') ?? '').not.toMatch(/Billions|dollars/);
  });

  it('keeps a unit with more to say than its currency and scale', () => {
    expect(subtitle('U.S. dollars per capita', 'Units')).toContain('U.S. dollars per capita');
    expect(subtitle('National currency', 'Billions')).toContain('National currency');
  });
});
