import { describe, expect, it } from 'vitest';
import { release } from '../../../src/lib/data/datasets/release';
import { formatCitation, formatDate } from '../../../src/lib/provenance/formatCitation';

describe('formatCitation(citation)', () => {
  it('names publisher, distributor, title as printed, place and date', () => {
    expect(formatCitation(release.citation)).toBe(
      'CGTN via PR Newswire, “CGTN: China-Russia ties deepened as Xi stresses ‘new chapter’ in his visit”, Beijing, 22 March 2023',
    );
  });
});

describe('formatDate(iso)', () => {
  const cases = [
    { input: '2023-03-22', expected: '22 March 2023' },
    { input: '2023-03', expected: 'March 2023' },
    { input: '2023', expected: '2023' },
    { input: '2012/2023', expected: '2012/2023' },
  ];
  for (const { input, expected } of cases)
    it(`formatDate('${input}') → '${expected}'`, () => expect(formatDate(input)).toBe(expected));
});

describe('formatCitation(user file)', () => {
  it('says a file without a source is user-supplied, with its import date', () => {
    expect(
      formatCitation({
        id: 'file',
        kind: 'user-file',
        publisher: 'User-supplied file',
        title: 'trade.csv',
        accessed: '2026-11-27',
      }),
    ).toBe('User-supplied file trade.csv, imported 27 November 2026');
  });

  it('names the source the user typed, with its URL', () => {
    expect(
      formatCitation({
        id: 'file',
        kind: 'dataset',
        publisher: 'World Bank',
        title: 'Exports of goods and services (% of GDP)',
        date: '2023-07-25',
        url: 'https://data.worldbank.org/indicator/NE.EXP.GNFS.ZS',
      }),
    ).toBe(
      'World Bank, “Exports of goods and services (% of GDP)”, 25 July 2023, https://data.worldbank.org/indicator/NE.EXP.GNFS.ZS',
    );
  });
});

describe('formatCitation(hostile url)', () => {
  it('leaves out a URL that is not http(s)', () => {
    expect(
      formatCitation({
        id: 'x',
        kind: 'dataset',
        publisher: 'P',
        title: 'T',
        url: 'javascript:alert(1)',
      }),
    ).toBe('P, “T”');
  });
});

describe('formatCitation(a source read from the file)', () => {
  const comtrade = {
    id: 'file',
    kind: 'dataset' as const,
    publisher: 'United Nations',
    title: 'UN Comtrade Database',
    url: 'https://comtradeplus.un.org/',
    readFromFile: 'comtrade.csv',
  };

  it('says the file names it, when a line of the file does', () => {
    expect(formatCitation(comtrade)).toBe(
      'United Nations, “UN Comtrade Database”, https://comtradeplus.un.org/ (as the file comtrade.csv says)',
    );
  });

  it('says it was recognised by the file’s layout, when no line names it', () => {
    expect(formatCitation({ ...comtrade, byLayout: true })).toBe(
      'United Nations, “UN Comtrade Database”, https://comtradeplus.un.org/ (recognised by the layout of the file comtrade.csv)',
    );
  });
});
