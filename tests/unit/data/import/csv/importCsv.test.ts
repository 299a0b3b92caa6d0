import { describe, expect, it } from 'vitest';
import type { NumberColumn } from '../../../../../src/lib/data/table';
import { ACCESSED, cell, col, importAny, importOk, types } from '../importHelpers';

describe('importCsv', () => {
  it('importCsv(a tidy CSV) types columns, reads values and cites the file', () => {
    const { table, meta } = importOk(
      'Country,Year,Value\nChina,2021,"1,234.5"\nRussia,2022,n/a\n',
      { name: 'trade.csv' },
    );
    expect(meta).toEqual({
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 1,
      rows: 2,
      shape: 'long',
    });
    expect(types(table)).toEqual({ Country: 'category', Year: 'period', Value: 'number' });
    expect(cell(table, 'Value', 0)).toBe(1234.5);
    expect(cell(table, 'Value', 1)).toBeNull();
    expect(table.columns.map((c) => c.role)).toEqual(['entity', 'time', 'measure']);
    expect(table.provenance.citations).toEqual([
      {
        id: 'file',
        kind: 'user-file',
        publisher: 'User-supplied file',
        title: 'trade.csv',
        accessed: ACCESSED,
      },
    ]);
    expect(table.provenance.file).toMatchObject({
      name: 'trade.csv',
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 1,
      shape: 'long',
      rows: 2,
    });
    expect(table.issues).toEqual([]);
  });

  it('importCsv(blank and repeated header names) makes them unique, with issues on the header line', () => {
    const { table } = importOk('x,,x\n1,2,3\n');
    expect(table.columns.map((c) => c.name)).toEqual(['x', 'Column 2', 'x (2)']);
    expect(table.issues.filter((i) => i.line === 1)).toHaveLength(2);
  });

  it('importCsv(ragged rows) keeps them and reports each with its physical line', () => {
    const { table } = importOk('a,b,c\n1,2,3\n4,5\n"multi\nline",8,9\n10,11,12,13\n');
    expect(table.rowCount).toBe(4);
    expect(cell(table, 'c', 1)).toBeNull();
    expect(cell(table, 'a', 2)).toBe('multi\nline');
    const ragged = table.issues.filter((i) => /fields where the header has 3/.test(i.message));
    expect(ragged.map((i) => i.line)).toEqual([3, 6]);
  });

  it('importCsv(one extra empty field on every data row) accepts the rows silently (Comtrade+)', () => {
    const { table } = importOk('a,b\n"1","x",\n"2","y",\n');
    expect(table.columns.map((c) => c.name)).toEqual(['a', 'b']);
    expect(table.rowCount).toBe(2);
    expect(table.issues.filter((i) => i.severity === 'warning')).toEqual([]);
  });

  it('importCsv(words in a number column) leaves them empty, with line and column, capped', () => {
    const rows = Array.from({ length: 80 }, (_, i) => `r${i},${i < 12 ? 'oops' : i}`).join('\n');
    const { table } = importOk(`name,value\n${rows}\n`);
    expect(col(table, 'value').type).toBe('number');
    const cells = table.issues.filter((i) => i.column === 'value' && i.line !== null);
    expect(cells).toHaveLength(10);
    expect(cells[0]).toMatchObject({
      line: 2,
      message: expect.stringContaining('"oops" is not a number'),
    });
    expect(table.issues.some((i) => i.line === null && /2 more cells/.test(i.message))).toBe(true);
  });

  it('importCsv(a column of only "1,234"-like values) reads them and says the reading is ambiguous', () => {
    const { table } = importOk('name;value\na;"1,234"\nb;"5,678"\n'.replace(/;/g, '\t'));
    expect(cell(table, 'value', 0)).toBe(1234);
    expect(
      table.issues.some((i) => i.column === 'value' && /can be read two ways/.test(i.message)),
    ).toBe(true);
  });

  it('importCsv(a semicolon file with decimal commas and missing markers) reads them per column', () => {
    const { table, meta } = importOk(';;;\nname;a;b;c\nx;3.290,2;61%; \t-   \ny;229,1;5%;0,8\n');
    expect(meta).toMatchObject({ delimiter: ';', headerLine: 2 });
    expect([
      cell(table, 'a', 0),
      cell(table, 'a', 1),
      cell(table, 'b', 0),
      cell(table, 'c', 0),
      cell(table, 'c', 1),
    ]).toEqual([3290.2, 229.1, 61, null, 0.8]);
  });

  it('importCsv(Eurostat flags after values) keeps them in the number column', () => {
    const { table } = importOk('geo\\time\t2021 \t2022 \nAT\t12.3 p\t: c\nBE\t5 e\t7 \n');
    const column = col(table, '2022') as NumberColumn;
    expect([cell(table, '2021', 0), cell(table, '2022', 0), cell(table, '2022', 1)]).toEqual([
      12.3,
      null,
      7,
    ]);
    expect(column.flags!.dictionary[column.flags!.codes[0]]).toBe('c');
    expect(column.flags!.codes[1]).toBe(-1);
    expect(table.columns[0].name).toBe('geo');
  });

  it('importCsv(notes below the data) drops them with an info issue (DataBank footer)', () => {
    const text =
      'Country,1990 [YR1990],2000 [YR2000]\nA,1,..\nB,..,2\n,,\n,,\nData from database: WDI,,\nLast Updated: 09/15/2023,,\n';
    const { table, meta } = importOk(text);
    expect(meta.rows).toBe(2);
    expect(meta.shape).toBe('wide');
    expect(table.issues).toContainEqual(
      expect.objectContaining({
        line: 4,
        severity: 'info',
        message: expect.stringMatching(/lines 4–7.*Data from database/),
      }),
    );
  });

  it('importCsv(a lone last row with one cell) keeps it as data', () => {
    const { table } = importOk('country,value\nChina,1\nBrazil,\n');
    expect(table.rowCount).toBe(2);
  });

  it('importCsv(blank lines between rows) skips them and says so once', () => {
    const { table } = importOk('a,b\n1,2\n\n3,4\n\n5,6\n');
    expect(table.rowCount).toBe(3);
    expect(table.issues).toEqual([
      expect.objectContaining({
        line: 3,
        severity: 'info',
        message: expect.stringContaining('2 empty rows'),
      }),
    ]);
  });

  it('importCsv(two header rows under merged cells) joins the names', () => {
    const { table, meta } = importOk(
      'Country,Exports,,Imports,\n,2020,2021,2020,2021\nGermany,1,2,3,4\nFrance,5,6,7,8\n',
    );
    expect(table.columns.map((c) => c.name)).toEqual([
      'Country',
      'Exports 2020',
      'Exports 2021',
      'Imports 2020',
      'Imports 2021',
    ]);
    expect(meta.rows).toBe(2);
    expect(cell(table, 'Imports 2021', 1)).toBe(8);
  });

  it('importCsv(UTF-16LE without a BOM, tab-separated) reads it', () => {
    const text = "Country\tValue\r\nCôte d'Ivoire\t1.5\r\n";
    const bytes = Uint8Array.from(
      [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    );
    const { table, meta } = importOk(bytes);
    expect(meta).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(cell(table, 'Country', 0)).toBe("Côte d'Ivoire");
  });

  it('importCsv(Windows-1252 bytes) decodes names', () => {
    const bytes = Uint8Array.from([...'name,v\nT\u00fcrkiye,1\n'].map((c) => c.charCodeAt(0)));
    const { table, meta } = importOk(bytes);
    expect(meta.encoding).toBe('windows-1252');
    expect(cell(table, 'name', 0)).toBe('Türkiye');
  });

  it('importCsv(a Windows-1252 byte after the first 64 KB of ASCII) switches encoding', () => {
    const ascii = 'name,v\n' + 'Albania,1\n'.repeat(8000);
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(ascii),
      0x43,
      0xf4,
      0x74,
      0x65,
      0x2c,
      0x32,
      0x0a,
    ]);
    const { table, meta } = importOk(bytes);
    expect(meta.encoding).toBe('windows-1252');
    expect(cell(table, 'name', 8000)).toBe('Côte');
  });

  it('importCsv(mixed CRLF and LF line ends) reads every row with the right lines', () => {
    const { table } = importOk('a,b\r\n1,2\n2,3\r\n4,5\n5,x\r\n6,7\n');
    expect(table.rowCount).toBe(5);
    expect(table.issues[0]).toMatchObject({ line: 5, column: 'b' });
  });

  it('importCsv(an Excel "sep=;" line) uses that delimiter', () => {
    expect(importOk('sep=;\na;b\n1,5;2\n').meta).toMatchObject({ delimiter: ';', headerLine: 2 });
  });

  it('importCsv(ISO dates) types a date column keyed by epoch ms', () => {
    const { table } = importOk('day,v\n2023-10-26,1\n2023-10-27,2\n');
    const day = col(table, 'day');
    expect(day.type).toBe('date');
    expect(day.type !== 'number' && day.keys![0]).toBe(Date.UTC(2023, 9, 26));
  });

  const refusals = [
    {
      name: 'an .xlsx (ZIP) file',
      input: Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0),
      says: /Excel workbook.*save it as CSV/,
    },
    { name: 'an empty file', input: new Uint8Array(0), says: /empty/ },
    { name: 'only whitespace', input: ' \n\t \r\n', says: /only blank space/ },
    { name: 'a header without rows', input: 'a,b,c\n', says: /no data rows/ },
    { name: 'only delimiters', input: ';;;\n;;;\n', says: /no table/ },
  ];
  for (const { name, input, says } of refusals) {
    it(`importCsv(${name}) refuses with a message, not an exception`, () => {
      const result = importAny(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(says);
    });
  }

  it('importCsv(bytes over maxBytes) refuses and names the limit', () => {
    const result = importAny('a,b\n1,2\n', { maxBytes: 4 });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/more than the 4 bytes/) });
  });
});

