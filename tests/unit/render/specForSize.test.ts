import { describe, expect, it } from 'vitest';
import { annualChartSpec, releaseChartSpec } from '../../../src/lib/dashboard/dashboardSpecs';
import { renderSvg } from '../../../src/render/renderSvg';
import { EXPORT_SIZES, specForSize } from '../../../src/render/specForSize';

const size = (svg: string) => {
  const root = /<svg\b[^>]*>/.exec(svg)![0];
  return [root.match(/ width="(\d+)"/)![1], root.match(/ height="(\d+)"/)![1]].map(Number);
};

describe('specForSize(rebuild, width, height)', () => {
  for (const s of EXPORT_SIZES)
    if ('width' in s)
      for (const [name, rebuild] of [
        ['release', releaseChartSpec],
        ['annual', annualChartSpec],
      ] as const)
        it(`${name} at ${s.label}: a file of exactly that size, laid out for it`, () => {
          const spec = specForSize((z) => rebuild(z), s.width, s.height);
          expect(spec.width).toBe(s.width);
          expect(size(renderSvg(spec, { minHeight: s.height }))).toEqual([s.width, s.height]);
          // The plot takes what the words leave: taller files get taller plots.
          expect(spec.height).toBeGreaterThan(s.height / 3);
        });
});
