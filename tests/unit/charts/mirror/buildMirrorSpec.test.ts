import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mirrorChartConfig, mirrorChartSpec } from '../../../../src/lib/dashboard/dashboardSpecs';
import { buildMirrorSpec } from '../../../../src/lib/charts/mirror/buildMirrorSpec';
import { mirrorGap, signedPercent } from '../../../../src/lib/charts/mirror/mirrorGap';
import { annualTable } from '../../../../src/lib/data/datasets/annual';

const SIZE = { width: 640, height: 360 };

describe('mirrorGap(first, second)', () => {
  it('is first − second and that as % of second', () =>
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (a, b) => {
        const gap = mirrorGap(a, b);
        expect(gap.value).toBe(a - b);
        expect(gap.percent).toBeCloseTo(((a - b) / b) * 100, 9);
      }),
      { numRuns: 200, seed: 15 },
    ));

  it('signedPercent writes a sign and a true minus', () => {
    expect(signedPercent(0.74)).toBe('+0.7 %');
    expect(signedPercent(-2.94)).toBe('−2.9 %');
    expect(signedPercent(NaN)).toBe('n/a');
  });
});

describe('mirrorChartSpec(size): the annual series as China and Russia each report it', () => {
  const spec = mirrorChartSpec(SIZE);

  it('draws both reporters for every year both report, the gap over each pair', () => {
    expect(spec.variant).toBe('mirror');
    expect(spec.table.rows.map((r) => r[0])).toEqual([
      '2012',
      '2013',
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
    ]);
    expect(spec.table.rows[0]).toEqual(['2012', '$88.0 bn', '$87.4 bn', '+$610 mn', '+0.7 %']);
    expect(spec.labels.map((l) => l.text)).toContain('−2.9 %');
    expect(spec.bars[0].point.detail).toMatch(
      /^Gap: IMF DOTS, China-reported − IMF DOTS, Russia-reported = \+\$610 mn \(\+0\.7 % of/,
    );
  });

  it('says how the gap is read and why mirror figures differ (CIF/FOB)', () => {
    const notes = spec.notes.join(' ');
    expect(notes).toMatch(/CIF \(cost, insurance and freight/);
    expect(notes).toMatch(/FOB \(free on board/);
    expect(spec.sources.map((s) => s.text).join(' ')).toMatch(/Direction of Trade Statistics/);
  });

  it('with one value column says what a mirror view needs', () => {
    const config = { ...mirrorChartConfig(), y: ['imf_dots_china_reported_usd_bn'] };
    expect(buildMirrorSpec(annualTable(), config, SIZE).why).toMatch(
      /choose exactly two value columns/,
    );
  });
});
