import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitHeader } from '../../../../../src/lib/data/import/shape/splitHeader';
import { cell, importOk } from '../importHelpers';

describe('splitHeader(upper, lower)', () => {
  const cases = [
    {
      what: 'UNCTADstat: YEAR and the years over ECONOMY',
      upper: ['YEAR', '2019', '2020'],
      lower: ['ECONOMY'],
      expected: { periodsRow: 0, periods: [1, 2], labels: [{ at: 0, text: 'ECONOMY' }] },
    },
    {
      what: 'labels above, periods below',
      upper: ['Country', 'Flow', '', ''],
      lower: ['', '', '2021Q1', '2021Q2'],
      expected: {
        periodsRow: 1,
        periods: [2, 3],
        labels: [
          { at: 0, text: 'Country' },
          { at: 1, text: 'Flow' },
        ],
      },
    },
    {
      what: 'a header over a data row',
      upper: ['Country', '2019', '2020'],
      lower: ['Aruba', '', ''],
      expected: null,
    },
    {
      what: 'a blank label cell over a name that is not a column name',
      upper: ['', '2019', '2020'],
      lower: ['Aruba', '', ''],
      expected: null,
    },
    {
      what: 'a number in the labels row',
      upper: ['YEAR', '2019', '2020'],
      lower: ['ECONOMY', '12', ''],
      expected: null,
    },
    {
      what: 'merged cells over periods',
      upper: ['Exports', '', 'Imports', ''],
      lower: ['2021', '2022', '2021', '2022'],
      expected: null,
    },
  ];
  for (const c of cases)
    it(`${c.what} → ${c.expected ? 'joined' : 'not a split header'}`, () => {
      expect(splitHeader(c.upper, c.lower)).toEqual(c.expected);
    });
});

describe('importCsv(a file whose header is split over two rows)', () => {
  it('joins YEAR over ECONOMY into one header and says so with its lines', () => {
    const csv =
      '"Merchandise trade"\n"YEAR","2019","2020"\n"ECONOMY"\n"World","19014","17650"\n"China","2499",""\n';
    const { table, meta } = importOk(csv);
    expect(table.columns.map((c) => c.name)).toEqual(['ECONOMY', '2019', '2020']);
    expect(meta).toMatchObject({ headerLine: 2, rows: 2, shape: 'wide' });
    expect([cell(table, 'ECONOMY', 1), cell(table, '2019', 1), cell(table, '2020', 1)]).toEqual([
      'China',
      2499,
      null,
    ]);
    expect(table.issues).toEqual([
      {
        line: 2,
        column: null,
        message:
          'Joined the header split over lines 2–3: the periods (2019, 2020) from line 2, the column name “ECONOMY” from line 3.',
        severity: 'info',
      },
    ]);
  });

  it('finds a labels row above the periods row too', () => {
    const csv = 'Partner,,,\n,2021,2022,2023\nA,1,2,3\nB,4,5,6\n';
    const { table, meta } = importOk(csv);
    expect(table.columns.map((c) => c.name)).toEqual(['Partner', '2021', '2022', '2023']);
    expect(meta).toMatchObject({ headerLine: 1, rows: 2 });
    expect(table.issues[0].message).toContain('the periods (2021…2023) from line 2');
  });

  const names = fc.constantFrom('ECONOMY', 'Country', 'Partner', 'REPORTER', 'Region', 'Indicator');
  const file = fc.record({
    labels: fc.uniqueArray(names, { minLength: 1, maxLength: 2 }),
    first: fc.integer({ min: 1990, max: 2015 }),
    years: fc.integer({ min: 2, max: 6 }),
    timeWord: fc.constantFrom('YEAR', 'Period', ''),
    labelsAbove: fc.boolean(),
    title: fc.boolean(),
    rows: fc.array(
      fc.array(fc.option(fc.integer({ min: 0, max: 99999 }), { nil: null }), {
        minLength: 6,
        maxLength: 6,
      }),
      { minLength: 1, maxLength: 8 },
    ),
  });

  it('property: any periods row and labels row become one header; no row or value is lost', () => {
    fc.assert(
      fc.property(file, (f) => {
        const years = Array.from({ length: f.years }, (_, k) => String(f.first + k));
        const blanks = f.labels.map((_, k) => (k === 0 ? f.timeWord : ''));
        const periodsRow = [...blanks, ...years];
        const labelsRow = f.labelsAbove ? [...f.labels, ...years.map(() => '')] : f.labels;
        const header = f.labelsAbove ? [labelsRow, periodsRow] : [periodsRow, labelsRow];
        // Every data row has a value under the first period, as a table's first row does.
        const data = f.rows.map((r, i) => [
          ...f.labels.map((l) => `${l.toLowerCase()} ${i}`),
          ...years.map((_, k) => String((k === 0 ? (r[k] ?? 1) : r[k]) ?? '')),
        ]);
        const lines = [...(f.title ? ['Title of the table'] : []), ...header, ...data].map((r) =>
          Array.isArray(r) ? r.join(',') : r,
        );
        const { table, meta } = importOk(`${lines.join('\n')}\n`);
        expect(table.columns.map((c) => c.name)).toEqual([...f.labels, ...years]);
        expect(meta.rows).toBe(f.rows.length);
        const top = f.title ? 2 : 1;
        expect(table.issues.find((i) => i.message.startsWith('Joined the header'))?.line).toBe(top);
        data.forEach((row, i) =>
          years.forEach((y, k) => {
            const raw = row[f.labels.length + k];
            expect(cell(table, y, i)).toBe(raw === '' ? null : Number(raw));
          }),
        );
      }),
      { numRuns: 80, seed: 5 },
    );
  });

  it('property: a one-row header over a first row with no values is never joined', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Aruba', 'World', 'Euro area', 'ARUBA'),
        fc.integer({ min: 2, max: 5 }),
        (name, n) => {
          const years = Array.from({ length: n }, (_, k) => String(2000 + k));
          const csv = `Country,${years.join(',')}\n${name}${','.repeat(n)}\nB,${years.map(() => 1).join(',')}\n`;
          const { table, meta } = importOk(csv);
          expect(meta.rows).toBe(2);
          expect(table.columns[0].name).toBe('Country');
          expect(cell(table, 'Country', 0)).toBe(name);
        },
      ),
      { numRuns: 20, seed: 6 },
    );
  });
});
