import { describe, expect, it } from 'vitest';
import { atlas } from '../../../src/lib/charts/map/mapAtlas';
import { buildMapSpec } from '../../../src/lib/charts/map/buildMapSpec';
import {
  chartPoints,
  moveCursor,
  pointerPoint,
} from '../../../src/lib/charts/reading/navigatePoints';
import { loadFixture } from './loadFixture';

const table = loadFixture('comtrade/fernandobarbalho_tarifas_eua_TradeData_4_4_2025_15_19_17.csv');
const spec = buildMapSpec(
  table,
  { x: 'reporterDesc', y: ['primaryValue'], filters: { flowDesc: ['Export'] }, atlas },
  { width: 800, height: 420 },
);

describe('pointerPoint(spec, grid, x, y) and the keyboard on a map', () => {
  const grid = chartPoints(spec);

  it('chartPoints gives the countries in reading order, top rows first', () => {
    expect(grid).toHaveLength(1);
    expect(grid[0].length).toBe(spec.regions!.length);
    const rows = grid[0].map((p) => Math.floor(p.y / 40));
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
  });

  it('finds the country under the pointer by its box, the smallest first', () => {
    const brazil = spec.regions!.find((r) => r.id === 'BRA')!;
    const [x0, y0, x1, y1] = brazil.box;
    const at = pointerPoint(spec, grid, (x0 + x1) / 2, (y0 + y1) / 2);
    expect(grid[0][at!.index].seriesLabel).toBe('Brazil');
    expect(pointerPoint(spec, grid, -50, -50)).toBeNull();
  });

  it('the arrows step from one country to the next, each with its source', () => {
    let cursor = moveCursor(grid, null, 'ArrowRight');
    cursor = moveCursor(grid, cursor, 'ArrowRight');
    const p = grid[0][cursor!.index];
    expect(p.valueLabel).toMatch(/^\$/);
    expect(p.source.text).toContain('fernandobarbalho');
  });
});
