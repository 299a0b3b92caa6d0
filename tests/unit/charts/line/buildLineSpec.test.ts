import { describe, expect, it } from 'vitest';
import { annualChartSpec } from '../../../../src/lib/dashboard/dashboardSpecs';
import { buildLineSpec } from '../../../../src/lib/charts/line/buildLineSpec';
import { buildChartSpec } from '../../../../src/lib/charts/buildChartSpec';
import { makeNumberColumn, makeTextColumn } from '../../../../src/lib/data/makeColumn';
import type { Table } from '../../../../src/lib/data/table';
import { longSeries, tradeTable } from '../tradeTable';
import { loadFixture } from '../loadFixture';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';

const SIZE = { width: 640, height: 360 };

const table: Table = {
  id: 't',
  name: 'T',
  rowCount: 4,
  columns: [
    makeTextColumn('year', 'period', ['2003', '2001', '2002', '2004'], Number),
    Object.assign(makeNumberColumn('v', [30, 10, null, 40]), {
      label: 'Value',
      unit: 'USD billion',
    }),
  ],
  provenance: {
    citations: [{ id: 'c', kind: 'dataset', publisher: 'Pub', title: 'Title', date: '2024' }],
  },
  issues: [],
};

describe("buildLineSpec(table, { x: 'year', y: ['v'] }, size)", () => {
  const spec = buildLineSpec(table, { x: 'year', y: ['v'], text: { title: 'T' } }, SIZE);

  it('sorts by period and breaks the line at a missing value instead of inventing one', () => {
    const s = spec.series[0];
    expect(s.points.map((p) => p.period)).toEqual(['2001', '2003', '2004']);
    expect(s.gaps).toEqual(['2002']);
    expect(s.path.match(/M/g)).toHaveLength(2);
    expect(spec.table.rows[1]).toEqual(['2002', 'no figure']);
  });

  it('keeps every point inside the plot and cites the column’s source on each point', () => {
    for (const p of spec.series[0].points) {
      expect(p.x).toBeGreaterThanOrEqual(spec.plot.left);
      expect(p.x).toBeLessThanOrEqual(spec.plot.left + spec.plot.width);
      expect(p.y).toBeGreaterThanOrEqual(spec.plot.top);
      expect(p.source.text).toBe('Pub, “Title”, 2024');
    }
    expect(spec.sources).toEqual([{ id: 'c', text: 'Pub, “Title”, 2024', url: undefined }]);
  });

  it('starts the value axis at zero and formats values in their unit', () => {
    expect(spec.yAxis.ticks[0].value).toBe(0);
    expect(spec.series[0].points[0].valueLabel).toBe('$10 bn');
  });

  it('annotates the gap', () => {
    expect(spec.annotations).toEqual([
      expect.objectContaining({ kind: 'gap', label: '2002: no figure' }),
    ]);
  });
});

