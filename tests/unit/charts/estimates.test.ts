import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../../src/lib/charts/buildChartSpec';
import { defaultChartConfig } from '../../../src/lib/charts/defaults/defaultChartConfig';
import { markShapes } from '../../../src/lib/charts/draw/markShapes';
import { qualifierNote } from '../../../src/lib/charts/words/qualifierNote';
import { makeNumberColumn, makeTextColumn } from '../../../src/lib/data/makeColumn';
import type { Table } from '../../../src/lib/data/table';
import { specRows } from '../../../src/lib/export/specRows';
import { tableRows } from '../../../src/lib/export/tableRows';
import { renderSvg } from '../../../src/render/renderSvg';
import { loadFixture } from './loadFixture';
import { CITATION } from './tradeTable';
import { importOk } from '../data/import/importHelpers';

const SIZE = { width: 640, height: 360 };

/** Two countries over 2018–2023; A's values from 2021 and B's from 2022 flagged `e`, one `p`. */
function flaggedTable(): Table {
  const years = ['2018', '2019', '2020', '2021', '2022', '2023'];
  const value = makeNumberColumn(
    'value',
    [10, 12, 13, 15, 16, 18, 5, 6, 6.5, 7, 8, 9].map((v) => v * 1e9),
  );
  // -1 none, 0 `e`, 1 `p`.
  const codes = [-1, -1, -1, 0, 0, 0, -1, 1, -1, -1, 0, 0];
  value.flags = { codes: Int32Array.from(codes), dictionary: ['e', 'p'] };
  return {
    id: 'flagged',
    name: 'flagged',
    rowCount: 12,
    columns: [
      Object.assign(
        makeTextColumn('country', 'category', [...years.map(() => 'A'), ...years.map(() => 'B')]),
        {
          role: 'entity' as const,
        },
      ),
      Object.assign(makeTextColumn('year', 'period', [...years, ...years], Number), {
        role: 'time' as const,
      }),
      Object.assign(value, { role: 'measure' as const, unit: 'USD' }),
    ],
    provenance: { citations: [CITATION] },
    issues: [],
  };
}

const line = { type: 'line' as const, x: 'year', y: ['value'], series: 'country' };

describe('buildChartSpec(table with estimates, line)', () => {
  const spec = buildChartSpec(flaggedTable(), line, SIZE);
  const [a, b] = spec.series;

  it('draws reported stretches solid and the stretches into and through estimates dashed', () => {
    // A: 2018–2020 solid; 2020→2021→2022→2023 dashed (into the first estimate, then through).
    expect(a.path.match(/[ML]/g)).toHaveLength(3);
    expect(a.estimatePath?.match(/[ML]/g)).toHaveLength(4);
    expect(b.estimatePath?.match(/[ML]/g)).toHaveLength(3);
    const shapes = markShapes(spec);
    const dashed = shapes.filter((s) => s.type === 'path' && s.dash === '5 4');
    expect(dashed).toHaveLength(2);
    // Dashes now mean estimates: every series' own line is solid.
    expect(spec.series.every((s) => s.dash === 'solid')).toBe(true);
  });

  it('marks estimate points hollow and names them in the tooltip, key, notes and table', () => {
    const est = a.points.find((p) => p.period === '2021')!;
    expect(est).toMatchObject({ qualifier: 'estimate', flag: 'e' });
    expect(b.points.find((p) => p.period === '2019')).toMatchObject({
      qualifier: 'provisional',
      flag: 'p',
    });
    const dot = markShapes(spec).find(
      (s) => s.type === 'circle' && s.cx === est.x && s.cy === est.y,
    );
    expect(dot).toMatchObject({ fill: 'bg', stroke: 'series-0' });
    expect(spec.legend.at(-1)).toMatchObject({
      id: 'estimate',
      symbol: 'estimate',
      toggles: false,
    });
    expect(spec.notes).toContain(
      'Dashed lines and open dots: estimates after 2020 (A); after 2021 (B), as the file says.',
    );
    const row2021 = spec.table.rows.find((r) => r[0] === '2021')!;
    expect(row2021.slice(1)).toEqual(['15,000,000,000 (estimate)', '7,000,000,000']);
  });

  it('says each value’s qualifier and flag in the CSV rows', () => {
    const rows = specRows(spec);
    expect(rows.columns).toEqual([
      'period',
      'series',
      'value',
      'unit',
      'qualifier',
      'source',
      'source_url',
      'flag',
    ]);
    const b2022 = rows.rows.find((r) => r[0] === '2022' && r[1] === 'B')!;
    expect([b2022[3], b2022[4], b2022[7]]).toEqual(['USD', 'estimate', 'e']);
    const full = tableRows(flaggedTable(), ['year', 'value']);
    expect(full.columns).toEqual(['year', 'value', 'value flag']);
    expect(full.rows[3]).toEqual(['2021', 15e9, 'e']);
  });

  it('writes the dashes, the open dots, the key and the note into the SVG file', async () => {
    const svg = renderSvg(spec, { uid: 'line-estimates' });
    expect(svg).toContain('stroke-dasharray="5 4"');
    expect(svg).toContain('Estimate</text>');
    expect(svg).toContain('Note: Dashed lines and open dots: estimates after 2020');
    await expect(svg).toMatchFileSnapshot('__snapshots__/line-estimates.svg');
  });
});

