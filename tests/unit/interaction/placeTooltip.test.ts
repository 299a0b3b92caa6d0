import { describe, expect, it } from 'vitest';
import { annualChartSpec } from '../../../src/lib/dashboard/dashboardSpecs';
import { chartPoints } from '../../../src/lib/charts/reading/navigatePoints';
import { flipAt, placeTooltip, TOOLTIP_MAX_WIDTH } from '../../../src/lib/interaction/placeTooltip';

describe('flipAt(left, box, windowWidth)', () => {
  const box = { left: 0, top: 0, width: 640, height: 360 };
  const cases = [
    { name: 'past 60 % of the chart', left: 0.7, box, windowWidth: 2000, expected: true },
    { name: 'with room on the right', left: 0.3, box, windowWidth: 2000, expected: false },
    {
      name: 'near the window’s right edge, with room on the left',
      left: 0.59,
      box: { ...box, left: 400 },
      windowWidth: 1000,
      expected: true,
    },
    {
      name: 'near the right edge with no room on the left either',
      left: 0.1,
      box: { ...box, width: 300 },
      windowWidth: 320,
      expected: false,
    },
    {
      name: 'before the plot is laid out',
      left: 0.5,
      box: undefined,
      windowWidth: 0,
      expected: false,
    },
  ];
  it.each(cases)('flipAt($left, …) is $expected $name', ({ left, box, windowWidth, expected }) => {
    expect(flipAt(left, box, windowWidth)).toBe(expected);
  });

  it('keeps the widest tooltip in mind', () => {
    expect(TOOLTIP_MAX_WIDTH).toBe(310);
  });
});

describe('placeTooltip(spec, point, box, windowWidth)', () => {
  it('anchors an opening-right tooltip at its point, kept off the plot’s top and bottom', () => {
    const spec = annualChartSpec({ width: 640, height: 360 });
    const p = { ...chartPoints(spec)[0][0], y: 0 };
    expect(placeTooltip(spec, p, undefined, 1280)).toEqual({
      left: `${(p.x / 640) * 100}%`,
      right: 'auto',
      top: '15%',
      flip: false,
      docked: false,
    });
  });

  it('anchors a flipped tooltip by its right edge, and docks it on a narrow chart', () => {
    const spec = annualChartSpec({ width: 400, height: 300 });
    const p = { ...chartPoints(spec)[0][0], x: 300 };
    expect(placeTooltip(spec, p, undefined, 400)).toMatchObject({
      left: 'auto',
      right: '25%',
      flip: true,
      docked: true,
    });
  });
});
