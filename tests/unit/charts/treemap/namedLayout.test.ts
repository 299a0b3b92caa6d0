import { describe, expect, it } from 'vitest';
import { buildTreemapSpec } from '../../../../src/lib/charts/treemap/buildTreemapSpec';
import { namedLayout } from '../../../../src/lib/charts/treemap/namedLayout';
import { tileLabels } from '../../../../src/lib/charts/treemap/tileLabels';
import type { TreemapTile } from '../../../../src/lib/charts/treemap/treemapItems';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { adaptTreemap } from '../../../../src/lib/charts/treemap/adaptTreemap';
import type { ChartSpec } from '../../../../src/lib/charts/spec';
import { loadFixture } from '../loadFixture';

/** The tiles drawn with no text of 11 px (a name or a code) inside their box. */
function blankTiles(spec: ChartSpec): string[] {
  const names = (spec.callouts ?? []).filter((c) => c.type === 'text' && c.size === 11);
  return (spec.regions ?? [])
    .filter(
      (r) =>
        !names.some(
          (c) =>
            c.type === 'text' &&
            c.x >= r.box[0] &&
            c.x <= r.box[2] &&
            c.y > r.box[1] &&
            c.y <= r.box[3],
        ),
    )
    .map((r) => r.id);
}

const total = (spec: ChartSpec) => (spec.regions ?? []).reduce((a, r) => a + r.point.value, 0);

describe('namedLayout(tiles, box, labels) through buildTreemapSpec', () => {
  const dots = loadFixture('imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv');
  const dotsConfig = adaptTreemap(dots, { ...defaultChartConfig(dots), type: 'treemap' });
  const comtrade = loadFixture('comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv');
  const comtradeConfig = {
    x: 'Commodity',
    y: ['Trade Value (US$)'],
    filters: { 'Trade Flow': ['Export'] },
  };

  for (const size of [
    { width: 800, height: 420 },
    { width: 358, height: 300 },
  ])
    it(`leaves no tile without a name or a code at ${size.width}×${size.height} px (IMF DOTS partners, Comtrade chapters)`, () => {
      for (const [table, config] of [
        [dots, dotsConfig],
        [comtrade, comtradeConfig],
      ] as const) {
        const spec = buildTreemapSpec(table, config, size);
        expect(spec.regions!.length).toBeGreaterThan(5);
        expect(blankTiles(spec)).toEqual([]);
      }
    });

  it('folds what a small plot cannot name into “Other”, keeping the total and saying what it holds', () => {
    const wide = buildTreemapSpec(dots, dotsConfig, { width: 800, height: 420 });
    const small = buildTreemapSpec(dots, dotsConfig, { width: 358, height: 300 });
    expect(small.regions!.length).toBeLessThan(wide.regions!.length);
    expect(total(small)).toBeCloseTo(total(wide), 0);
    // The arrow keys and the table meet “Other” last, wherever it is drawn.
    expect(small.regions!.at(-1)!.id).toBe('other');
    expect(wide.regions!.at(-1)!.id).toBe('other');
    const held = /“Other” holds (\d+) small categories/.exec(small.notes.join(' '));
    expect(Number(held?.[1])).toBeGreaterThan(100);
  });

  it('puts “Other” last, a strip along the far edge, even when it is the largest tile', () => {
    const tiles: TreemapTile[] = [
      { id: 'a', label: 'Alpha', cents: 300, items: [] },
      { id: 'b', label: 'Beta', cents: 200, items: [] },
      { id: 'other', label: 'Other (9)', cents: 900, items: [], other: true, folded: 9 },
    ];
    const box = { left: 0, top: 0, width: 400, height: 300 };
    const { laid } = namedLayout(tiles, box, (p) => tileLabels(p, '$1'));
    const other = laid.tiles.find((p) => p.tile.other)!;
    // 900 of 1,400: that share of the width (less the gap), the full height, at the right.
    expect(other).toMatchObject({ y: 0, height: 300 });
    expect(other.width).toBeCloseTo((396 * 900) / 1400, 0);
    expect(other.x + other.width).toBeCloseTo(400, 0);
    for (const p of laid.tiles.filter((t) => !t.tile.other))
      expect(p.x + p.width).toBeLessThanOrEqual(other.x - 3);
    expect(laid.tiles[0].tile.id).toBe('a');
    // In a tall box, along the bottom.
    const tall = namedLayout(tiles, { left: 0, top: 0, width: 300, height: 500 }, (p) =>
      tileLabels(p, '$1'),
    ).laid.tiles.find((p) => p.tile.other)!;
    expect(tall).toMatchObject({ x: 0, width: 300 });
    expect(tall.y + tall.height).toBeCloseTo(500, 0);
  });

  it('leaves tiles that can all be named as they are', () => {
    const tiles: TreemapTile[] = [
      { id: 'a', label: 'Alpha', cents: 300, items: [] },
      { id: 'b', label: 'Beta', cents: 200, items: [] },
    ];
    const box = { left: 0, top: 0, width: 400, height: 300 };
    expect(namedLayout(tiles, box, (p) => tileLabels(p, '$1')).tiles).toBe(tiles);
  });
});
