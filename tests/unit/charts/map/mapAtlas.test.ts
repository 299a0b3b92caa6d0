import { describe, expect, it } from 'vitest';
import { EUROPE_ISO3 } from '../../../../src/lib/charts/map/europe';
import { buildMapSpec } from '../../../../src/lib/charts/map/buildMapSpec';
import { atlas } from '../../../../src/lib/charts/map/mapAtlas';
import { countryTable } from './countryTable';

type Box = { left: number; top: number; width: number; height: number };
const SIZES = [
  [320, 260],
  [390, 300],
  [640, 400],
  [1280, 520],
  [1280, 1200],
] as const;

/** How far a shape's bounds stay inside a box, at its closest edge (negative when past it). */
const inset = ([x0, y0, x1, y1]: number[], b: Box) =>
  Math.min(x0 - b.left, y0 - b.top, b.left + b.width - x1, b.top + b.height - y1);

describe('atlas.draw(box, frame) keeps what it draws inside the box', () => {
  it('draws the whole world inside the box at every size', () => {
    for (const [width, height] of SIZES) {
      const box = { left: 4, top: 4, width: width - 8, height: height - 60 };
      for (const s of atlas.draw(box, 'world').shapes)
        expect(inset(s.box, box), `${s.name} at ${width}`).toBeGreaterThanOrEqual(0);
    }
  });

  it('holds every European country whole in a Europe frame: Norway’s North Cape, Azerbaijan', () => {
    for (const [width, height] of SIZES) {
      const box = { left: 4, top: 4, width: width - 8, height: height - 60 };
      const shapes = atlas.draw(box, 'europe').shapes;
      for (const s of shapes) {
        expect(inset(s.box, box), `${s.name} at ${width}`).toBeGreaterThanOrEqual(0);
        // Russia runs on past the Urals: the frame cuts it, as it cuts Europe's neighbours.
        if (EUROPE_ISO3.has(s.key) && s.key !== 'RUS')
          expect(inset(s.box, box), `${s.name} cut at ${width}`).toBeGreaterThan(0.5);
      }
      expect(shapes.map((s) => s.key)).toEqual(expect.arrayContaining(['NOR', 'AZE', 'ISL']));
    }
  });
});

describe('buildMapSpec(table) frames Europe with no country cut at the frame', () => {
  const codes = ['NO', 'SE', 'FI', 'IS', 'PT', 'CY', 'AZ', 'GE', 'TR', 'DE', 'EL'];
  const table = countryTable(codes.map((c, i) => [c, '2022', (i + 1) * 1e9]));
  for (const [width, height] of SIZES)
    it(`at ${width} × ${height}`, () => {
      const spec = buildMapSpec(table, { x: 'Partner', y: ['Value'], atlas }, { width, height });
      expect(spec.regions).toHaveLength(codes.length);
      for (const r of spec.regions!)
        expect(inset(r.box, spec.plot), `${r.id} at ${width}`).toBeGreaterThan(0.5);
    });
});
