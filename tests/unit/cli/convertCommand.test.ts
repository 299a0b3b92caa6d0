import { describe, expect, it } from 'vitest';
import { run } from './cliHelpers';

describe('convert', () => {
  it('convert FILE (wide) prints the table long: keys, period, value; numbers as numbers, missing as null', async () => {
    const { code, stdout, stderr } = await run(['convert', 'w.csv'], {
      'w.csv': 'Country,2020,2021\nChina,"1,234.5",..\n',
    });
    expect([code, stderr]).toEqual([0, '']);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['columns', 'rows', 'provenance']);
    expect(out.columns).toEqual([
      { name: 'Country', type: 'category', role: 'entity' },
      { name: 'period', type: 'period', role: 'time' },
      { name: 'value', type: 'number', role: 'measure' },
    ]);
    expect(out.rows).toEqual([
      ['China', '2020', 1234.5],
      ['China', '2021', null],
    ]);
    expect(out.provenance).toEqual({
      citations: [
        {
          id: 'file',
          kind: 'user-file',
          publisher: 'User-supplied file',
          title: 'w.csv',
          accessed: '2024-05-01',
        },
      ],
      file: {
        name: 'w.csv',
        size: 37,
        encoding: 'utf-8',
        delimiter: ',',
        headerLine: 1,
        shape: 'wide',
        rows: 1,
      },
    });
  });

  it('convert FILE --keep-shape keeps the years as columns', async () => {
    const out = JSON.parse(
      (
        await run(['convert', '--keep-shape', 'w.csv'], {
          'w.csv': 'Country,2020,2021\nChina,1,2\n',
        })
      ).stdout,
    );
    expect(out.columns.map((c: { name: string }) => c.name)).toEqual(['Country', '2020', '2021']);
    expect(out.rows).toEqual([['China', 1, 2]]);
  });

  it('convert FILE (a real World Bank download) gives 266 × 63 long rows', async () => {
    const { stdout } = await run([
      'convert',
      'tests/fixtures/real/worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv',
    ]);
    const out = JSON.parse(stdout);
    expect(out.rows).toHaveLength(266 * 63);
    expect(out.rows.find((r: unknown[]) => r[0] === 'Germany' && r[4] === '2022')).toEqual([
      'Germany',
      'DEU',
      'Exports of goods and services (% of GDP)',
      'NE.EXP.GNFS.ZS',
      '2022',
      50.3378544368446,
    ]);
  });

  it('convert FILE (a long table) prints its rows as they are', async () => {
    const out = JSON.parse(
      (await run(['convert', 'l.csv'], { 'l.csv': 'country,year,v\nChina,2021,1.5\n' })).stdout,
    );
    expect(out.rows).toEqual([['China', '2021', 1.5]]);
  });

  it('convert(a PNG) exits 2 with one error line', async () => {
    const { code, stdout, stderr } = await run(['convert', 'chart.png'], {
      'chart.png': Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a),
    });
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(
      /^error: cannot use "chart\.png": this file is a PNG image, not CSV text: save it as CSV .*\n$/,
    );
  });

  it('convert FILE (too wide to make long) keeps the file’s shape and warns on stderr', async () => {
    const periods = Array.from({ length: 2000 }, (_, i) => String(1000 + i));
    const others = Array.from({ length: 120 }, (_, i) => `m${i}`);
    const header = ['Country', ...others, ...periods].join(',');
    const row = (r: number) =>
      [`C${r}`, ...others.map(() => r), ...periods.map(() => 1.5)].join(',');
    const csv = [header, ...Array.from({ length: 200 }, (_, r) => row(r))].join('\n') + '\n';
    const { code, stdout, stderr } = await run(['convert', 'wide.csv'], { 'wide.csv': csv });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^warning: Kept wide: .*400,000 rows, each repeating the 121 other/);
    const out = JSON.parse(stdout);
    expect(out.columns).toHaveLength(2121);
    expect(out.rows).toHaveLength(200);
  });
});
