import { describe, expect, it } from 'vitest';
import { annualChartSpec, releaseChartSpec } from '../../../src/lib/dashboard/dashboardSpecs';
import { canZoom, plotLabel } from '../../../src/lib/interaction/plotLabel';

const SIZE = { width: 640, height: 360 };
const zoom = () => {};
const open = () => {};

describe('plotLabel(spec, host)', () => {
  it('plotLabel(spec, { open, zoom }) names every key the plot answers to', () => {
    expect(plotLabel(annualChartSpec(SIZE), { open, zoom })).toMatch(
      /: interactive chart\. Arrow keys move between points, Enter opens a point's source, plus and minus zoom, 0 shows all, Escape puts the point away\.$/,
    );
  });

  it('plotLabel(spec, {}) leaves out Enter and zoom when the host offers neither', () => {
    expect(plotLabel(annualChartSpec(SIZE), {})).toMatch(
      /: interactive chart\. Arrow keys move between points, Escape puts the point away\.$/,
    );
  });

  it('canZoom(spec, host) needs a zoomable chart and a host that zooms', () => {
    expect(canZoom(annualChartSpec(SIZE), { zoom })).toBe(true);
    expect(canZoom(annualChartSpec(SIZE), {})).toBe(false);
    expect(canZoom(releaseChartSpec(SIZE), { zoom })).toBe(false);
  });
});
