import { describe, expect, it } from 'vitest';
import {
  imageNote,
  TABLE_LISTS_EACH,
  TABLE_LISTS_THEM,
} from '../../../../src/lib/charts/words/pageOnlyWords';
import { UNSAID } from '../../../../src/lib/charts/prepare/chartUnit';

describe('imageNote(note)', () => {
  it('drops the words that point to a table, and keeps the rest of the note', () => {
    expect(imageNote(`Not matched to a country, so not drawn: Kosovo.${TABLE_LISTS_THEM}`)).toBe(
      'Not matched to a country, so not drawn: Kosovo.',
    );
    expect(imageNote(`“Other” holds 3 small codes together, $2 bn${TABLE_LISTS_EACH}.`)).toBe(
      '“Other” holds 3 small codes together, $2 bn.',
    );
  });

  it('drops the hint at the editor, which speaks to the author, not to the image’s readers', () => {
    expect(imageNote(UNSAID)).toBe('The file does not say what unit these figures are in.');
  });

  it('leaves a note without them as it is', () => {
    expect(imageNote('2022: “exceeding $190 billion”, a lower bound.')).toBe(
      '2022: “exceeding $190 billion”, a lower bound.',
    );
  });
});
