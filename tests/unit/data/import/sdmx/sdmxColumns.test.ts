import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnValue } from '../../../../../src/lib/data/columnValue';
import { toLong } from '../../../../../src/lib/data/import';
import { sdmxColumns } from '../../../../../src/lib/data/import/sdmx/sdmxColumns';
import type { Table } from '../../../../../src/lib/data/table';
import { col, fixtureBytes, importOk } from '../importHelpers';
import { eurostatSdmxCsv } from '../json/apiFixtures';

/** Each row as `key columns → [value, flag]`, to compare tables whose other columns differ. */
function observations(table: Table, keys: string[], value: string) {
  const v = col(table, value);
  const out = new Map<string, [unknown, string]>();
  for (let r = 0; r < table.rowCount; r++) {
    const key = keys.map((k) => columnValue(col(table, k), r)).join('|');
    const flags = v.type === 'number' ? v.flags : undefined;
    const flag = flags && flags.codes[r] >= 0 ? flags.dictionary[flags.codes[r]] : '';
    out.set(key, [columnValue(v, r), flag]);
  }
  return out;
}

describe('sdmxColumns', () => {
  // The Eurostat bulk TSV (teina200, with `p`/`e` flags after values), written out as
  // Eurostat's SDMX-CSV 1.0 layout: the same observations in the other format.
  const long = toLong(importOk(fixtureBytes('eurostat/christophergandrud_teina200.tsv')).table);
  const sdmx = importOk(eurostatSdmxCsv(long, 'ESTAT:TEINA200(1.0)'), { name: 'teina200.csv' });

  it('gives the observations of its Eurostat TSV twin, flags and gaps included', () => {
    const { table } = sdmx;
    expect(table.rowCount).toBe(long.rowCount);
    expect(observations(table, ['unit', 'geo', 'TIME_PERIOD'], 'OBS_VALUE')).toEqual(
      observations(long, ['unit', 'geo', 'period'], 'value'),
    );
    // The file has gaps (`:`) and no flags; the generated test below covers flags.
    expect(
      [...observations(table, ['unit', 'geo', 'TIME_PERIOD'], 'OBS_VALUE').values()].some(
        ([v]) => v === null,
      ),
    ).toBe(true);
  });

  it('folds the dataflow and flag columns away and says so; the source names the dataflow', () => {
    const { table } = sdmx;
    const names = table.columns.map((c) => c.name);
    expect(names).not.toContain('DATAFLOW');
    expect(names).not.toContain('OBS_FLAG');
    expect(col(table, 'TIME_PERIOD')).toMatchObject({ type: 'period', role: 'time' });
    expect(col(table, 'OBS_VALUE')).toMatchObject({ type: 'number', role: 'measure' });
    expect(table.provenance.file?.format).toBe('sdmx-csv');
    expect(table.provenance.fileSource).toMatchObject({
      publisher: 'Eurostat',
      dataset: 'TEINA200',
    });
    expect(table.issues.map((i) => i.message).join('\n')).toMatch(
      /Read as SDMX-CSV: “DATAFLOW”, “OBS_FLAG” folded in/,
    );
  });

  it('keeps a DATAFLOW column that names more than one dataflow', () => {
    const csv =
      'DATAFLOW,geo,TIME_PERIOD,OBS_VALUE\nESTAT:A(1.0),DE,2020,1\nESTAT:B(1.0),DE,2020,2\n';
    const names = importOk(csv).table.columns.map((c) => c.name);
    expect(names).toContain('DATAFLOW');
  });

  it('is null for tables that are not SDMX-CSV', () => {
    const table = importOk('geo,TIME_PERIOD,OBS_VALUE\nDE,2020,1\nFR,2020,2\n').table;
    expect(sdmxColumns(table.columns)).toBeNull();
  });

  it('never loses or changes a value, wherever the flags fall (generated)', () => {
    const row = fc.record({
      geo: fc.constantFrom('DE', 'FR', 'IT', 'EL'),
      value: fc.option(fc.integer({ min: -1e6, max: 1e6 }), { nil: null }),
      flag: fc.constantFrom('', 'p', 'e', 'b', 'c', 'bp'),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 40 }), (rows) => {
        const lines = rows.map(
          (r, i) => `IMF:DOT(1.0),${r.geo},${2000 + i},${r.value ?? ''},${r.flag}`,
        );
        const csv = `DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n${lines.join('\n')}\n`;
        const { table } = importOk(csv);
        const v = col(table, 'OBS_VALUE');
        expect(table.rowCount).toBe(rows.length);
        rows.forEach((r, i) => {
          expect(columnValue(v, i)).toBe(r.value);
          const flags = v.type === 'number' ? v.flags : undefined;
          const said = flags && flags.codes[i] >= 0 ? flags.dictionary[flags.codes[i]] : '';
          expect(said).toBe(r.flag);
        });
      }),
      { seed: 16, numRuns: 60 },
    );
  });
});
