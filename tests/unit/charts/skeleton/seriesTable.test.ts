import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../../../src/lib/charts/buildChartSpec';
import { annualChartConfig, annualChartSpec } from '../../../../src/lib/dashboard/dashboardSpecs';
import { annualTable } from '../../../../src/lib/data/datasets/annual';

const SIZE = { width: 640, height: 360 };

describe('seriesTable(…), through the annual chart', () => {
  const row = (spec: ReturnType<typeof annualChartSpec>, period: string) =>
    spec.table.rows.find((r) => r[0] === period)!;

  it('writes each figure with the decimals its source gave, never padded', () => {
    const spec = annualChartSpec(SIZE);
    const gacc = spec.table.columns.findIndex((c) => c.startsWith('GACC'));
    // 88.1 as MOFCOM said it, beside 107.06 and 190.271: not 88.100.
    expect(row(spec, '2012')[gacc]).toBe('88.1');
    expect(row(spec, '2018')[gacc]).toBe('107.06');
  });

  it('writes the decimals the author set, for every figure alike', () => {
    const table = annualTable();
    const config = annualChartConfig(table);
    const spec = buildChartSpec(table, { ...config, edits: { decimals: 2 } }, SIZE);
    const gacc = spec.table.columns.findIndex((c) => c.startsWith('GACC'));
    expect(row(spec, '2012')[gacc]).toBe('88.10');
  });
});
