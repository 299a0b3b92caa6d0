import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTES, type Theme } from '../../../../src/lib/charts/draw/palette';

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** A map's classes from zero outwards: the blues from zero up, the oranges below it. */
const ramps = (theme: Theme) => {
  const p = PALETTES[theme];
  return {
    blue: [0, 1, 2, 3, 4].map((k) => p[`seq-${k}`]),
    orange: [0, 1, 2].map((k) => p[`neg-${k}`]),
  };
};

describe('PALETTES: the context line (World beside the economies)', () => {
  for (const theme of ['light', 'dark'] as const)
    it(`in ${theme}, stands 3:1 against the ground (WCAG 1.4.11), quieter than the text`, () => {
      const { bg, context, fg } = PALETTES[theme];
      expect(contrast(context, bg)).toBeGreaterThanOrEqual(3);
      expect(contrast(context, bg)).toBeLessThan(contrast(fg, bg) / 2);
    });
});

describe('PALETTES: a map’s classes', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`in ${theme}, the classes nearest zero stand 3:1 against the ground (WCAG 1.4.11)`, () => {
      const { bg } = PALETTES[theme];
      const { blue, orange } = ramps(theme);
      expect(contrast(blue[0], bg)).toBeGreaterThanOrEqual(3);
      expect(contrast(orange[0], bg)).toBeGreaterThanOrEqual(3);
    });

    it(`in ${theme}, the classes nearest zero stand apart from the no-data pattern’s stripes`, () => {
      // The pattern is the ground striped in the grid colour (shapeToSvg, ChartDefs.svelte).
      const { grid } = PALETTES[theme];
      const { blue, orange } = ramps(theme);
      expect(contrast(blue[0], grid)).toBeGreaterThanOrEqual(2);
      expect(contrast(orange[0], grid)).toBeGreaterThanOrEqual(2);
    });
  }

  for (const theme of ['light', 'dark'] as const)
    it(`in ${theme}, grow stronger away from zero, each told from the next`, () => {
      const { bg } = PALETTES[theme];
      for (const ramp of Object.values(ramps(theme)))
        for (let k = 1; k < ramp.length; k++) {
          expect(contrast(ramp[k], bg)).toBeGreaterThan(contrast(ramp[k - 1], bg));
          expect(contrast(ramp[k], ramp[k - 1])).toBeGreaterThanOrEqual(1.3);
        }
    });

  for (const theme of ['light', 'dark'] as const)
    it(`in ${theme}, are blue from zero up and orange below it`, () => {
      const channels = (hex: string) => [1, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const { blue, orange } = ramps(theme);
      for (const c of blue) expect(channels(c)[1]).toBeGreaterThan(channels(c)[0]);
      for (const c of orange) expect(channels(c)[0]).toBeGreaterThan(channels(c)[1]);
    });

  it('are the colours chart.css gives the page, in light and in dark', () => {
    const css = readFileSync('src/lib/components/chart/chart.css', 'utf8');
    const [light, dark] = css.split('prefers-color-scheme: dark');
    const read = (block: string, name: string) =>
      new RegExp(`--${name}: (#[0-9a-f]{6});`).exec(block)?.[1];
    for (const name of [...Array(5).keys()]
      .map((k) => `seq-${k}`)
      .concat(['neg-0', 'neg-1', 'neg-2'])) {
      expect(read(light, name), name).toBe(PALETTES.light[name]);
      expect(read(dark, name), name).toBe(PALETTES.dark[name]);
    }
  });
});
