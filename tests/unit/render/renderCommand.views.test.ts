import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCommand, type RenderIo } from '../../../src/render/renderCommand';

const REAL = 'tests/fixtures/real/';
const US_CN = 'comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv';
const WORLD = 'comtrade/fernandobarbalho_tarifas_eua_TradeData_4_4_2025_15_19_17.csv';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, Uint8Array>();
  const io: RenderIo = {
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    readFile: async (p) => new Uint8Array(readFileSync(`${REAL}${p}`)),
    writeFile: async (p, b) => void written.set(p, b),
    today: () => '2025-01-01',
  };
  return { io, out, err, text: (p: string) => new TextDecoder().decode(written.get(p)), written };
}

describe('renderCommand(["FILE", "--type", "map|treemap|balance", …], io)', () => {
  it('render FILE --type balance draws exports − imports with the re-exports explained', async () => {
    const f = fakeIo();
    expect(await renderCommand([US_CN, '--out', 'b.svg', '--type', 'balance'], f.io)).toBe(0);
    const svg = f.text('b.svg');
    expect(svg).toContain('Trade balance');
    expect(svg).toContain('−$396.1 bn');
    expect(svg).toMatch(/Re-Export/);
    expect(svg).toContain('sstaple15_US-CNtrade');
    expect(f.out.join('')).toMatch(/^b\.svg: balance chart/);
  });

  it('render FILE --type treemap draws the HS sections and chapters', async () => {
    const f = fakeIo();
    expect(await renderCommand([US_CN, '--out', 't.svg', '--type', 'treemap'], f.io)).toBe(0);
    const svg = f.text('t.svg');
    expect(svg).toContain('by HS section and chapter');
    expect(svg).toContain('88 Aircraft');
    expect(svg).toContain('Other (');
  });

  it('render FILE --type map --y primaryValue draws a choropleth with its key and the outlines credited', async () => {
    const f = fakeIo();
    const args = [WORLD, '--out', 'm.svg', '--type', 'map', '--y', 'primaryValue'];
    expect(await renderCommand(args, f.io)).toBe(0);
    const svg = f.text('m.svg');
    expect(svg).toContain('No data');
    expect(svg).toContain('Natural Earth');
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(150);
    expect(f.err).toEqual([]);
  });

  it('render FILE --type map --out m.png writes a PNG', async () => {
    const f = fakeIo();
    const args = [WORLD, '--out', 'm.png', '--type', 'map', '--width', '600'];
    expect(await renderCommand(args, f.io)).toBe(0);
    expect([...f.written.get('m.png')!.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });

  it('render FILE --type balance on a table without flows exits 2 and says why', async () => {
    const f = fakeIo();
    const args = ['datahub/datasets-gdp_top-economies.csv', '--out', 'x.svg', '--type', 'balance'];
    expect(await renderCommand(args, f.io)).toBe(2);
    expect(f.err.join('')).toMatch(/^error: cannot draw a balance of this table: .*flow column/);
  });

  it('render --dataset china-russia-annual-mirror draws both reporters with the gap and the CIF/FOB note', async () => {
    const f = fakeIo();
    const args = ['--dataset', 'china-russia-annual-mirror', '--out', 'mirror.svg'];
    expect(await renderCommand(args, f.io)).toBe(0);
    const svg = f.text('mirror.svg');
    for (const word of [
      'China-reported',
      'Russia-reported',
      '+0.7 %',
      'CIF',
      'FOB',
      'International Monetary Fund',
    ])
      expect(svg).toContain(word);
  });
});

describe('renderCommand([FILE, "--type", "scatter"], io) on a table of one measure', () => {
  it('exits 2 and says a scatter needs two columns of figures, naming the one there is', async () => {
    const f = fakeIo();
    const args = [
      'worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv',
      '--out',
      's.svg',
      '--type',
      'scatter',
    ];
    expect(await renderCommand(args, f.io)).toBe(2);
    expect(f.err.join('')).toMatch(
      /^error: cannot draw a scatter of this table: it needs two columns of figures to set against each other; this table has one \(“value”\)\./,
    );
  });
});
