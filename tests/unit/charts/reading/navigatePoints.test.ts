import { describe, expect, it } from 'vitest';
import { annualChartSpec } from '../../../../src/lib/dashboard/dashboardSpecs';
import {
  chartPoints,
  describePoint,
  moveCursor,
  nearestPoint,
  pointerPoint,
} from '../../../../src/lib/charts/reading/navigatePoints';
import { buildBarSpec } from '../../../../src/lib/charts/bar/buildBarSpec';
import { buildColumnSpec } from '../../../../src/lib/charts/column/buildColumnSpec';
import { tradeTable } from '../tradeTable';

const grid = chartPoints(annualChartSpec({ width: 640, height: 360 }));

describe('moveCursor(grid, cursor, key)', () => {
  it('starts on the first point of the first series', () => {
    expect(moveCursor(grid, null, 'ArrowRight')).toEqual({ series: 0, index: 0 });
  });
  it('walks a series with left/right and stops at its ends', () => {
    expect(moveCursor(grid, { series: 0, index: 0 }, 'ArrowLeft')).toEqual({ series: 0, index: 0 });
    expect(moveCursor(grid, { series: 0, index: 0 }, 'End')).toEqual({ series: 0, index: 10 });
  });
  it('moves to the nearest point in time of the next series with down', () => {
    const c = moveCursor(grid, { series: 0, index: 1 }, 'ArrowDown');
    expect(c?.series).toBe(1);
    expect(grid[1][c!.index].period).toBe('2013');
  });
});

describe('nearestPoint(grid, x, y)', () => {
  it('finds the point under the pointer', () => {
    const p = grid[0][4];
    expect(nearestPoint(grid, p.x, p.y)).toEqual({ series: 0, index: 4 });
  });
});

describe('pointerPoint(spec, grid, x, y) on bars', () => {
  const trade = tradeTable();
  const config = {
    x: 'Partner',
    y: ['Trade Value (US$)'],
    filters: { 'Trade Flow': ['Export'], Year: ['2022'] },
  };
  const SIZE = { width: 640, height: 340 };

  it('finds the horizontal bar under the pointer, not the bar end nearest to it', () => {
    const spec = buildBarSpec(trade, { ...config, variant: 'ranked' }, SIZE);
    const grid = chartPoints(spec);
    const [long, short] = spec.bars;
    expect(short.width).toBeLessThan(long.width * 0.8);
    // A fifth of the way along the longest bar: nearer the end of the next, shorter one.
    const x = long.x + long.width / 5;
    const y = long.y + long.height / 2;
    expect(nearestPoint(grid, x, y)).not.toEqual({ series: 0, index: 0 });
    expect(pointerPoint(spec, grid, x, y)).toEqual({ series: 0, index: 0 });
    // Past a short bar's end, in its row: that bar still.
    const last = spec.bars.length - 1;
    const tip = spec.bars[last];
    expect(pointerPoint(spec, grid, tip.x + tip.width + 40, tip.y + 1)).toEqual({
      series: 0,
      index: last,
    });
  });

  it('finds the column under the pointer, down to its foot', () => {
    const spec = buildColumnSpec(
      trade,
      { ...config, filters: { 'Trade Flow': ['Export'] }, x: 'Year', series: 'Partner' },
      SIZE,
    );
    const grid = chartPoints(spec);
    // Near a tall column's foot, the top of a short one beside it is nearer.
    const wrong = spec.bars.filter((b, i) => {
      const near = nearestPoint(grid, b.x + b.width / 2, b.y + b.height - 1);
      return b.height >= 2 && near?.index !== i;
    });
    expect(wrong.length).toBeGreaterThan(0);
    spec.bars.forEach((b, i) => {
      if (b.height < 2) return;
      expect(pointerPoint(spec, grid, b.x + b.width / 2, b.y + b.height - 1)).toEqual({
        series: 0,
        index: i,
      });
    });
  });
});

describe('describePoint(point)', () => {
  it('says series, period, value and source', () => {
    expect(describePoint(grid[0][0])).toMatch(
      /^GACC, as reported, 2012: \$88\.1 bn\. Source: MOFCOM/,
    );
  });
});
