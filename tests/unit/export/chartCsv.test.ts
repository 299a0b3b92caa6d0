import { describe, expect, it } from 'vitest';
import { release } from '../../../src/lib/data/datasets/release';
import { chartCsv, commentLine, type ChartCsvInput } from '../../../src/lib/export/chartCsv';

const input: ChartCsvInput = {
  title: 'China–Russia trade more than doubled in a decade',
  columns: ['period', 'value', 'qualifier'],
  rows: [
    ['2012', 87.96, 'derived'],
    ['2022', 190, 'lower-bound'],
  ],
  citations: [release.citation],
  accessed: '2024-05-06',
  notes: ['2022: “exceeding $190 billion”, a lower bound.'],
};

describe('chartCsv(input)', () => {
  it('leads with # lines (title, source, retrieval date, notes, missing values), then the data', () =>
    expect(chartCsv(input).split('\r\n')).toEqual([
      '# China–Russia trade more than doubled in a decade',
      '# Source: CGTN via PR Newswire, “CGTN: China-Russia ties deepened as Xi stresses ‘new chapter’ in his visit”, Beijing, 22 March 2023',
      '# Retrieved: 6 May 2024',
      '# Note: 2022: “exceeding $190 billion”, a lower bound.',
      '# Missing values are empty.',
      'period,value,qualifier',
      '2012,87.96,derived',
      '2022,190,lower-bound',
      '',
    ]));

  it('puts an edited subtitle under the title, and does not say Note twice', () => {
    const lines = chartCsv({
      ...input,
      subtitle: 'Two-way goods trade, US$ bn',
      notes: ['Note: figures as China reports them.'],
    }).split('\r\n');
    expect(lines[1]).toBe('# Two-way goods trade, US$ bn');
    expect(lines).toContain('# Note: figures as China reports them.');
  });

  it('adds a source URL only when the source has one', () => {
    const csv = chartCsv({
      ...input,
      citations: [{ ...release.citation, url: 'https://comtradeplus.un.org/' }],
    });
    expect(csv).toContain('22 March 2023. https://comtradeplus.un.org/\r\n');
    expect(
      chartCsv({ ...input, citations: [{ ...release.citation, url: 'javascript:x' }] }),
    ).not.toContain('javascript');
  });

  const cells = [
    {
      cell: '=HYPERLINK("http://evil.example","click")',
      expected: `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    },
    { cell: '-2+3', expected: "'-2+3" },
    { cell: '@SUM(1)', expected: "'@SUM(1)" },
    { cell: '\t=1', expected: `"'\t=1"` },
    { cell: -5, expected: '-5' },
    { cell: 1e-7, expected: '1e-7' },
    { cell: null, expected: '' },
    { cell: 'say "hi"', expected: '"say ""hi"""' },
    { cell: 'two\nlines', expected: '"two\nlines"' },
  ];
  for (const { cell, expected } of cells)
    it(`chartCsv writes the cell ${JSON.stringify(cell)} as ${JSON.stringify(expected)}`, () => {
      const csv = chartCsv({ ...input, columns: ['c', 'd'], rows: [[cell, 'end']] });
      expect(csv.endsWith(`\r\nc,d\r\n${expected},end\r\n`)).toBe(true);
    });

  it('neutralises a hostile header and pads a short row with empty cells', () =>
    expect(chartCsv({ ...input, columns: ['=cmd', 'b', 'c'], rows: [[1]] })).toContain(
      "\r\n'=cmd,b,c\r\n1,,\r\n",
    ));

  it('keeps a hostile title on its own # line', () => {
    const lines = chartCsv({ ...input, title: 'T\r\n=1+1,=2\n"x' }).split('\r\n');
    expect(lines[0]).toBe(`# T =1+1,'=2 "x`);
    expect(lines[1]).toMatch(/^# Source:/);
  });
});

describe('commentLine(text)', () => {
  const cases = [
    { input: 'Title', expected: '# Title' },
    { input: 'a\nb', expected: '# a b' },
    { input: 'x, =HYPERLINK("u")', expected: `# x, '=HYPERLINK("u")` },
    { input: 'x;@SUM(1)', expected: "# x;'@SUM(1)" },
    { input: 'x, "quoted, field"', expected: `# x, '"quoted, field"` },
    { input: '2012–2023, -5 %', expected: "# 2012–2023, '-5 %" },
    { input: 'a-b, c', expected: '# a-b, c' },
  ];
  for (const { input, expected } of cases)
    it(`commentLine(${JSON.stringify(input)}) → ${JSON.stringify(expected)}`, () =>
      expect(commentLine(input)).toBe(expected));
});
