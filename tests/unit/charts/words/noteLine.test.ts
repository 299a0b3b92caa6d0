import { describe, expect, it } from 'vitest';
import { noteLine } from '../../../../src/lib/charts/words/noteLine';

describe('noteLine(note)', () => {
  it('begins a note with “Note:”', () =>
    expect(noteLine('2015 is a gap.')).toBe('Note: 2015 is a gap.'));
  it('keeps an author’s own “Note:” or “Notes:” as written', () => {
    expect(noteLine('Note: 2015 is a gap.')).toBe('Note: 2015 is a gap.');
    expect(noteLine(' notes : two')).toBe('notes : two');
  });
});
