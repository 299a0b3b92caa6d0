import { describe, expect, it } from 'vitest';
import { prepareChartData } from '../../../../src/lib/charts/prepare/prepareChartData';
import { flowKind } from '../../../../src/lib/charts/prepare/flowSeries';
import { rowMask } from '../../../../src/lib/charts/prepare/rowMask';
import { tradeTable } from '../tradeTable';

describe('prepareChartData(table, config)', () => {
  const trade = tradeTable();
  const config = {
    x: 'Year',
    y: ['Trade Value (US$)'],
    series: 'Partner',
    filters: { 'Trade Flow': ['Export'] },
  };

  it('orders the years, makes a series per partner and sums the commodities into each cell', () => {
    const data = prepareChartData(trade, config);
    expect(data.slots.labels).toEqual(['2018', '2019', '2020', '2021', '2022']);
    expect(data.series.map((s) => s.id)).toEqual(['Aland', 'Bland', 'Cland']);
    expect(Array.from(data.series[0].counts)).toEqual([2, 2, 2, 2, 2]);
    expect(Array.from(data.series[0].rows)).toEqual([-1, -1, -1, -1, -1]);
  });

  it('says what the kept rows share (reporter, flow) and reads US$ from the column name', () => {
    const data = prepareChartData(trade, config);
    expect(data.facts).toEqual([
      { column: 'Reporter', value: 'Xland', role: 'reporter' },
      { column: 'Trade Flow', value: 'Export', role: 'flow' },
    ]);
    expect(data.unit).toMatchObject({ currency: 'USD', scale: 1 });
  });

  it('is memoised per table: the same config gives the same object', () => {
    expect(prepareChartData(trade, config)).toBe(prepareChartData(trade, { ...config }));
  });

  it('lists partners in the order the filter gives them', () => {
    const data = prepareChartData(trade, { ...config, filters: { Partner: ['Cland', 'Aland'] } });
    expect(data.series.map((s) => s.id)).toEqual(['Cland', 'Aland']);
  });
});

describe('rowMask(table, filters)', () => {
  it('keeps rows whose value is listed in every filtered column; an empty list keeps all', () => {
    const trade = tradeTable();
    expect(rowMask(trade, {}).kept).toBe(trade.rowCount);
    expect(rowMask(trade, { Partner: [] }).kept).toBe(trade.rowCount);
    expect(rowMask(trade, { Partner: ['Aland'], 'Trade Flow': ['Import'] }).kept).toBe(10);
  });

  it('gives the same mask again for the same filters, and a new one once it was sent away', () => {
    const trade = tradeTable();
    const filters = { Partner: ['Aland'] };
    const first = rowMask(trade, filters);
    expect(rowMask(trade, { Partner: ['Aland'] })).toBe(first);
    expect(rowMask(trade, { Partner: ['Bland'] })).not.toBe(first);
    structuredClone(first.mask, { transfer: [first.mask.buffer] });
    const again = rowMask(trade, filters);
    expect(again.mask).toHaveLength(trade.rowCount);
    expect(again.kept).toBe(first.kept);
  });
});

describe('flowKind(value)', () => {
  const cases = [
    ['Export', 'exports'],
    ['exports', 'exports'],
    ['X', 'exports'],
    ['Import', 'imports'],
    ['M', 'imports'],
    ['Re-Export', undefined],
  ] as const;
  for (const [value, expected] of cases)
    it(`flowKind('${value}') → ${expected}`, () => expect(flowKind(value)).toBe(expected));
});
