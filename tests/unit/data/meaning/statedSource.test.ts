import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../../src/lib/data/import';
import { formatCitation } from '../../../../src/lib/provenance/formatCitation';
import { statedSource } from '../../../../src/lib/data/meaning/statedSource';

const text = { name: 'trade.csv', columns: ['Country', 'Year', 'Exports'] };

describe('statedSource(fileText)', () => {
  it('reads `Source: …` above the table, with or without a `#`, and says on which line', () => {
    for (const [said, publisher] of [
      ['Source: Statistics Norway.', 'Statistics Norway'],
      ['# Data source: Eurostat (Comext)', 'Eurostat (Comext)'],
      ['SOURCES: national customs offices', 'national customs offices'],
    ])
      expect(
        statedSource({ ...text, preamble: [{ line: 2, text: said }], footer: [] }),
      ).toMatchObject({ publisher, title: null, url: null, readFrom: 'line 2' });
  });

  it('reads it below the table too, and nothing from lines that do not say `Source:`', () => {
    const footer = [{ line: 40, text: 'Source: UN Comtrade' }];
    expect(statedSource({ ...text, preamble: [], footer })?.readFrom).toBe('line 40');
    const preamble = [{ line: 1, text: 'Open source data, 2024' }];
    expect(statedSource({ ...text, preamble, footer: [] })).toBeNull();
  });

  it('keeps a long line short: the file’s word, never more than a line', () => {
    const long = `Source: ${'x'.repeat(400)}`;
    const found = statedSource({ ...text, preamble: [{ line: 1, text: long }], footer: [] });
    expect(found!.publisher.length).toBe(160);
  });
});

describe('a file with `#` comment lines above its table, through importCsv', () => {
  const csv =
    '# Source: World Bank, World Development Indicators\n# Units: US$ millions\n' +
    'Country,Year,Exports\nChina,2020,100.5\nChina,2021,120.25\n';
  const result = importCsv(new TextEncoder().encode(csv), {
    name: 'wdi.csv',
    accessed: '2026-01-01',
  });
  if (!result.ok) throw new Error(result.error);
  const { table } = result;

  it('finds the header below the comments, whatever their commas make of them', () => {
    expect(table.columns.map((c) => c.name)).toEqual(['Country', 'Year', 'Exports']);
    expect(table.rowCount).toBe(2);
  });

  it('cites the source the comment names, without repeating the file name as a title', () => {
    const citation = table.provenance.citations.find((c) => c.id === 'file')!;
    expect(formatCitation(citation)).toBe(
      'World Bank World Development Indicators (as the file wdi.csv says)',
    );
  });
});
