import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/lib/data/import';
import { checkRelease } from '../../../src/lib/provenance/checkRelease';
import { chinaRussiaRows } from '../../../src/lib/provenance/chinaRussiaRows';

/*
 * A series of China–Russia trade kept in a file of its own: no reporter, partner or entity
 * column, the pair named by the file. The project's own annual series (data/, each figure with
 * its page and quote) is such a file: GACC's 88.1 (2012) and 190.271 (2022) US$ bn.
 */
const table = (csv: string | Uint8Array, name: string) => {
  const bytes = typeof csv === 'string' ? new TextEncoder().encode(csv) : csv;
  const r = importCsv(bytes, { name, accessed: '2026-01-01' });
  if (!r.ok) throw new Error(r.error);
  return r.table;
};

const SERIES = ['year,trade_usd_bn', '2012,88.1', '2015,', '2022,190.271'].join('\n');

describe('checkRelease(table) of a table named for China and Russia', () => {
  it('checks the project’s annual series: both claims consistent, with its lines', () => {
    const bytes = readFileSync('data/china-russia-trade-annual-sources.csv');
    const [total, growth] = checkRelease(table(bytes, 'china-russia-trade-annual-sources.csv'));
    expect(total).toMatchObject({ verdict: 'consistent', found: 190.271e9, rows: [10] });
    expect(total.note).toContain('China–Russia 2022');
    expect(growth.verdict).toBe('consistent');
    expect(growth.found).toBeCloseTo(115.97, 2);
    expect(growth.note).toContain('$190.3 bn / $88.1 bn − 1 = 116.0 %');
  });

  it('reads the pair from file names in any spelling', () => {
    for (const name of [
      'China_Russia_trade.csv',
      'russia-china trade.csv',
      'PRC–Russian trade.csv',
    ])
      expect(chinaRussiaRows(table(SERIES, name))?.china).toEqual([0, 1, 2]);
  });

  it('a file naming only one side, or words that merely contain the names, is not covered', () => {
    for (const name of ['china-trade.csv', 'chinaware-russiantea.csv', 'trade.csv']) {
      const [total] = checkRelease(table(SERIES, name));
      expect(total.verdict).toBe('not covered');
    }
  });

  it('a file whose rows name economies is read by its rows, not by its name', () => {
    const csv = ['Country,Year,Trade (US$ bn)', 'India,2012,88.1', 'India,2022,190.271'].join('\n');
    const [total] = checkRelease(table(csv, 'china-russia-and-others.csv'));
    expect(total.verdict).toBe('not covered');
  });

  it('a named series without a currency is not covered, and says what to write', () => {
    const csv = ['year,trade', '2012,88.1', '2022,190.271'].join('\n');
    const [total] = checkRelease(table(csv, 'china-russia.csv'));
    expect(total.verdict).toBe('not covered');
    expect(total.note).toContain('currency');
  });
});
