import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addableItems,
  foldInto,
  foldSmall,
  rollUp,
  type TreemapItem,
} from '../../../../src/lib/charts/treemap/treemapItems';
import { HS_SECTIONS } from '../../../../src/lib/charts/treemap/hsSections';

const item = fc.record({
  code: fc.integer({ min: 10100, max: 979999 }).map((n) => String(n).padStart(6, '0')),
  cents: fc.integer({ min: 1, max: 1e14 }),
});
const items = fc
  .uniqueArray(item, { selector: (i) => i.code, minLength: 1, maxLength: 300 })
  .map((list) => list.map((i): TreemapItem => ({ label: `HS ${i.code}`, rows: 1, ...i })));
const sum = (list: { cents: number }[]) => list.reduce((a, i) => a + BigInt(i.cents), 0n);

describe('rollUp(items, "HS", names) and foldSmall(tiles)', () => {
  it('tiles, sections and “Other” add up to the input, to the cent', () =>
    fc.assert(
      fc.property(items, (list) => {
        const tiles = rollUp(list, 'HS', new Map());
        expect(sum(tiles)).toBe(sum(list));
        for (const t of tiles) {
          expect(sum(t.items)).toBe(BigInt(t.cents));
          const chapter = Number(t.items[0].code!.slice(0, 2));
          expect(chapter).toBeGreaterThanOrEqual(t.section!.from);
          expect(chapter).toBeLessThanOrEqual(t.section!.to);
        }
        for (const s of HS_SECTIONS) {
          const own = list.filter((i) => {
            const c = Number(i.code!.slice(0, 2));
            return c >= s.from && c <= s.to;
          });
          expect(sum(tiles.filter((t) => t.section === s))).toBe(sum(own));
        }
        const folded = foldSmall(tiles);
        expect(sum(folded)).toBe(sum(list));
        expect(folded.flatMap((t) => t.items)).toHaveLength(list.length);
      }),
      { numRuns: 200, seed: 15 },
    ));

  it('rollUp names a chapter by its own row and pads a one-digit chapter (`1` → `01`)', () => {
    const tiles = rollUp(
      [{ label: 'Horses', code: '1', cents: 5, rows: 1 }],
      'HS',
      new Map([['01', 'Animals; live']]),
    );
    expect(tiles[0].label).toBe('01 Animals; live');
    expect(tiles[0].section?.id).toBe('I');
  });
});

describe('addableItems(items, system)', () => {
  it('sets aside totals of other rows (84 beside 8471, TOTAL) and values at or below zero', () => {
    const list: TreemapItem[] = [
      { label: 'Machinery', code: '84', cents: 300, rows: 1 },
      { label: 'Computers', code: '8471', cents: 200, rows: 1 },
      { label: 'Pumps', code: '8413', cents: 100, rows: 1 },
      { label: 'All Commodities', code: 'TOTAL', cents: 900, rows: 1 },
      { label: 'Returns', code: '9801', cents: -5, rows: 1 },
    ];
    const { kept, totals, nonPositive } = addableItems(list, 'HS');
    expect(kept.map((i) => i.code)).toEqual(['8471', '8413']);
    expect(totals.map((i) => i.code)).toEqual(['84', 'TOTAL']);
    expect(nonPositive.map((i) => i.code)).toEqual(['9801']);
  });
});

describe('foldInto(tiles, small)', () => {
  const tile = (id: string, cents: number) => ({
    id,
    label: id,
    cents,
    items: [{ label: id, cents, rows: 1 }],
  });
  const [a, b, c, d] = [tile('a', 50), tile('b', 30), tile('c', 5), tile('d', 4)];

  it('folds small tiles into one “Other”, last, with their sum, items and count', () => {
    const out = foldInto([a, b, c, d], [c, d]);
    expect(out.map((t) => t.label)).toEqual(['a', 'b', 'Other (2)']);
    expect(out[2]).toMatchObject({ cents: 9, other: true, folded: 2 });
    expect(out[2].items.map((i) => i.label)).toEqual(['c', 'd']);
  });

  it('adds to an “Other” already made, counting what it held', () => {
    const once = foldInto([a, b, c, d], [c, d]);
    const twice = foldInto(once, [b]);
    expect(twice.map((t) => t.label)).toEqual(['a', 'Other (3)']);
    expect(twice[1].cents).toBe(39);
  });

  it('leaves a single tile where it is: an “Other” of one is no fold', () => {
    const tiles = [a, b, c];
    expect(foldInto(tiles, [c])).toBe(tiles);
  });
});