describe('buildChartSpec(table with estimates, column)', () => {
  const spec = buildChartSpec(
    flaggedTable(),
    { type: 'column', x: 'year', y: ['value'], filters: { country: ['A'] } },
    SIZE,
  );

  it('draws estimated columns lighter, with a key entry, a note and the word in the table', async () => {
    const rects = markShapes(spec).filter((s) => s.type === 'rect');
    expect(rects.map((r) => r.opacity)).toEqual([
      undefined,
      undefined,
      undefined,
      0.45,
      0.45,
      0.45,
    ]);
    expect(spec.legend.at(-1)).toMatchObject({ id: 'estimate', symbol: 'estimate-bar' });
    expect(spec.notes).toContain('Lighter bars: estimates after 2020, as the file says.');
    expect(spec.table.rows[3][1]).toMatch(/\(estimate\)$/);
    const svg = renderSvg(spec, { uid: 'column-estimates' });
    await expect(svg).toMatchFileSnapshot('__snapshots__/column-estimates.svg');
  });
});

describe('the IMF WEO download charted by default', () => {
  it('draws every year after "Estimates Start After" dashed and says so', async () => {
    const t = loadFixture('imf/david880110_WEO_Data.csv');
    const spec = buildChartSpec(t, defaultChartConfig(t), SIZE);
    // Lines 927 (United States), 177 (China), 382 (India) … each end `…,2018`: estimates after 2018.
    expect(spec.notes).toContain(
      'Dashed lines and open dots: estimates after 2018, as the file says.',
    );
    const us = spec.series.find((s) => s.label === 'United States')!;
    expect(us.points.map((p) => [p.period, p.qualifier ?? null])).toEqual([
      ['2017', null],
      ['2018', null],
      ...['2019', '2020', '2021', '2022', '2023', '2024'].map((y) => [y, 'estimate']),
    ]);
    const svg = renderSvg(spec, { uid: 'weo-estimates' });
    await expect(svg).toMatchFileSnapshot('__snapshots__/weo-estimates.svg');
  });
});