describe('importCsv(large varied columns)', () => {
  it('importCsv(10 000 rows of distinct amounts) keeps values, quoted line breaks and issue lines right', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      if (i === 9000) return `"two\nlines",1`;
      if (i === 9500) return `x${i},oops`;
      return `x${i},"${(i * 1000 + 0.5).toLocaleString('en-US')}"`;
    });
    const { table } = importOk(`id text,amount\n${rows.join('\n')}\n`);
    expect(table.rowCount).toBe(10_000);
    expect([
      cell(table, 'amount', 0),
      cell(table, 'amount', 8999),
      cell(table, 'amount', 9999),
    ]).toEqual([0.5, 8999000.5, 9999000.5]);
    expect(cell(table, 'id text', 9000)).toBe('two\nlines');
    // Row 9500 sits on line 9500 + 2 (header) + 1 (the quoted line break above it).
    expect(table.issues).toEqual([
      expect.objectContaining({
        line: 9503,
        column: 'amount',
        message: expect.stringContaining('"oops"'),
      }),
    ]);
  });
});

describe('importCsv(a quote that never closes)', () => {
  it('reads the quote as a character and the rest of the file as usual, with an issue at its line', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${2000 + i},${i}`).join('\n');
    const r = importOk(`year,value\n1999,"7\n${rows}\n`);
    expect(r.table.rowCount).toBe(51);
    expect(cell(r.table, 'value', 1)).toBe(0);
    expect(cell(r.table, 'value', 50)).toBe(49);
    expect(r.table.issues).toContainEqual({
      line: 2,
      column: 'value',
      severity: 'warning',
      message:
        'A quote opens the “value” value on this line and never closes, which would make the ' +
        'rest of the file one value; it was read as a plain character. Check the quotes on this ' +
        'line in the file.',
    });
  });
});

