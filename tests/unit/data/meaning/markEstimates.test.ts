import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toLong } from '../../../../src/lib/data/import';
import type { NumberColumn, Table } from '../../../../src/lib/data/table';
import { cell, col, fixtureBytes, importOk, rowWhere } from '../import/importHelpers';

/** The flag on a cell of a number column, or null. */
const flag = (table: Table, name: string, row: number): string | null => {
  const c = col(table, name) as NumberColumn;
  const code = c.flags ? c.flags.codes[row] : -1;
  return code >= 0 ? c.flags!.dictionary[code] : null;
};

describe('markEstimates(columns) on real files', () => {
  it('IMF WEO: values after "Estimates Start After" are flagged e, the rest are not', () => {
    const { table } = importOk(fixtureBytes('imf/david880110_WEO_Data.csv'));
    // Line 927: United States,"Gross domestic product, current prices",…,19519.4,20580.25,
    // 21439.45,…,25793.42,2018 — 2017 and 2018 reported, 2019–2024 estimates.
    const us = 927 - 2;
    expect(cell(table, 'Country', us)).toBe('United States');
    expect([flag(table, '2017', us), flag(table, '2018', us)]).toEqual([null, null]);
    expect([flag(table, '2019', us), flag(table, '2024', us)]).toEqual(['e', 'e']);
    expect(cell(table, '2019', us)).toBe(21439.45); // the value itself is unchanged
    // Line 40: Aruba,Unemployment rate,…,,8.92,n/a,…,2017 — a gap stays a gap, never an estimate.
    expect([flag(table, '2017', 38), flag(table, '2018', 38)]).toEqual([null, null]);
    // Line 5: Afghanistan,Unemployment rate,… with no figures and no year: nothing marked.
    expect(flag(table, '2024', 3)).toBeNull();
    expect(col(table, 'Estimates Start After').role).toBe('note');
    expect(table.issues[0]).toMatchObject({
      line: 2,
      column: 'Estimates Start After',
      severity: 'info',
    });
  });

  it('IMF WEO made long: the flags follow each value to its period', () => {
    const long = toLong(importOk(fixtureBytes('imf/david880110_WEO_Data.csv')).table);
    // Line 177: China GDP, 2018 last reported: 2018 → 13368.07 (reported), 2019 → 14140.16 (estimate).
    const china = rowWhere(long, 'Country', 'China');
    const at = (period: string) => {
      for (let r = china; r < long.rowCount; r++) if (cell(long, 'period', r) === period) return r;
      return -1;
    };
    expect([cell(long, 'value', at('2018')), flag(long, 'value', at('2018'))]).toEqual([
      13368.07,
      null,
    ]);
    expect([cell(long, 'value', at('2019')), flag(long, 'value', at('2019'))]).toEqual([
      14140.16,
      'e',
    ]);
  });

  it('Comtrade+: isNetWgtEstimated "true" flags netWgt on that row only', () => {
    const { table } = importOk(
      fixtureBytes('comtrade/fernandobarbalho_tarifas_eua_TradeData_4_4_2025_15_19_17.csv'),
    );
    // Line 2: Albania Import, netWgt empty, isNetWgtEstimated "false"; line 3: Albania Export,
    // netWgt "0", isNetWgtEstimated "true".
    expect([cell(table, 'netWgt', 0), flag(table, 'netWgt', 0)]).toEqual([null, null]);
    expect([cell(table, 'netWgt', 1), flag(table, 'netWgt', 1)]).toEqual([0, 'e']);
    // The trade value is not what was estimated.
    expect(flag(table, 'primaryValue', 1)).toBeNull();
    expect(col(table, 'isNetWgtEstimated').role).toBe('note');
  });

  it('legacy Comtrade: a Flag of 0 everywhere marks nothing', () => {
    const { table } = importOk(
      fixtureBytes('comtrade/shjain6670_IBE-China_comtrade_S4_CHN-DEU_2010.csv'),
    );
    expect((col(table, 'Qty') as NumberColumn).flags).toBeUndefined();
    expect(table.issues.some((i) => i.column === 'Flag')).toBe(false);
  });
});

describe('markEstimates(columns) on made tables', () => {
  it('a long table: rows whose period is after the row’s year are estimates', () => {
    const csv =
      'country,year,value,Estimates Start After\nA,2020,1,2020\nA,2021,2,2020\nB,2021,3,2021\n';
    const { table } = importOk(csv);
    expect([0, 1, 2].map((r) => flag(table, 'value', r))).toEqual([null, 'e', null]);
  });

  it('legacy Flag 2/4/6 marks quantity and net weight', () => {
    const csv =
      'Year,Qty,Netweight (kg),Trade Value (US$),Flag\n2010,5,7,100,2\n2010,5,7,100,4\n2010,5,7,100,6\n2010,5,7,100,0\n';
    const { table } = importOk(csv);
    expect([0, 1, 2, 3].map((r) => flag(table, 'Qty', r))).toEqual(['e', null, 'e', null]);
    expect([0, 1, 2, 3].map((r) => flag(table, 'Netweight (kg)', r))).toEqual([
      null,
      'e',
      'e',
      null,
    ]);
    expect(flag(table, 'Trade Value (US$)', 2)).toBeNull();
  });

  it('SDMX OBS_FLAG letters move onto OBS_VALUE, lower-cased', () => {
    const csv = 'geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\nDE,2020,1.5,P\nDE,2021,1.7,E\nDE,2022,1.9,\n';
    const { table } = importOk(csv);
    expect([0, 1, 2].map((r) => flag(table, 'OBS_VALUE', r))).toEqual(['p', 'e', null]);
  });

  it('a Eurostat flag and an estimate on one value join: "p" + "e" → "pe"', () => {
    const csv = 'name,2020,2021,Estimates Start After\nA,1 p,2 p,2020\n';
    const { table } = importOk(csv);
    expect([flag(table, '2020', 0), flag(table, '2021', 0)]).toEqual(['p', 'pe']);
  });

  it('property: after the stated year every value is an estimate, before it none; no value changes', () => {
    const row = fc.record({
      values: fc.array(fc.option(fc.integer({ min: -999, max: 999 }), { nil: null }), {
        minLength: 6,
        maxLength: 6,
      }),
      after: fc.option(fc.integer({ min: 1999, max: 2006 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const years = [2000, 2001, 2002, 2003, 2004, 2005];
        const lines = rows.map(
          (r, i) => `R${i},${r.values.map((v) => v ?? 'n/a').join(',')},${r.after ?? ''}`,
        );
        const csv = `name,${years.join(',')},Estimates Start After\n${lines.join('\n')}\n`;
        const { table } = importOk(csv);
        rows.forEach((r, i) =>
          years.forEach((y, k) => {
            const v = r.values[k];
            expect(cell(table, String(y), i)).toBe(v);
            const estimate = v !== null && r.after !== null && y > r.after;
            expect(flag(table, String(y), i)).toBe(estimate ? 'e' : null);
          }),
        );
      }),
      { numRuns: 60, seed: 14 },
    );
  });
});
