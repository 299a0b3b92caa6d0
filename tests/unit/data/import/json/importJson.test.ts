import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnValue } from '../../../../../src/lib/data/columnValue';
import { importBytes } from '../../../../../src/lib/data/import/importBytes';
import { importJson } from '../../../../../src/lib/data/import/json/importJson';
import { toLong } from '../../../../../src/lib/data/import';
import type { Table } from '../../../../../src/lib/data/table';
import { ACCESSED, col, fixtureBytes, importOk } from '../importHelpers';
import { comtradeJson, worldBankJson } from './apiFixtures';

const utf8 = (s: string) => new TextEncoder().encode(s);
const read = (json: string, name = 'answer.json') =>
  importJson(utf8(json), { name, accessed: ACCESSED });
function readOk(json: string, name?: string) {
  const result = read(json, name);
  if (!result.ok) throw new Error(`import refused: ${result.error}`);
  return result;
}

/** Columns and every cell, to compare two imports of the same data. */
const cells = (t: Table, names: string[]) =>
  Array.from({ length: t.rowCount }, (_, r) => names.map((n) => columnValue(col(t, n), r)));

describe('importJson', () => {
  it('World Bank API v2 gives the table of its CSV twin, groups and unit included', () => {
    const csv = importOk(fixtureBytes('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv'));
    const long = toLong(csv.table);
    const { table } = readOk(worldBankJson(long));
    const names = ['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code', 'period'];
    expect(cells(table, [...names, 'value'])).toEqual(cells(long, [...names, 'value']));
    expect(col(table, 'period')).toMatchObject({ type: 'period', role: 'time' });
    expect(col(table, 'value')).toMatchObject({ type: 'number', role: 'measure' });
    expect(table.columns.map((c) => c.name)).not.toContain('decimal');
    expect(table.provenance.file?.format).toBe('world-bank-json');
    expect(table.provenance.fileSource).toMatchObject({
      publisher: 'World Bank',
      title: 'Exports of goods and services (% of GDP)',
      dataset: 'NE.EXP.GNFS.ZS',
      updated: '2023-07-25',
    });
    expect(table.provenance.citations[0]).toMatchObject({
      publisher: 'World Bank',
      title: 'Exports of goods and services (% of GDP)',
      date: '2023-07-25',
      readFromFile: 'answer.json',
    });
  });

  it('Comtrade+ API gives the same table as its CSV download', () => {
    const bytes = fixtureBytes(
      'comtrade/fernandobarbalho_tarifas_eua_TradeData_4_4_2025_15_19_17.csv',
    );
    const csv = importOk(bytes).table;
    const { table } = readOk(comtradeJson(new TextDecoder('windows-1252').decode(bytes)));
    // Fields null in every record are left out; the CSV keeps such columns, all empty.
    const names = table.columns.map((c) => c.name);
    const kept = csv.columns.filter((c) => names.includes(c.name));
    expect(kept.map((c) => c.name)).toEqual(names);
    for (const c of csv.columns.filter((x) => !names.includes(x.name)))
      expect(
        cells(csv, [c.name])
          .flat()
          .every((v) => v === null),
      ).toBe(true);
    expect(table.columns.map((c) => [c.type, c.role])).toEqual(kept.map((c) => [c.type, c.role]));
    expect(cells(table, names)).toEqual(cells(csv, names));
    expect(table.provenance.fileSource?.publisher).toBe('UN Comtrade');
    expect(table.provenance.file?.format).toBe('comtrade-json');
  });

  it('reads a plain list of records', () => {
    const { table } = readOk(
      '[{"country":"China","year":2021,"trade":146.9},{"country":"China","year":2022,"trade":190.3}]',
    );
    expect(cells(table, ['country', 'year', 'trade'])).toEqual([
      ['China', '2021', 146.9],
      ['China', '2022', 190.3],
    ]);
  });

  it('a World Bank page of several says how to get every record', () => {
    const json = JSON.stringify([
      { page: 1, pages: 3, per_page: 2, total: 6 },
      [
        { country: { id: 'CN', value: 'China' }, date: '2020', value: 1 },
        { country: { id: 'CN', value: 'China' }, date: '2021', value: 2 },
      ],
    ]);
    const { table } = readOk(json);
    expect(table.issues.map((i) => i.message).join()).toMatch(/page 1 of 3.*per_page=6/);
  });

  it.each([
    [
      'an unknown shape',
      '{"results": {"a": 1}}',
      /not in a shape Tradelens knows.*World Bank.*Comtrade/,
    ],
    [
      'a World Bank error',
      '[{"message":[{"id":"120","key":"Invalid value","value":"The provided parameter value is not valid"}]}]',
      /World Bank API answered with an error.*not valid/,
    ],
    ['an empty Comtrade answer', '{"data": [], "error": "no rows"}', /holds no records.*no rows/],
    ['an empty World Bank answer', '[{"page":0,"pages":0,"total":0}, null]', /holds no records/],
    ['cut-short JSON', '[{"a": 1}, {"a"', /not valid JSON.*cut short/],
    ['records without values', '[{"a": null}, {"b": ""}]', /no fields with values/],
  ])('%s gets a clear message', (_, json, says) => {
    expect(read(json)).toMatchObject({ ok: false, error: expect.stringMatching(says) });
  });

  it('is found by its bytes, also gzipped, whatever the file is called', async () => {
    const json = '\ufeff  [{"geo":"DE","year":2020,"v":1},{"geo":"FR","year":2020,"v":2}]';
    const result = await importBytes(utf8(json), { name: 'data.csv', accessed: ACCESSED });
    expect(result.ok && result.table.provenance.file?.format).toBe('json-records');
  });

  it('never throws on cut or damaged JSON (generated)', () => {
    const whole = worldBankJson(
      toLong(
        importOk(fixtureBytes('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv')).table,
      ),
    ).slice(0, 20_000);
    fc.assert(
      fc.property(fc.nat(whole.length), fc.string({ maxLength: 3 }), (at, junk) => {
        const result = read(whole.slice(0, at) + junk);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.length).toBeGreaterThan(20);
      }),
      { seed: 16, numRuns: 80 },
    );
  });
});