describe('buildLineSpec(table, …) with many gaps', () => {
  /** A line over 2000–2029 with a figure only where `has(year)`. */
  const sparse = (has: (year: number) => boolean): Table => {
    const years = Array.from({ length: 30 }, (_, i) => 2000 + i);
    return {
      ...table,
      rowCount: years.length,
      columns: [
        makeTextColumn('year', 'period', years.map(String), Number),
        Object.assign(
          makeNumberColumn(
            'v',
            years.map((y) => (has(y) ? y - 1990 : null)),
          ),
          { label: 'Value', unit: 'USD billion' },
        ),
      ],
    };
  };

  it('marks a run of missing years once, as a band from its first year to its last', () => {
    const spec = buildLineSpec(
      sparse((y) => y < 2010 || y > 2013),
      { x: 'year', y: ['v'] },
      SIZE,
    );
    const gaps = spec.annotations.filter((a) => a.kind === 'gap');
    expect(gaps).toEqual([expect.objectContaining({ kind: 'gap', label: '2010–2013: no figure' })]);
    const [gap] = gaps;
    if (gap.kind !== 'gap' || gap.x2 === undefined) throw new Error('expected a run');
    const x = (period: string) => spec.series[0].points.find((p) => p.period === period)!.x;
    // Between the last year before the run and the first after it.
    expect(gap.x).toBeGreaterThan(x('2009'));
    expect(gap.x2).toBeLessThan(x('2014'));
    expect(gap.x2 - gap.x).toBeGreaterThan(0);
  });

  it('says whose gap it is beside other lines, a name read as plain text', () => {
    const rows = [
      ['2001', '$& Co', 1],
      ['2002', 'B', 2],
      ['2003', '$& Co', 3],
      ['2003', 'B', 4],
      ['2001', 'B', 5],
    ] as const;
    const two: Table = {
      ...table,
      rowCount: rows.length,
      columns: [
        makeTextColumn(
          'year',
          'period',
          rows.map((r) => r[0]),
          Number,
        ),
        makeTextColumn(
          'partner',
          'category',
          rows.map((r) => r[1]),
        ),
        makeNumberColumn(
          'v',
          rows.map((r) => r[2]),
        ),
      ],
    };
    const spec = buildLineSpec(two, { x: 'year', y: ['v'], series: 'partner' }, SIZE);
    expect(spec.series.map((s) => s.label)).toEqual(['$& Co', 'B']);
    expect(spec.annotations.filter((a) => a.kind === 'gap').map((a) => a.label)).toEqual([
      '2002: no figure for $& Co',
    ]);
  });

  it('names the gaps in a note when their labels would run into each other', () => {
    // A figure every fifth year: 24 missing years in six runs, too close to label on the plot.
    const spec = buildLineSpec(
      sparse((y) => y % 5 === 0),
      { x: 'year', y: ['v'] },
      {
        width: 390,
        height: 300,
      },
    );
    const gaps = spec.annotations.filter((a) => a.kind === 'gap');
    expect(gaps).toHaveLength(5);
    expect(gaps.every((a) => a.label === '')).toBe(true);
    expect(spec.notes).toContain(
      'Vertical dotted lines mark where Value has no figure: 2001–2004, 2006–2009, 2011–2014, 2016–2019, 2021–2024.',
    );
    // Wide enough, the same gaps are labelled on the plot, and no note repeats them.
    const wide = buildLineSpec(
      sparse((y) => y % 10 === 0),
      { x: 'year', y: ['v'] },
      {
        width: 1200,
        height: 400,
      },
    );
    expect(wide.annotations.filter((a) => a.kind === 'gap').map((a) => a.label)).toEqual([
      '2001–2009: no figure',
      '2011–2019: no figure',
    ]);
    expect(wide.notes.join(' ')).not.toMatch(/dotted lines mark/i);
  });
});

describe('annualChartSpec(size)', () => {
  const spec = annualChartSpec(SIZE);

  it('charts GACC and both IMF DOTS series, with 2015 a gap in the GACC line', () => {
    expect(spec.series.map((s) => s.label)).toEqual([
      'GACC, as reported',
      'IMF DOTS, China-reported',
      'IMF DOTS, Russia-reported',
      'The release (2012 derived, 2022 lower bound)',
    ]);
    expect(spec.series[0].gaps).toEqual(['2015']);
    expect(spec.series[0].points).toHaveLength(11);
  });

  it('gives each GACC point its own page and quote', () => {
    const p2019 = spec.series[0].points.find((p) => p.period === '2019');
    expect(p2019?.source).toMatchObject({
      text: 'GACC via TASS',
      url: 'https://tass.com/economy/1178145',
      quote: 'while in 2019 it rose by 3.4% to $110.75 bln',
    });
  });

  it('overlays the release: 2022 as a lower bound, 2012 as derived from it, so one too', () => {
    const overlay = spec.series.find((s) => s.overlay);
    expect(overlay?.points.map((p) => [p.period, p.qualifier, p.valueLabel])).toEqual([
      ['2012', 'derived-lower-bound', '> $87.7 bn'],
      ['2022', 'lower-bound', '> $190 bn'],
    ]);
  });

  it('computes the cross-check from the data and names all three sources', () => {
    expect(spec.notes[0]).toBe(
      'The release says +116 %; the series gives 88.1 → 190.271 = +116.0 %.',
    );
    expect(spec.sources.map((s) => s.id)).toEqual(['gacc-annual', 'imf-dots', 'cgtn-2023-03-22']);
  });
});