describe('buildChartSpec(table, { edits: { estimatesFrom } })', () => {
  /** The flagged table without its flags: only the author marks estimates. */
  const plain = () => {
    const t = flaggedTable();
    delete (t.columns[2] as { flags?: unknown }).flags;
    return t;
  };

  it('draws the author’s estimates dashed from their period on, and says whose they are', () => {
    const spec = buildChartSpec(plain(), { ...line, edits: { estimatesFrom: '2022' } }, SIZE);
    const [a, b] = spec.series;
    // 2018–2021 solid (4 points), 2021→2022→2023 dashed.
    expect(a.path.match(/[ML]/g)).toHaveLength(4);
    expect(a.estimatePath?.match(/[ML]/g)).toHaveLength(3);
    expect(b.estimatePath?.match(/[ML]/g)).toHaveLength(3);
    const p2022 = a.points.find((p) => p.period === '2022')!;
    expect(p2022).toMatchObject({ qualifier: 'estimate', authorEstimate: true });
    expect(p2022.flag).toBeUndefined();
    expect(a.points.find((p) => p.period === '2021')!.qualifier).toBeUndefined();
    expect(qualifierNote(p2022)).toMatch(/chart’s author/);
    expect(spec.notes).toContain(
      'Dashed lines and open dots: estimates from 2022 on, as the chart’s author marks them.',
    );
    expect(spec.legend.at(-1)).toMatchObject({ id: 'estimate', symbol: 'estimate' });
    expect(spec.table.rows.find((r) => r[0] === '2022')!.slice(1)).toEqual([
      '16,000,000,000 (estimate)',
      '8,000,000,000 (estimate)',
    ]);
    expect(specRows(spec).rows.find((r) => r[0] === '2023' && r[1] === 'B')![4]).toBe('estimate');
  });

  it('names the author’s and the file’s estimates apart when both mark some', () => {
    const spec = buildChartSpec(
      flaggedTable(),
      { ...line, edits: { estimatesFrom: '2023' } },
      SIZE,
    );
    expect(spec.notes).toContain(
      'Dashed lines and open dots: estimates from 2023 on, as the chart’s author marks them; other estimates after 2020 (A); after 2021 (B), as the file says.',
    );
    // The file's own mark stays the file's: 2021 of A is flagged `e`.
    expect(spec.series[0].points.find((p) => p.period === '2021')).toMatchObject({
      qualifier: 'estimate',
      flag: 'e',
    });
    expect(spec.series[0].points.find((p) => p.period === '2021')!.authorEstimate).toBeUndefined();
  });

  it('draws the author’s estimated columns lighter', () => {
    const spec = buildChartSpec(
      plain(),
      {
        type: 'column',
        x: 'year',
        y: ['value'],
        filters: { country: ['A'] },
        edits: { estimatesFrom: '2023' },
      },
      SIZE,
    );
    const rects = markShapes(spec).filter((s) => s.type === 'rect');
    expect(rects.map((r) => r.opacity ?? 1)).toEqual([1, 1, 1, 1, 1, 0.45]);
    expect(spec.notes).toContain(
      'Lighter bars: estimates from 2023 on, as the chart’s author marks them.',
    );
  });

  it('marks nothing for a period the table does not have', () => {
    const spec = buildChartSpec(plain(), { ...line, edits: { estimatesFrom: '1999' } }, SIZE);
    expect(spec.series.every((s) => !s.estimatePath)).toBe(true);
    expect(spec.notes.join(' ')).not.toMatch(/estimate/);
  });
});

describe('buildChartSpec(legacy Comtrade with a Flag column)', () => {
  // Flag 2: quantity estimated; 4: net weight; 6: both. Never the trade value.
  const csv = [
    'Year,Trade Flow,Partner,Qty,Netweight (kg),Trade Value (US$),Flag',
    ...['2018,4', '2019,6', '2020,2', '2021,4'].flatMap((r, i) => {
      const [year, flag] = r.split(',');
      return ['China', 'Japan'].map(
        (p, k) => `${year},Export,${p},${10 + i},${20 + k},${(100 + i * 10 + k) * 1e6},${flag}`,
      );
    }),
  ].join('\n');
  const { table } = importOk(csv + '\n');
  const chart = (y: string) =>
    buildChartSpec(table, { ...defaultChartConfig(table), type: 'line', y: [y] }, SIZE);
  const estimates = (spec: ReturnType<typeof chart>) =>
    spec.series.flatMap((s) => s.points).filter((p) => p.qualifier === 'estimate').length;

  it('draws no estimate in the chart of trade values, nor says the file marks any', () => {
    const spec = chart('Trade Value (US$)');
    expect(spec.series.length).toBeGreaterThan(0);
    expect(estimates(spec)).toBe(0);
    expect(spec.notes.join(' ')).not.toMatch(/estimate/i);
    expect(spec.legend.map((l) => l.id)).not.toContain('estimate');
  });

  it('marks the net weights and quantities the Flag says were estimated', () => {
    // Net weight estimated in 2018, 2019 and 2021 (4, 6, 4); quantity in 2019 and 2020 (6, 2).
    expect(estimates(chart('Netweight (kg)'))).toBe(3 * 2);
    expect(estimates(chart('Qty'))).toBe(2 * 2);
    expect(chart('Qty').notes.join(' ')).toContain('as the file says');
  });
});
