import { describe, expect, it } from 'vitest';
import { rowMask } from '../../../../src/lib/charts/prepare/rowMask';
import { tableFacts } from '../../../../src/lib/charts/prepare/tableFacts';
import { tradeTable } from '../tradeTable';

describe('tableFacts(table, mask, used, filters)', () => {
  const trade = tradeTable();
  const used = ['Year', 'Partner', 'Trade Value (US$)'];

  it('says what the kept rows share, whether or not it is told the filters that kept them', () => {
    const cases: Record<string, string[]>[] = [
      { 'Trade Flow': ['Export'] },
      { 'Trade Flow': ['Import'], Partner: ['Aland'] },
    ];
    for (const filters of cases) {
      const { mask } = rowMask(trade, filters);
      const told = tableFacts(trade, mask, used, filters);
      expect(told).toEqual(tableFacts(trade, mask, used));
      expect(told.facts).toContainEqual(
        expect.objectContaining({ value: filters['Trade Flow'][0] }),
      );
    }
  });
});
