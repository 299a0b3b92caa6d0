import Papa from 'papaparse';
import { columnValue } from '../../../../../src/lib/data/columnValue';
import type { Table } from '../../../../../src/lib/data/table';

const cell = (t: Table, name: string, r: number) =>
  columnValue(
    t.columns.find((c) => c.name === name)!,
    r,
  );

/** The flag label of a number column's row, or ''. */
function flagOf(t: Table, name: string, r: number): string {
  const c = t.columns.find((x) => x.name === name)!;
  if (c.type !== 'number' || !c.flags || c.flags.codes[r] < 0) return '';
  return c.flags.dictionary[c.flags.codes[r]];
}

/**
 * Eurostat's SDMX-CSV 1.0 layout (`DATAFLOW,LAST UPDATE,freq,unit,geo,TIME_PERIOD,OBS_VALUE,
 * OBS_FLAG`) of the long table of a Eurostat bulk TSV.
 */
export function eurostatSdmxCsv(long: Table, dataflow: string): string {
  const lines = ['DATAFLOW,LAST UPDATE,freq,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG'];
  for (let r = 0; r < long.rowCount; r++) {
    const v = cell(long, 'value', r);
    const fields = [
      dataflow,
      '01/06/15 11:00:00',
      'A',
      cell(long, 'unit', r),
      // Eurostat writes the codes (the TSV's, kept beside the names read from them).
      cell(long, long.columns.some((c) => c.name === 'geo code') ? 'geo code' : 'geo', r),
      cell(long, 'period', r),
      v === null ? '' : v,
      flagOf(long, 'value', r),
    ];
    lines.push(fields.join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** World Bank API v2 JSON (`[{page…}, [records]]`) of a World Bank bulk CSV's long table. */
export function worldBankJson(long: Table): string {
  const records = Array.from({ length: long.rowCount }, (_, r) => ({
    indicator: { id: cell(long, 'Indicator Code', r), value: cell(long, 'Indicator Name', r) },
    country: { id: cell(long, 'Country Code', r), value: cell(long, 'Country Name', r) },
    countryiso3code: cell(long, 'Country Code', r),
    date: cell(long, 'period', r),
    value: cell(long, 'value', r),
    unit: '',
    obs_status: '',
    decimal: 1,
  }));
  const page = {
    page: 1,
    pages: 1,
    per_page: records.length,
    total: records.length,
    sourceid: '2',
    lastupdated: '2023-07-25',
  };
  return JSON.stringify([page, records]);
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** UN Comtrade+ API JSON (`{"data": [records]}`) of a Comtrade+ CSV download's text. */
export function comtradeJson(csvText: string): string {
  const [header, ...rows] = Papa.parse<string[]>(csvText.trim(), {}).data;
  const data = rows.map((row) =>
    Object.fromEntries(
      header.map((name, j) => {
        const s = row[j] ?? '';
        const v =
          s === ''
            ? null
            : s === 'true' || s === 'false'
              ? s === 'true'
              : PLAIN_NUMBER.test(s) && String(Number(s)) === s
                ? Number(s)
                : s;
        return [name, v];
      }),
    ),
  );
  return JSON.stringify({ elapsedTime: '0.12 secs', count: data.length, data, error: '' });
}
