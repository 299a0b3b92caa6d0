import { describe, expect, it } from 'vitest';
import { annualChartSpec } from '../../../../src/lib/charts/dashboardSpecs';
import { buildLineSpec } from '../../../../src/lib/charts/line/buildLineSpec';
import { makeNumberColumn, makeTextColumn } from '../../../../src/lib/data/makeColumn';
import type { Table } from '../../../../src/lib/data/table';

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

describe('buildLineSpec(table, mapping, options, size)', () => {
  const spec = buildLineSpec(table, { x: 'year', y: ['v'] }, { title: 'T' }, SIZE);

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

  it('overlays the release: 2022 as a lower bound, 2012 as derived', () => {
    const overlay = spec.series.find((s) => s.overlay);
    expect(overlay?.points.map((p) => [p.period, p.qualifier, p.valueLabel])).toEqual([
      ['2012', 'derived', '≈ $88.0 bn'],
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
