import { describe, expect, it } from 'vitest';
import { axisShapes } from '../../../../src/lib/charts/draw/axisShapes';
import type { Shape } from '../../../../src/lib/charts/draw/shape';
import { textWidth } from '../../../../src/lib/charts/layout/textWidth';
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

  it('moves the label before an end-anchored last one left, still over its tick', () => {
    // Yearly ticks 34 px apart: 2023, ended at its tick, reaches back over 2022's label.
    const ticks: [number, string][] = [2012, 2013, 2020, 2021, 2022, 2023].map((y, i, all) => [
      624 - (all.length - 1 - i) * 34,
      String(y),
    ]);
    const shapes = axisShapes(spec(ticks, ''));
    const last = text(shapes, '2023');
    expect(last).toMatchObject({ x: 624, anchor: 'end' });
    // 2022, the year before the latest, keeps its label: moved left, its middle near its tick.
    const before = text(shapes, '2022');
    expect(before.anchor).toBe('middle');
    expect(before.x).toBeLessThan(590);
    const half = textWidth('2022', 11) / 2;
    expect(before.x).toBeGreaterThan(590 - half);
    // The two no longer touch.
    expect(before.x + half).toBeLessThan(624 - textWidth('2023', 11));
    expect(text(shapes, '2021')).toMatchObject({ anchor: 'middle' });
  });

  it('drops the label before an end-anchored last one when moving it would leave its tick', () => {
    // Ticks 20 px apart: no room for 2022's label beside 2023's.
    const ticks: [number, string][] = [2012, 2020, 2021, 2022, 2023].map((y, i, all) => [
      624 - (all.length - 1 - i) * 20,
      String(y),
    ]);
    const shapes = axisShapes(spec(ticks, ''));
    expect(text(shapes, '2023')).toMatchObject({ x: 624, anchor: 'end' });
    expect(text(shapes, '2022')).toBeUndefined();
    // Its tick stays.
    expect(shapes.filter((s) => s.type === 'line' && s.x1 === 604)).toHaveLength(1);
  });

  it('starts a label too near the left edge at that edge, still over its tick', () => {
    const shapes = axisShapes(spec([[20, 'January 2012']], '', 20));
    expect(text(shapes, 'January 2012')).toMatchObject({ x: 16, anchor: 'start' });
  });

  it('moves a label near the right end in only as far as the text edge, not to its tick', () => {
    // 2020 two years before a plot's end: centred it would pass 624 by a few px.
    const w = textWidth('2020', 11);
    const shapes = axisShapes(spec([[624 - w / 2 + 4, '2020']], ''));
    expect(text(shapes, '2020')).toMatchObject({ x: 624, anchor: 'end' });
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

  it('puts a slope chart’s unit beside its first period’s heading, not over it', () => {
    const slope = { ...spec([], 'Share of GDP (%)', 209), kind: 'slope' } as ChartSpec;
    const unit = text(axisShapes(slope), 'Share of GDP (%)');
    expect(unit).toMatchObject({ anchor: 'start', y: 20 - 18 });
    // The heading, centred on the plot's left edge, begins where the unit has ended.
    expect(unit.x + textWidth('Share of GDP (%)', 11)).toBeLessThan(209 - 24);
    // With no room beside it, none: each end's label says its unit (`126.0 %`).
    const narrow = { ...spec([], 'Share of GDP (%)', 90), kind: 'slope' } as ChartSpec;
    expect(text(axisShapes(narrow), 'Share of GDP (%)')).toBeUndefined();
  });
});
