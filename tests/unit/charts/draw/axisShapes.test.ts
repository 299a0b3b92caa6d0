import { describe, expect, it } from 'vitest';
import { axisShapes } from '../../../../src/lib/charts/draw/axisShapes';
import type { Shape } from '../../../../src/lib/charts/draw/shape';
import type { ChartSpec } from '../../../../src/lib/charts/spec';

/** A chart 640 px wide with a plot from 52 to 624 and the given axes. */
function spec(xTicks: [number, string][], yLabel: string, left = 52): ChartSpec {
  return {
    width: 640,
    height: 360,
    plot: { left, top: 20, width: 624 - left, height: 300 },
    xAxis: { grid: false, ticks: xTicks.map(([pos, label]) => ({ pos, label, value: pos })) },
    yAxis: { grid: true, label: yLabel, ticks: [{ pos: 320, label: '0', value: 0 }] },
  } as unknown as ChartSpec;
}

const text = (shapes: Shape[], label: string) =>
  shapes.find((s) => s.type === 'text' && s.text === label) as Extract<Shape, { type: 'text' }>;

describe('axisShapes(spec)', () => {
  it('centres tick labels, but ends the one at the plot’s right end at its tick', () => {
    const shapes = axisShapes(
      spec(
        [
          [52, '2012'],
          [338, '2018'],
          [624, '2023'],
        ],
        '',
      ),
    );
    expect(text(shapes, '2012')).toMatchObject({ x: 52, anchor: 'middle' });
    expect(text(shapes, '2018')).toMatchObject({ x: 338, anchor: 'middle' });
    expect(text(shapes, '2023')).toMatchObject({ x: 624, anchor: 'end' });
  });

  it('drops the label before an end-anchored last one when the two would run together', () => {
    // Yearly ticks 34 px apart: 2023, ended at its tick, reaches back over 2022's label.
    const ticks: [number, string][] = [2012, 2013, 2020, 2021, 2022, 2023].map((y, i, all) => [
      624 - (all.length - 1 - i) * 34,
      String(y),
    ]);
    const shapes = axisShapes(spec(ticks, ''));
    expect(text(shapes, '2023')).toMatchObject({ x: 624, anchor: 'end' });
    expect(text(shapes, '2022')).toBeUndefined();
    expect(text(shapes, '2021')).toMatchObject({ anchor: 'middle' });
    expect(text(shapes, '2020')).toMatchObject({ anchor: 'middle' });
    // Its tick stays.
    expect(shapes.filter((s) => s.type === 'line' && s.x1 === 590)).toHaveLength(1);
  });

  it('starts a label at a tick too near the left edge at that tick', () => {
    const shapes = axisShapes(spec([[20, 'January 2012']], '', 20));
    expect(text(shapes, 'January 2012')).toMatchObject({ x: 20, anchor: 'start' });
  });

  it('puts the value axis’s label over its ticks, or from the text edge when it is wider', () => {
    expect(text(axisShapes(spec([], '%', 52)), '%')).toMatchObject({ x: 46, anchor: 'end' });
    expect(text(axisShapes(spec([], 'US$ bn', 52)), 'US$ bn')).toMatchObject({
      x: 16,
      anchor: 'start',
    });
    expect(text(axisShapes(spec([], 'US$ bn', 10)), 'US$ bn')).toMatchObject({
      x: 4,
      anchor: 'start',
    });
  });
});
