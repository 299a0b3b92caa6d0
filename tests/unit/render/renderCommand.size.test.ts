import { describe, expect, it } from 'vitest';
import { renderCommand, type RenderIo } from '../../../src/render/renderCommand';

function fakeIo() {
  const err: string[] = [];
  const written = new Map<string, Uint8Array>();
  const io: RenderIo = {
    stdout: () => {},
    stderr: (s) => void err.push(s),
    readFile: async () => {
      throw Object.assign(new Error('nope'), { code: 'ENOENT' });
    },
    writeFile: async (p, b) => void written.set(p, b),
  };
  return { io, err, written };
}

const svgSize = (svg: string) =>
  /<svg\b[^>]*\swidth="(\d+)"[^>]*\sheight="(\d+)"/.exec(svg)!.slice(1).map(Number);

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
};

const PRESETS: [string, number, number][] = [
  ['landscape', 1600, 900],
  ['social', 1200, 630],
  ['square', 1080, 1080],
  ['a4', 794, 1123],
  ['letter', 816, 1056],
];

describe('renderCommand([..., --size PRESET])', () => {
  for (const [id, width, height] of PRESETS)
    it(`--size ${id} lays the annual chart out for ${width} × ${height}, not a stretched picture`, async () => {
      const f = fakeIo();
      const args = ['--dataset', 'china-russia-annual', '--out', 'a.svg', '--size', id];
      expect(await renderCommand(args, f.io)).toBe(0);
      const svg = new TextDecoder().decode(f.written.get('a.svg'));
      const [w, h] = svgSize(svg);
      expect(w).toBe(width);
      // Laid out for the height: within a line of it, never far past it.
      expect(Math.abs(h - height)).toBeLessThanOrEqual(24);
      expect(svg).toContain('China–Russia');
    });

  it('--scale 1 writes a PNG of the preset’s own pixels; the default is twice them', async () => {
    const f = fakeIo();
    const base = ['--dataset', 'release', '--size', 'social'];
    expect(await renderCommand([...base, '--out', 'one.png', '--scale', '1'], f.io)).toBe(0);
    expect(await renderCommand([...base, '--out', 'two.png'], f.io)).toBe(0);
    const [w1] = pngSize(f.written.get('one.png')!);
    const [w2] = pngSize(f.written.get('two.png')!);
    expect([w1, w2]).toEqual([1200, 2400]);
  });

  it('refuses an unknown preset, a scale out of range and a size with a width, saying why', async () => {
    const cases: [string[], RegExp][] = [
      [['--size', 'poster'], /--size must be one of landscape, social, square, a4, letter/],
      [['--scale', '9'], /--scale must be 1, 2, 3 or 4/],
      [['--size', 'square', '--width', '900'], /give --size or them, not both/],
      // A preset or scale left out names the values it takes, even before another option.
      [['--size'], /--size needs a value, one of landscape, social, square, a4, letter/],
      [['--scale', '--title', 'T'], /--scale needs a value, one of 1, 2, 3, 4: --scale 1\./],
    ];
    for (const [extra, message] of cases) {
      const f = fakeIo();
      const status = await renderCommand(
        ['--dataset', 'release', '--out', 'x.png', ...extra],
        f.io,
      );
      expect(status).toBe(2);
      expect(f.err.join('')).toMatch(message);
      expect(f.written.size).toBe(0);
    }
  });
});