describe('importCsv(a column of numbers with a few stray words)', () => {
  it('reads it as text, as most files mean, and says which cell kept it from being numbers', () => {
    const r = importOk('year,value\n2020,1.5\n2021,2.5\n2022,=cmd|calc\n2023,n.a.\n2024,4\n');
    expect(types(r.table)).toEqual({ year: 'period', value: 'category' });
    expect(r.table.issues).toContainEqual({
      line: 4,
      column: 'value',
      severity: 'warning',
      message:
        'Read as text: 3 of 4 filled cells are numbers, but others are not, such as “=cmd|calc” ' +
        'on this line. If the column holds numbers, correct or empty those cells.',
    });
  });

  it('says nothing of a column of words with a number or two', () => {
    const r = importOk('country,code\nChina,CN\nRussia,RU\nIndia,IN\nTotal,1\n');
    expect(r.table.issues.filter((i) => i.message.startsWith('Read as text'))).toEqual([]);
  });
});

describe('importCsv(a header of more fields than a spreadsheet has columns)', () => {
  it('refuses the file at once with the count, instead of filling memory with columns', () => {
    const header = Array.from({ length: 20_000 }, (_, i) => `c${i}`).join(',');
    const r = importAny(`${header}\n${header.replace(/c\d+/g, '1')}\n`);
    expect(r).toEqual({
      ok: false,
      error:
        'The header row (line 1) has 20,000 fields, more than the 16,384 columns Tradelens reads ' +
        '(as many as a spreadsheet holds). Check that the file is a table with a line per row, ' +
        'or keep only the columns you need.',
    });
  });

  it('reads a table as wide as a spreadsheet allows', () => {
    const header = Array.from({ length: 16_384 }, (_, i) => `c${i}`).join(',');
    const r = importOk(`${header}\n${header.replace(/c\d+/g, '1')}\n`);
    expect(r.table.columns).toHaveLength(16_384);
  });
});