describe('buildLineSpec(tradeTable(), { series: "Partner" }, size)', () => {
  const trade = tradeTable();
  const config = {
    x: 'Year',
    y: ['Trade Value (US$)'],
    series: 'Partner',
    filters: { 'Trade Flow': ['Export'] },
  };

  it('draws a line per partner, summing the commodities of each year and saying so', () => {
    const spec = buildLineSpec(trade, config, SIZE);
    expect(spec.series.map((s) => s.label)).toEqual(['Aland', 'Bland', 'Cland']);
    expect(spec.series[0].points[0].detail).toBe('Sum of 2 rows');
    expect(spec.notes).toContain('Each value is the sum of the rows it stands for (up to 2).');
    expect(spec.yAxis.label).toBe('US$ bn');
    expect(spec.series[0].points[0].valueLabel).toMatch(/^\$\d+(\.\d)? bn$/);
  });

  it("leaves Cland's missing 2020 export a gap", () => {
    const spec = buildLineSpec(trade, config, SIZE);
    expect(spec.series[2].gaps).toEqual(['2020']);
    expect(spec.series[2].path.match(/M/g)).toHaveLength(2);
  });

  const modes = [
    { mode: 'index', base: '2019', first: '2019', value: 100, label: 'Index, 2019 = 100' },
    { mode: 'change', base: undefined, first: '2018', value: 0, label: '% change since 2018' },
  ] as const;
  for (const m of modes)
    it(`buildLineSpec(table, { mode: '${m.mode}' }) rebases every series and labels the axis`, () => {
      const spec = buildLineSpec(trade, { ...config, mode: m.mode, base: m.base }, SIZE);
      const at = spec.series[0].points.find((p) => p.period === m.first);
      expect(at?.value).toBeCloseTo(m.value, 9);
      expect(spec.yAxis.label).toBe(m.label);
      expect(at?.detail).toMatch(/^Value: \$/);
    });

  it("buildLineSpec(table, { mode: 'index', base }) leaves out a series with no base value, and says why", () => {
    const spec = buildLineSpec(trade, { ...config, mode: 'index', base: '2020' }, SIZE);
    expect(spec.series.map((s) => s.label)).toEqual(['Aland', 'Bland']);
    expect(spec.notes.join(' ')).toContain('Cland has no value at the base (2020)');
  });

  it('buildLineSpec(table, { range }) zooms to the range and keeps the whole domain for reset', () => {
    const spec = buildLineSpec(trade, { ...config, range: [2019, 2021] }, SIZE);
    expect(spec.series[0].points.map((p) => p.period)).toEqual(['2019', '2020', '2021']);
    expect(spec.view.range).toEqual([2019, 2021]);
    expect(spec.view.domain).toEqual([2018, 2022]);
  });

  it('buildLineSpec(table, { hidden }) drops a hidden series but keeps it in the legend to show again', () => {
    const spec = buildLineSpec(trade, { ...config, hidden: ['Bland'] }, SIZE);
    expect(spec.series.map((s) => s.id)).toEqual(['Aland', 'Cland']);
    expect(spec.legend.find((l) => l.id === 'Bland')).toMatchObject({
      hidden: true,
      toggles: true,
    });
    expect(spec.series[1].color).toBe(2);
  });

  it('buildLineSpec(table, { series: flow, derived }) adds balance and two-way total, marked derived', () => {
    const spec = buildLineSpec(
      trade,
      {
        ...config,
        series: 'Trade Flow',
        filters: { Partner: ['Aland'] },
        derived: ['total', 'balance'],
      },
      SIZE,
    );
    expect(spec.series.map((s) => s.label)).toEqual([
      'Export',
      'Import',
      'Two-way total (derived)',
      'Balance (derived)',
    ]);
    const [exp, imp, total, balance] = spec.series.map((s) => s.points[0]);
    expect(total.qualifier).toBe('derived');
    expect(balance.detail).toContain('Balance = exports − imports');
    const raw = (p: typeof exp) => Number(p.valueLabel.replace(/[^\d.]/g, ''));
    expect(raw(total)).toBeCloseTo(raw(exp) + raw(imp), 0);
    expect(spec.notes).toContain('Balance = exports − imports: derived, not reported.');
  });
});

