import { makeNumberColumn, makeTextColumn } from '../../../../src/lib/data/makeColumn';
import { parsePeriod } from '../../../../src/lib/data/period';
import type { Table } from '../../../../src/lib/data/table';
import { CITATION } from '../tradeTable';

/** A long table of (partner, year, value) rows, as a map reads one: partner names or codes by year. */
export function countryTable(rows: [string, string, number][], id = 'countries'): Table {
  const partner = Object.assign(
    makeTextColumn(
      'Partner',
      'category',
      rows.map((r) => r[0]),
    ),
    { role: 'partner' as const },
  );
  const year = Object.assign(
    makeTextColumn(
      'Year',
      'period',
      rows.map((r) => r[1]),
      (l) => parsePeriod(l)?.key ?? NaN,
    ),
    { role: 'time' as const },
  );
  const value = Object.assign(
    makeNumberColumn(
      'Value',
      rows.map((r) => r[2]),
    ),
    { role: 'measure' as const },
  );
  return {
    id,
    name: `${id}.csv`,
    rowCount: rows.length,
    columns: [partner, year, value],
    provenance: { citations: [CITATION] },
    issues: [],
  };
}
