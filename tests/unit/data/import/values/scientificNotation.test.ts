import { describe, expect, it } from 'vitest';
import {
  emptyTally,
  joinScientificIssues,
  mergeTallies,
  readScientific,
  scientificIssue,
  tallyScientific,
} from '../../../../../src/lib/data/import/values/scientificNotation';
import { parseNumber } from '../../../../../src/lib/data/import/values/parseNumber';
import { cell, importOk } from '../importHelpers';

const lines = (n: number) => Int32Array.from({ length: n }, (_, r) => r + 2);

function issueOf(cells: string[]) {
  const tally = emptyTally();
  cells.forEach((s, r) => tallyScientific(tally, r, s));
  return scientificIssue(tally, 'Trade Value (US$)', lines(cells.length));
}

describe('readScientific', () => {
  it('readScientific(a spreadsheet’s large number) gives its figures and power of ten', () => {
    expect(readScientific('1.12339E+11')).toEqual({ figures: 6, exponent: 11 });
    expect(readScientific('1.50E+3')).toEqual({ figures: 3, exponent: 3 });
    expect(readScientific('-2e-5')).toEqual({ figures: 1, exponent: -5 });
    expect(readScientific('0.05E+3')).toEqual({ figures: 1, exponent: 1 });
    expect(readScientific('12.5E2')).toEqual({ figures: 3, exponent: 3 });
  });

  it('readScientific(numbers written out, words) is null', () => {
    expect(readScientific('112339000000')).toBeNull();
    expect(readScientific('1,234.5')).toBeNull();
    expect(readScientific('Exports')).toBeNull();
    expect(readScientific('E+11')).toBeNull();
  });

  it('parseNumber(scientific notation) keeps reading the value', () => {
    expect(parseNumber('1.12339E+11')).toBe(112339000000);
    expect(parseNumber('1.5E+3')).toBe(1500);
  });
});

describe('scientificIssue', () => {
  it('scientificIssue(cut values) counts them, names the first line and the rounding', () => {
    const issue = issueOf(['36327640', '1.12339E+11', '179614', '1.50044E+11']);
    expect(issue).toEqual({
      line: 3,
      column: 'Trade Value (US$)',
      severity: 'warning',
      message:
        '2 values in “Trade Value (US$)” are written in scientific notation with 6 significant ' +
        'figures (first on line 3: 1.12339E+11), a form spreadsheets use for large numbers: the ' +
        'file rounds them, here to within ±500,000.',
    });
  });

  it('scientificIssue(small and huge values) gives each its own rounding', () => {
    const issue = issueOf(['3.19E+13', '12', '9.14E+17']);
    expect(issue?.message).toBe(
      '2 values in “Trade Value (US$)” are written in scientific notation with 3 significant ' +
        'figures (first on line 2: 3.19E+13), a form spreadsheets use for large numbers: the ' +
        'file rounds them, that one to within ±50,000,000,000, and the largest (line 4: ' +
        '9.14E+17) to within ±500,000,000,000,000.',
    );
  });

  it('scientificIssue(values the notation writes in full) is null', () => {
    expect(issueOf(['1.5E+3', '2.5E+4'])).toBeNull();
    expect(issueOf(['1.12339E+5', '4.2E+3', '7'])).toBeNull();
    expect(issueOf(['12', '13'])).toBeNull();
  });

  it('scientificIssue(short and full mantissas) counts only those the precision stops short of', () => {
    const issue = issueOf(['1.5E+3', '4.5E+10', '1.23457E+12']);
    expect(issue?.message).toMatch(
      /^2 values in .* with 6 significant figures \(first on line 3: 4\.5E\+10\).*±5,000,000\.$/,
    );
  });

  it('mergeTallies(parts of a file) counts every part, lines after the first part moved down', () => {
    const start = emptyTally();
    tallyScientific(start, 0, '9');
    const part = emptyTally();
    tallyScientific(part, 1, '2.34567E+9');
    tallyScientific(part, 0, '1.23456E+9');
    mergeTallies(start, part, 5);
    const issue = scientificIssue(start, 'v', lines(10));
    expect(issue?.line).toBe(7);
    expect(issue?.message).toContain('2 values in “v”');
    expect(issue?.message).toContain('±5,000.');
  });
});

describe('importCsv: scientific notation', () => {
  it('importCsv(values a spreadsheet saved as 1.12339E+11) reads them and says they are rounded', () => {
    const rows = ['Year,Value,Flag', '2017,1.12339E+11,0', '2018,1.12339E+11,0', '2019,1.5E+3,0'];
    const { table } = importOk(rows.join('\n') + '\n');
    expect(cell(table, 'Value', 0)).toBe(112339000000);
    expect(cell(table, 'Value', 2)).toBe(1500);
    expect(table.issues).toEqual([
      expect.objectContaining({
        line: 2,
        column: 'Value',
        message: expect.stringMatching(
          /^2 values in “Value” are written in scientific notation with 6 significant figures \(first on line 2: 1\.12339E\+11\).*±500,000\.$/,
        ),
      }),
    ]);
  });

  it('importCsv(exponents the digits cover) adds no issue', () => {
    const { table } = importOk('Year,Value\n2017,1.5E+3\n2018,1.5E+3\n2019,1.23456E+5\n');
    expect(cell(table, 'Value', 2)).toBe(123456);
    expect(table.issues).toEqual([]);
  });
});

describe('joinScientificIssues', () => {
  const rounded = (column: string, cell: string, line: number) => {
    const tally = emptyTally();
    tallyScientific(tally, line - 2, cell);
    return scientificIssue(tally, column, lines(200))!;
  };
  const other = { line: 5, column: 'x', message: 'Another note.', severity: 'info' as const };

  it('joinScientificIssues(a wide table’s year columns) says them once, each rounding with its value', () => {
    const issues = [
      other,
      rounded('2017', '3.19E+13', 119),
      rounded('2018', '3.31E+13', 119),
      rounded('2021', '9.14E+17', 149),
    ];
    const joined = joinScientificIssues(issues);
    expect(joined).toHaveLength(2);
    expect(joined[0]).toBe(other);
    expect(joined[1]).toEqual({
      line: 119,
      column: null,
      severity: 'warning',
      message:
        '3 values in 3 columns (“2017” to “2021”) are written in scientific notation with 3 ' +
        'significant figures (first on line 119: 3.19E+13), a form spreadsheets use for large ' +
        'numbers: the file rounds them, that one to within ±50,000,000,000, and the largest ' +
        '(line 149: 9.14E+17) to within ±500,000,000,000,000.',
    });
  });

  it('joinScientificIssues(one or two columns) leaves them as they are', () => {
    const issues = [rounded('a', '1.23456E+9', 3), other, rounded('b', '1.23456E+9', 4)];
    expect(joinScientificIssues(issues)).toEqual(issues);
  });
});
