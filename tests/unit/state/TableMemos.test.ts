import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../../src/lib/charts/buildChartSpec';
import { filterChoices } from '../../../src/lib/charts/config/columnChoices';
import { exportChartData } from '../../../src/lib/charts/prepare/chartDataTransfer';
import { prepareChartData } from '../../../src/lib/charts/prepare/prepareChartData';
import { defaultChartConfig } from '../../../src/lib/charts/defaults/defaultChartConfig';
import { TableMemos } from '../../../src/lib/state/TableMemos';
import { tradeTable } from '../charts/tradeTable';

describe('TableMemos', () => {
  it('seeded(table, prepared) keeps the worker’s chart data in that table’s memo', () => {
    const config = defaultChartConfig(tradeTable());
    const { payload } = exportChartData(tradeTable(), config);
    // What arrives on the page: a copy of the table and of the payload.
    const prepared = structuredClone(payload);
    const memos = new TableMemos();
    const table = memos.seeded(tradeTable(), prepared);
    const memo = memos.of(table);
    // The worker's arrays are the ones drawn: no second pass over the rows.
    expect(prepareChartData(table, config, memo).mask).toBe(prepared.data.mask);
    expect(filterChoices(table, config, memo)).toBe(prepared.choices);
    const spec = buildChartSpec(table, { ...config, memo }, { width: 640, height: 360 });
    expect(spec.series.length).toBeGreaterThan(0);
  });

  it('of(table) is one memo per table object, and none is shared with another table', () => {
    const memos = new TableMemos();
    const a = tradeTable();
    expect(memos.of(a)).toBe(memos.of(a));
    expect(memos.of(tradeTable())).not.toBe(memos.of(a));
  });

  it('plants nothing elsewhere: prepareChartData without the memo works afresh', () => {
    const config = defaultChartConfig(tradeTable());
    const prepared = structuredClone(exportChartData(tradeTable(), config).payload);
    const table = new TableMemos().seeded(tradeTable(), prepared);
    expect(prepareChartData(table, config).mask).not.toBe(prepared.data.mask);
  });
});
