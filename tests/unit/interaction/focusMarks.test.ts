import { describe, expect, it } from 'vitest';
import { annualChartSpec, releaseChartSpec } from '../../../src/lib/dashboard/dashboardSpecs';
import { chartPoints } from '../../../src/lib/charts/reading/navigatePoints';
import { focusMarks } from '../../../src/lib/interaction/focusMarks';

const SIZE = { width: 640, height: 360 };

describe('focusMarks(spec, point)', () => {
  it('focusMarks(line spec, point) is a crosshair through the plot and a ring round the dot', () => {
    const spec = annualChartSpec(SIZE);
    const p = chartPoints(spec)[0][3];
    const [crosshair, ring] = focusMarks(spec, p);
    expect(crosshair).toMatchObject({
      tag: 'line',
      attrs: { class: 'crosshair', x1: p.x, y1: spec.plot.top },
    });
    expect(ring).toMatchObject({ tag: 'circle', attrs: { class: 'focus-ring', cx: p.x, r: 9 } });
  });

  it('focusMarks(column spec, point) outlines the bar, 3 px out, and draws no crosshair', () => {
    const spec = releaseChartSpec(SIZE);
    const bar = spec.bars[1];
    expect(focusMarks(spec, bar.point)).toEqual([
      {
        tag: 'rect',
        attrs: {
          x: bar.x - 3,
          y: bar.y - 3,
          width: bar.width + 6,
          height: bar.height + 6,
          fill: 'none',
          stroke: 'var(--fg)',
          'stroke-width': 1.5,
        },
      },
    ]);
  });
});
