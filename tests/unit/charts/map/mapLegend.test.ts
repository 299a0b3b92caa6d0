import { describe, expect, it } from 'vitest';
import { EDGE_INSET } from '../../../../src/lib/charts/layout/edgeInset';
import { textWidth } from '../../../../src/lib/charts/layout/textWidth';
import { buildMapSpec } from '../../../../src/lib/charts/map/buildMapSpec';
import { atlas } from '../../../../src/lib/charts/map/mapAtlas';
import { renderSvg } from '../../../../src/render/renderSvg';
import { countryTable } from './countryTable';

const table = countryTable(
  ['DEU', 'CHN', 'USA', 'BRA', 'IND', 'FRA', 'JPN'].map((c, i) => [c, '2022', (i + 1) * 1e9]),
);
const input = { x: 'Partner', y: ['Value'], atlas };

describe('mapLegend: the map key, as buildMapSpec places it', () => {
  for (const width of [320, 390, 640, 1280])
    it(`starts at the title's inset and ends as far from the right edge, at ${width} px`, () => {
      const spec = buildMapSpec(table, input, { width, height: 400 });
      const key = spec.callouts!;
      const lefts = key.flatMap((s) => (s.type === 'rect' ? [s.x] : []));
      expect(Math.min(...lefts)).toBe(EDGE_INSET);
      for (const s of key)
        if (s.type === 'text')
          expect(s.x + textWidth(s.text, s.size!)).toBeLessThanOrEqual(width - EDGE_INSET);
    });

  it('lines up with the title in a standalone image', () => {
    const svg = renderSvg(buildMapSpec(table, input, { width: 640, height: 400 }));
    const title = /<text x="([\d.]+)"[^>]*font-weight="700"/.exec(svg)![1];
    const swatch = /<rect x="([\d.]+)" y="[\d.]+" width="14" height="10"/.exec(svg)![1];
    expect(swatch).toBe(title);
  });
});

describe('classLabels(classes, format, openEnds)', () => {
  const keyTexts = (t: typeof table, period?: string) =>
    buildMapSpec(t, { ...input, period }, { width: 1280, height: 500 })
      .callouts!.flatMap((s) => (s.type === 'text' ? [s.text] : []))
      .filter((s) => s !== 'No data');

  it('gives a one-period map its lowest and highest values at the ends of the key', () => {
    const texts = keyTexts(table);
    expect(texts[0]).toMatch(/^1 bn – /);
    expect(texts.at(-1)).toMatch(/ – 7 bn$/);
  });

  it('gives classes kept over several periods open ends: no value from another period', () => {
    const countries = ['DEU', 'CHN', 'USA', 'BRA', 'IND', 'FRA', 'JPN'];
    const years = countries.flatMap((c, i): [string, string, number][] => [
      [c, '2021', (i + 1) * 1e9],
      // One country far above the others in 2022 only.
      [c, '2022', c === 'JPN' ? 500e9 : (i + 1) * 1e9],
    ]);
    const texts = keyTexts(countryTable(years), '2021');
    expect(texts[0]).toMatch(/^under /);
    expect(texts.at(-1)).toMatch(/ and over$/);
    expect(texts.join(' ')).not.toContain('500');
  });
});
