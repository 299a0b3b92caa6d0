import { describe, expect, it } from 'vitest';
import { findFooter } from '../../../../../src/lib/data/import/shape/findFooter';
import { rawTable } from '../rawTableHelper';

const header = ['Country', '1990', '2000'];

describe('findFooter', () => {
  it('findFooter(notes after empty rows) starts at the first note (DataBank)', () => {
    const raw = rawTable(
      header,
      [['A', '1', '2'], ['Data from database: WDI'], ['Last Updated: 09/15/2023']],
      [1, 1],
    );
    expect(findFooter(raw)).toEqual({ start: 1, text: 'Data from database: WDI' });
  });

  it('findFooter(a note-like last row without an empty row above) still finds it', () => {
    const raw = rawTable(header, [['A', '1', '2'], ['Source: IMF']]);
    expect(findFooter(raw)).toEqual({ start: 1, text: 'Source: IMF' });
  });

  it('findFooter(a last row with one value and no empty row above) is null: it is data', () => {
    expect(
      findFooter(
        rawTable(header, [
          ['A', '1', '2'],
          ['B', '', ''],
        ]),
      ),
    ).toBeNull();
  });

  it('findFooter(full rows to the end) is null', () => {
    expect(findFooter(rawTable(header, [['A', '1', '2']]))).toBeNull();
  });
});
