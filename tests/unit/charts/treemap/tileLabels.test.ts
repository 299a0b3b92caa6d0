import { describe, expect, it } from 'vitest';
import type { Shape } from '../../../../src/lib/charts/draw/shape';
import { buildTreemapSpec } from '../../../../src/lib/charts/treemap/buildTreemapSpec';
import { tileLabels } from '../../../../src/lib/charts/treemap/tileLabels';
import { loadFixture } from '../loadFixture';

/**
 * Advance widths of DejaVu Sans Bold (the images' font) per 1000 em, as Chromium measures them:
 * the truth a label's estimated width must not fall short of. Bold is wider than the book
 * weight, so it bounds the value lines too.
 */
const BOLD: Record<string, number> = {
  ...Object.fromEntries([...'0123456789$'].map((c) => [c, 696])),
  ' ': 348,
  ',': 380,
  '.': 380,
  ';': 400,
  ':': 400,
  '-': 415,
  '(': 457,
  ')': 457,
  '%': 1002,
  '…': 1000,
  '·': 380,
  '’': 380,
  "'": 306,
  '/': 365,
  '&': 872,
  a: 675,
  b: 716,
  c: 593,
  d: 716,
  e: 678,
  f: 435,
  g: 716,
  h: 712,
  i: 343,
  j: 343,
  k: 665,
  l: 343,
  m: 1042,
  n: 712,
  o: 687,
  p: 716,
  q: 716,
  r: 493,
  s: 595,
  t: 478,
  u: 712,
  v: 652,
  w: 924,
  x: 645,
  y: 652,
  z: 582,
  A: 774,
  B: 762,
  C: 734,
  D: 830,
  E: 683,
  F: 683,
  G: 821,
  H: 837,
  I: 372,
  J: 372,
  K: 775,
  L: 637,
  M: 995,
  N: 837,
  O: 850,
  P: 733,
  Q: 850,
  R: 770,
  S: 720,
  T: 682,
  U: 812,
  V: 774,
  W: 1103,
  X: 771,
  Y: 724,
  Z: 725,
};
const boldWidth = (text: string, size: number) =>
  [...text].reduce((a, ch) => a + (BOLD[ch] ?? 1000), 0) * (size / 1000);

/** Each text's overrun past its tile's right edge less the 4 px padding (≤ 0 when inside). */
function overruns(
  labels: Shape[],
  tiles: { x: number; y: number; width: number; height: number }[],
) {
  return labels.flatMap((s) => {
    if (s.type !== 'text') return [];
    const tile = tiles.find(
      (t) => s.x >= t.x && s.x <= t.x + t.width && s.y > t.y && s.y <= t.y + t.height,
    )!;
    return [{ text: s.text, over: s.x + boldWidth(s.text, s.size) - (tile.x + tile.width - 4) }];
  });
}

const LONG = [
  '90 Optical, photographic, cinematographic, measuring, checking, medical or surgical instruments',
  '27 Mineral fuels, mineral oils and products of their distillation; bituminous substances',
  '85 Electrical machinery and equipment and parts thereof; sound recorders and reproducers',
  'WWW Mammoth Wholesale Homeware & Machinery (Milwaukee–Wembley) Ltd',
];

describe('tileLabels(tile, value) keeps its text inside the tile', () => {
  it('cuts a long name with an ellipsis, or leaves it out, at every tile width', () => {
    for (const label of LONG)
      for (let width = 20; width <= 600; width += 7) {
        const p = { tile: { id: 'x', label, cents: 1, items: [] }, x: 10, y: 0, width, height: 60 };
        const shapes = tileLabels(p, '$12.9 bn');
        for (const { text, over } of overruns(shapes, [p]))
          expect(over, `${text} in ${width} px`).toBeLessThanOrEqual(0);
        // The name's lines, read on, are the name: whole, cut with an ellipsis, or its code.
        const name = shapes
          .flatMap((s) => (s.type === 'text' && s.text !== '$12.9 bn' ? [s.text] : []))
          .join(' ');
        if (name.endsWith('…'))
          expect(label.startsWith(name.slice(0, -1).trimEnd()), `${name} in ${width}`).toBe(true);
        else if (name)
          expect(name === label || label.startsWith(`${name} `), `${name} in ${width}`).toBe(true);
        expect(shapes.length).toBeLessThanOrEqual(4);
      }
  });

  it('breaks a narrow tile’s name between words, and keeps its code where a line would be a stub', () => {
    const label = '87 Vehicles; other than railway or tramway rolling stock';
    const p = { tile: { id: 'x', label, cents: 1, items: [] }, x: 0, y: 0, width: 70, height: 300 };
    expect(tileLabels(p, '$12.9 bn')).toMatchObject([
      { text: '87' },
      { text: 'Vehicles;' },
      { text: expect.stringMatching(/^other.*…$/) },
      { text: '$12.9 bn' },
    ]);
    // One line tall, the name would be a stub: the code stands for it.
    expect(tileLabels({ ...p, height: 30 }, '$12.9 bn')).toMatchObject([{ text: '87' }]);
    const named = {
      ...p,
      height: 30,
      tile: { ...p.tile, label: 'Vehicles and parts of every kind' },
    };
    expect(tileLabels(named, '$12.9 bn')).toEqual([]);
  });

  it('cuts a word wider than its tile on the line below the first, never leaving the tile blank', () => {
    const p = { tile: { id: 'r', label: 'Russian Federation', cents: 1, items: [] }, x: 0, y: 0 };
    expect(tileLabels({ ...p, width: 72, height: 87 }, '$50.6 bn')).toMatchObject([
      { text: 'Russian' },
      { text: 'Federat…' },
      { text: '$50.6 bn' },
    ]);
  });

  it('breaks a long name over the lines a tall tile has room for, the value below', () => {
    const label = '29 Organic chemicals';
    const p = { tile: { id: 'x', label, cents: 1, items: [] }, x: 0, y: 0, width: 90, height: 150 };
    expect(tileLabels(p, '$2.8 bn')).toMatchObject([
      { text: '29 Organic', y: 14 },
      { text: 'chemicals', y: 27 },
      { text: '$2.8 bn', y: 40 },
    ]);
    // A tile one line tall keeps the one line it had.
    expect(tileLabels({ ...p, height: 30 }, '$2.8 bn')).toMatchObject([{ text: '29 Organic…' }]);
  });

  it('leaves a short name whole where it fits', () => {
    const p = { tile: { id: 'x', label: '10 Cereals', cents: 1, items: [] }, x: 0, y: 0 };
    expect(tileLabels({ ...p, width: 120, height: 40 }, '$1.3 bn')).toMatchObject([
      { text: '10 Cereals' },
      { text: '$1.3 bn' },
    ]);
  });
});

describe('buildTreemapSpec labels on the US–China Comtrade file', () => {
  const table = loadFixture('comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv');
  const input = { x: 'Commodity', y: ['Trade Value (US$)'], filters: { 'Trade Flow': ['Export'] } };
  for (const width of [390, 640, 1280])
    it(`end inside their tiles at ${width} px`, () => {
      const spec = buildTreemapSpec(table, input, { width, height: width * 0.6 });
      const tiles = spec.regions!.map((r) => ({
        x: r.box[0],
        y: r.box[1],
        width: r.box[2] - r.box[0],
        height: r.box[3] - r.box[1],
      }));
      const labels = spec.callouts!.filter((s) => s.type === 'text' && s.fill !== 'muted');
      expect(labels.length).toBeGreaterThan(6);
      for (const { text, over } of overruns(labels, tiles))
        expect(over, text).toBeLessThanOrEqual(0);
    });
});
