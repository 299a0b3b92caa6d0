import { describe, expect, it } from 'vitest';
import {
  cellReference,
  columnLetters,
} from '../../../../../src/lib/data/import/workbook/cellReference';

describe('cellReference', () => {
  it('names columns as a spreadsheet does', () => {
    expect([0, 2, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual([
      'A',
      'C',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('quotes a sheet name that is not one plain word, and gives a whole row without a column', () => {
    expect(cellReference('Data', 9, 2)).toBe('Data!C9');
    expect(cellReference('Exports, FOB', 9, 2)).toBe("'Exports, FOB'!C9");
    expect(cellReference("Tom's", 4, null)).toBe("'Tom''s'!4:4");
  });
});
