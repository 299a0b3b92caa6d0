import { describe, expect, it } from 'vitest';
import { annualChartSpec } from '../../../../src/lib/dashboard/dashboardSpecs';
import {
  chartPoints,
  describePoint,
  moveCursor,
  nearestPoint,
} from '../../../../src/lib/charts/reading/navigatePoints';

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

describe('describePoint(point)', () => {
  it('says series, period, value and source', () => {
    expect(describePoint(grid[0][0])).toMatch(
      /^GACC, as reported, 2012: \$88\.1 bn\. Source: MOFCOM/,
    );
  });
});
