import { describe, expect, it } from 'vitest';
import { cleanValues } from '../../../../../src/lib/data/import/values/cleanValues';
import { splitDimensions } from '../../../../../src/lib/data/import/shape/splitDimensions';

describe('splitDimensions', () => {
  it("splitDimensions('MIO_EUR,AT' …, ['unit', 'geo']) gives one column per dimension", () => {
    const source = cleanValues(
      'unit,geo\\time',
      1,
      ['', 'MIO_EUR,AT', 'PC_GDP,AT', 'odd'],
      Int32Array.of(1, 2, 1, 3),
      4,
    );
    const { columns, mismatched } = splitDimensions(source, ['unit', 'geo']);
    expect(columns.map((c) => c.name)).toEqual(['unit', 'geo']);
    expect([...columns[0].codes].map((c) => columns[0].dictionary[c])).toEqual([
      'MIO_EUR',
      'PC_GDP',
      'MIO_EUR',
      'odd',
    ]);
    expect([...columns[1].codes].map((c) => columns[1].dictionary[c])).toEqual([
      'AT',
      'AT',
      'AT',
      '',
    ]);
    expect(mismatched).toBe(1);
  });
});
