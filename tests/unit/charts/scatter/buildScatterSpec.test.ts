import { describe, expect, it } from 'vitest';
import { buildScatterSpec } from '../../../../src/lib/charts/scatter/buildScatterSpec';
import { specRows } from '../../../../src/lib/export/specRows';
import { makeNumberColumn, makeTextColumn } from '../../../../src/lib/data/makeColumn';
import type { Table } from '../../../../src/lib/data/table';
import { CITATION } from '../tradeTable';

const SIZE = { width: 640, height: 360 };
const table: Table = {
  id: 's',
  name: 'S',
  rowCount: 5,
  columns: [
    Object.assign(makeTextColumn('Country', 'category', ['A', 'B', 'C', 'D', 'E']), {
      role: 'entity' as const,
    }),
    Object.assign(makeTextColumn('Region', 'category', ['N', 'N', 'S', 'S', 'S']), {
      role: 'other' as const,
    }),
    Object.assign(makeNumberColumn('GDP (US$)', [1e12, 2e12, 5e11, 0, null]), {
      role: 'measure' as const,
    }),
    Object.assign(makeNumberColumn('Trade (% of GDP)', [30, 45, 80, 20, 10]), {
      role: 'measure' as const,
    }),
  ],
  provenance: { citations: [CITATION] },
  issues: [],
};

describe('buildScatterSpec(table, config, size)', () => {
  it('puts a point per row, named by the entity column, both values in the tooltip', () => {
    const spec = buildScatterSpec(table, { x: 'GDP (US$)', y: ['Trade (% of GDP)'] }, SIZE);
    const points = spec.series.flatMap((s) => s.points);
    expect(points.map((p) => p.period)).toEqual(['A', 'B', 'C', 'D']);
    expect(points[0]).toMatchObject({
      valueLabel: 'Trade (% of GDP): 30 %',
      detail: 'GDP (US$): $1 tn',
    });
    expect(spec.xAxis.label).toBe('GDP (US$ tn)');
  });

  it('gives a download both measures of every row, each with its unit as the file gives it', () => {
    const spec = buildScatterSpec(table, { x: 'GDP (US$)', y: ['Trade (% of GDP)'] }, SIZE);
    const rows = specRows(spec);
    expect(rows.columns).toEqual([
      'Country',
      'GDP (US$)',
      'GDP (US$) unit',
      'Trade (% of GDP)',
      'Trade (% of GDP) unit',
      'source',
      'source_url',
    ]);
    // The US$ axis reads in trillions; the file's figures stay as written, in US$.
    expect(rows.rows[0].slice(0, 5)).toEqual(['A', 1e12, 'USD', 30, '%']);
    expect(rows.rows.map((r) => r[0])).toEqual(['A', 'B', 'C', 'D']);
  });

  it("buildScatterSpec(table, { scale: 'log' }) drops values of zero or less and says so", () => {
    const spec = buildScatterSpec(
      table,
      { x: 'GDP (US$)', y: ['Trade (% of GDP)'], scale: 'log' },
      SIZE,
    );
    expect(spec.series[0].points.map((p) => p.period)).toEqual(['A', 'B', 'C']);
    expect(spec.notes[0]).toBe(
      '1 points with a value of zero or less cannot go on log axes and are left out.',
    );
  });

  it('buildScatterSpec(table, { series }) colours by group, each group a legend toggle', () => {
    const spec = buildScatterSpec(
      table,
      { x: 'GDP (US$)', y: ['Trade (% of GDP)'], series: 'Region', hidden: ['S'] },
      SIZE,
    );
    expect(spec.series.map((s) => s.label)).toEqual(['N']);
    expect(spec.legend.map((l) => [l.label, l.hidden])).toEqual([
      ['N', false],
      ['S', true],
    ]);
  });
});