describe("buildLineSpec(table, { scale: 'log' })", () => {
  const t: Table = {
    ...table,
    columns: [
      table.columns[0],
      Object.assign(makeNumberColumn('v', [30, 0, -5, 40]), { label: 'Value' }),
    ],
  };
  it('drops non-positive values and says so', () => {
    const spec = buildLineSpec(t, { x: 'year', y: ['v'], scale: 'log' }, SIZE);
    expect(spec.series[0].points.map((p) => p.value)).toEqual([40, 30].sort());
    expect(spec.notes).toContain(
      '2 values of zero or less cannot be shown on a log scale and are left out.',
    );
    expect(spec.view.scale).toBe('log');
  });
  it("turns to linear in mode 'change', since a % change passes through zero", () => {
    const spec = buildLineSpec(t, { x: 'year', y: ['v'], scale: 'log', mode: 'change' }, SIZE);
    expect(spec.view.scale).toBe('linear');
  });
});

describe('buildLineSpec(longSeries(1e6), …) thins a million points per pixel column (M4)', () => {
  const spec = buildLineSpec(
    longSeries(1_000_000),
    { x: 't', y: ['value'] },
    { width: 800, height: 400 },
  );
  it('draws at most four points per pixel column, on canvas, and says so', () => {
    const s = spec.series[0];
    expect(s.points.length).toBeLessThanOrEqual(4 * spec.plot.width + 8);
    expect(s.points.length).toBeGreaterThan(spec.plot.width);
    expect(s.dots).toBe(false);
    expect(spec.render).toBe('canvas');
    expect(spec.notes.join(' ')).toMatch(/999,999 points drawn as [\d,]+/);
  });
  it('keeps the extremes for the pointer: the highest value, and the lowest to within a pixel', () => {
    const values = (longSeries(1_000_000).columns[1] as { values: Float64Array }).values;
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) if (!Number.isNaN(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    const drawn = spec.series[0].points.map((p) => p.value);
    expect(Math.max(...drawn)).toBe(hi);
    expect(Math.min(...drawn) - lo).toBeLessThan(((hi - lo) / spec.plot.height) * 3);
  });
});

describe('buildLineSpec(table, { annotations })', () => {
  it('places a text, a highlighted range and a change between two periods', () => {
    const spec = buildLineSpec(
      table,
      {
        x: 'year',
        y: ['v'],
        annotations: [
          { kind: 'text', at: '2003', text: 'Peak' },
          { kind: 'range', from: '2001', to: '2003', label: 'Boom' },
          { kind: 'change', from: '2001', to: '2004' },
        ],
      },
      SIZE,
    );
    const kinds = spec.annotations.map((a) => a.kind);
    expect(kinds).toEqual(['gap', 'text', 'range', 'change']);
    const change = spec.annotations.find((a) => a.kind === 'change');
    expect(change && change.kind === 'change' && change.label).toBe('+300.0 %');
  });
});

describe("buildLineSpec(table with a 'date' x column, …)", () => {
  const days = ['2024-01-15', '2024-03-01', '2024-06-30', '2024-12-31'];
  const dated: Table = {
    ...table,
    columns: [
      makeTextColumn('day', 'date', days, (d) => Date.parse(`${d}T00:00:00Z`)),
      makeNumberColumn('v', [1, 2, 3, 4]),
    ],
  };

  it('puts calendar ticks on the date axis: month starts inside the span, labelled by month', () => {
    const spec = buildLineSpec(dated, { x: 'day', y: ['v'] }, SIZE);
    const ticks = spec.xAxis.ticks;
    expect(ticks.length).toBeGreaterThan(2);
    for (const t of ticks) {
      const d = new Date(t.value);
      expect(d.getUTCDate()).toBe(1);
      expect(t.value).toBeGreaterThanOrEqual(Date.parse('2024-01-15T00:00:00Z'));
      expect(t.value).toBeLessThanOrEqual(Date.parse('2024-12-31T00:00:00Z'));
      expect(t.label).not.toMatch(/^\d{4}$/);
    }
    const positions = ticks.map((t) => t.pos);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('labels ticks a year apart by the year alone', () => {
    const years = ['2001-06-01', '2010-06-01', '2019-06-01'];
    const long: Table = {
      ...dated,
      rowCount: 3,
      columns: [
        makeTextColumn('day', 'date', years, (d) => Date.parse(`${d}T00:00:00Z`)),
        makeNumberColumn('v', [1, 2, 3]),
      ],
    };
    const ticks = buildLineSpec(long, { x: 'day', y: ['v'] }, SIZE).xAxis.ticks;
    expect(ticks.map((t) => t.label).every((l) => /^\d{4}$/.test(l))).toBe(true);
    expect(ticks.every((t) => new Date(t.value).getUTCMonth() === 0)).toBe(true);
  });
});

describe('buildLineSpec(table, config, size) over years the file does not have', () => {
  // A World Bank DataBank download with columns for 1990, 2000 and 2013–2022 only.
  const fdi = loadFixture('worldbank/wdi_databank_FDI_15431eec_Data.csv');
  // Zoomed out to every year: the first chart opens on 2013–2022 (see below).
  const spec = buildLineSpec(fdi, { ...defaultChartConfig(fdi), range: undefined }, SIZE);

  it('opens on the years that run together, zoomed, and says what the data hold besides', () => {
    const first = buildLineSpec(fdi, defaultChartConfig(fdi), SIZE);
    expect(first.view.range).toEqual([2013, 2022]);
    expect(first.view.domain).toEqual([1990, 2022]);
    expect(first.series[0].path.match(/M/g)).toHaveLength(1);
    expect(first.notes).toContain('Zoomed to 2013–2022 of the data’s 1990–2022.');
    expect(first.notes.join(' ')).not.toMatch(/has no figures for/);
    expect(spec.notes.join(' ')).not.toMatch(/Zoomed to/);
  });

  it('breaks each line across the missing years instead of drawing straight across them', () => {
    // 1990, 2000 and 2013 each start a piece of their own.
    expect(spec.series[0].path.match(/M/g)).toHaveLength(3);
    expect(spec.series[0].path).toMatch(/^M[\d.]+,[\d.]+M[\d.]+,[\d.]+M/);
  });

  it('says which years have no figures', () =>
    expect(spec.notes).toContain(
      'The file has no figures for 1991–1999, 2001–2012: the lines break there.',
    ));

  it('keeps a line whole where only the values are missing (a slot with no figure)', () => {
    const annual = annualChartSpec(SIZE);
    expect(annual.notes.join(' ')).not.toMatch(/has no figures for/);
  });
});

describe('buildLineSpec(table, config, size) of a file in one magnitude, charted in another', () => {
  it('says in the table’s caption the unit its values are given in (EUR million under € bn)', () => {
    const eurostat = loadFixture('eurostat/christophergandrud_teina200.tsv');
    const spec = buildLineSpec(eurostat, defaultChartConfig(eurostat), SIZE);
    expect(spec.yAxis.label).toBe('€ bn');
    expect(spec.table.caption).toMatch(/\(values in EUR million, as the source gives them\)$/);
    expect(spec.table.rows[0][1]).toBe('−58,323.1');
  });
});

describe('buildLineSpec: gaps in the lines after the first', () => {
  it('names each line’s missing periods in a note, as the first line’s are marked', () => {
    const dots = loadFixture('imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv');
    const spec = buildLineSpec(dots, defaultChartConfig(dots), { width: 640, height: 400 });
    expect(spec.notes).toContain('Lines break where they have no figure: Vietnam, 1979–1988.');
    // A line with no gap is not named.
    expect(spec.notes.join(' ')).not.toMatch(/Japan, \d/);
  });
});

describe('buildChartSpec(table, { type: "line", edits: { highlight } }): the grey lines are named at their ends', () => {
  const wb = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
  const config = defaultChartConfig(wb);
  const size = { width: 760, height: 420 };

  it('names every line at its end once one is highlighted, the others in muted grey', () => {
    const spec = buildChartSpec(wb, { ...config, edits: { highlight: 'Singapore' } }, size);
    expect(spec.labels.map((l) => l.text).sort()).toEqual(spec.series.map((s) => s.label).sort());
    expect(spec.labels.find((l) => l.text === 'Singapore')!.color).toBeGreaterThanOrEqual(0);
    expect(spec.labels.filter((l) => l.color! < 0)).toHaveLength(spec.series.length - 1);
  });

  it('keeps the key where the author asks for it, and without a highlight', () => {
    const key = { ...config, edits: { highlight: 'Singapore', labels: 'key' as const } };
    expect(buildChartSpec(wb, key, size).labels).toEqual([]);
    expect(buildChartSpec(wb, config, size).labels).toEqual([]);
  });
});
