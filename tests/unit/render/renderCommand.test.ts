import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCommand, type RenderIo } from '../../../src/render/renderCommand';

function fakeIo(files: Record<string, Uint8Array> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, Uint8Array>();
  const io: RenderIo = {
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    readFile: async (p) => {
      if (files[p]) return files[p];
      throw Object.assign(new Error('nope'), { code: 'ENOENT' });
    },
    writeFile: async (p, b) => void written.set(p, b),
    today: () => '2025-01-01',
  };
  return { io, out, err, written, text: (p: string) => new TextDecoder().decode(written.get(p)) };
}

describe('renderCommand(args, io)', () => {
  it('render --dataset release --out r.svg writes the release chart with its source drawn in', async () => {
    const f = fakeIo();
    expect(await renderCommand(['--dataset', 'release', '--out', 'r.svg'], f.io)).toBe(0);
    const svg = f.text('r.svg');
    for (const word of ['190', 'CGTN', 'PR Newswire', '2023', '+116 %'])
      expect(svg).toContain(word);
    expect(f.out.join('')).toMatch(/^r\.svg: column chart/);
  });

  it('render --dataset china-russia-annual --type column --title T --source S --width 900 --height 500', async () => {
    const f = fakeIo();
    const args = [
      '--dataset',
      'china-russia-annual',
      '--out',
      'a.svg',
      '--type',
      'column',
      '--title',
      'My title',
      '--source',
      'My source',
      '--width',
      '900',
      '--height',
      '500',
    ];
    expect(await renderCommand(args, f.io)).toBe(0);
    const svg = f.text('a.svg');
    expect(svg).toMatch(/^<svg [^>]*width="900"/);
    expect(svg).toContain('>My title</text>');
    expect(svg).toMatch(/Sources: My source; General Administration/);
  });

  for (const locale of ['de-DE', 'fr-FR', 'ru-RU'])
    it(`render FILE --locale ${locale} writes the axis as a reader of ${locale} does`, async () => {
      const ticksOf = async (csv: string) => {
        const f = fakeIo({ 'v.csv': new TextEncoder().encode(csv) });
        const args = ['v.csv', '--out', 'v.svg', '--locale', locale, '--y', 'value'];
        expect(await renderCommand(args, f.io)).toBe(0);
        return [...f.text('v.svg').matchAll(/>([\d.,\u202f\u00a0 ]+)</g)].map((m) => m[1]);
      };
      // A count in the thousands is written whole, grouped as the reader groups digits.
      const counts = await ticksOf('year,value\n2019,1234.5\n2020,1500.25\n2021,2345.75\n');
      expect(counts).toContain(new Intl.NumberFormat(locale).format(1500));
      expect(counts).not.toContain('1,500');
      // Steps of a half: a decimal comma.
      const small = await ticksOf('year,value\n2019,1.2345\n2020,1.5\n2021,2.3\n');
      expect(small).toContain('1,5');
      expect(small).not.toContain('1.5');
    });

  it('render FILE --out OUT.png imports the file and draws a PNG, citing the file', async () => {
    const path = 'tests/fixtures/real/comtrade/shjain6670_IBE-China_comtrade_S4_CHN-DEU_2010.csv';
    const f = fakeIo({ [path]: new Uint8Array(readFileSync(path)) });
    expect(await renderCommand([path, '--out', 'c.png', '--width', '600'], f.io)).toBe(0);
    expect(Array.from(f.written.get('c.png')!.slice(1, 4))).toEqual([80, 78, 71]);
    expect(f.out.join('')).toContain('line chart “China exports by partner”');
  });

  const bad = [
    { args: [], message: /needs a FILE or --dataset ID/ },
    {
      args: ['--dataset', 'nope', '--out', 'x.svg'],
      message: /there is no dataset "nope": the datasets are release, china-russia-annual/,
    },
    {
      args: ['--dataset', 'release', '--out', 'x.gif'],
      message: /--out must end in \.svg or \.png/,
    },
    {
      args: ['--dataset', 'release', '--out', 'x.svg', '--x', 'nope'],
      message: /--x "nope" is not a column; the columns are: period, value/,
    },
    {
      args: ['--dataset', 'release', '--out', 'x.svg', '--type', 'pie'],
      message: /--type must be one of line, column, bar, area, slope, scatter/,
    },
    {
      args: ['--dataset', 'release', '--out', 'x.svg', '--width', 'wide'],
      message: /--width must be a whole number/,
    },
    {
      args: ['--dataset', 'release', '--out', 'x.svg', '--locale', 'not a locale'],
      message: /--locale must be a language tag such as de-DE/,
    },
    {
      args: ['missing.csv', '--out', 'x.svg'],
      message: /cannot read "missing.csv": there is no such file/,
    },
  ];
  for (const { args, message } of bad)
    it(`render ${args.join(' ')} exits 2 with one error line`, async () => {
      const f = fakeIo();
      expect(await renderCommand(args, f.io)).toBe(2);
      expect(f.err).toHaveLength(1);
      expect(f.err[0]).toMatch(/^error: .*\n$/);
      expect(f.err[0]).toMatch(message);
    });
});
