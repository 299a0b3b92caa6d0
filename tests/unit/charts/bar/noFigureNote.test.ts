import { describe, expect, it } from 'vitest';
import { noFigureNote } from '../../../../src/lib/charts/bar/barFrame';

describe('noFigureNote(labels)', () => {
  it('names a few categories with no figure, and counts the rest', () => {
    expect(noFigureNote(['United States'])).toBe('No figure for United States: no bar.');
    expect(noFigureNote(['A', 'B', 'C', 'D', 'E', 'F', 'G'])).toBe(
      'No figure for A, B, C, D, E and 2 more: no bar.',
    );
    // Names with commas are told apart by semicolons.
    expect(noFigureNote(['Korea, Rep.', 'Iran, Islamic Rep.'])).toBe(
      'No figure for Korea, Rep.; Iran, Islamic Rep.: no bar.',
    );
  });
});
