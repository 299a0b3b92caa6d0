import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  exportChartData,
  seedChartData,
} from '../../../../src/lib/charts/prepare/chartDataTransfer';
import { prepareChartData } from '../../../../src/lib/charts/prepare/prepareChartData';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { importCsv, toLong } from '../../../../src/lib/data/import';

function worldBank() {
  const bytes = readFileSync(
    'tests/fixtures/real/worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv',
  );
  const r = importCsv(bytes, { name: 'wb.csv', accessed: '2026-11-27' });
  if (!r.ok) throw new Error(r.error);
  return toLong(r.table);
}

describe('exportChartData(table, config) → seedChartData(table, payload)', () => {
  it('gives the page the same chart data the worker prepared, without a second pass', () => {
    const inWorker = worldBank();
    const config = defaultChartConfig(inWorker);
    const { payload, transfer } = exportChartData(inWorker, config);
    expect(transfer.length).toBeGreaterThan(0);
    // What arrives on the page: a copy of the table and of the payload.
    const onPage = structuredClone(inWorker);
    seedChartData(onPage, structuredClone(payload));
    const seeded = prepareChartData(onPage, config);
    const fresh = prepareChartData(worldBank(), config);
    expect(seeded.table).toBe(onPage);
    expect(seeded.x).toBe(onPage.columns.find((c) => c.name === config.x));
    expect(seeded.series.map((s) => [s.label, Array.from(s.values)])).toEqual(
      fresh.series.map((s) => [s.label, Array.from(s.values)]),
    );
    expect(seeded.series[0].column).toBe(onPage.columns.find((c) => c.name === config.y[0]));
    expect(seeded.notes).toEqual(fresh.notes);
  });
});
