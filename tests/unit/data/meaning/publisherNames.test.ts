import { describe, expect, it } from 'vitest';
import { publisherNameNotes } from '../../../../src/lib/data/meaning/publisherNames';

describe('publisherNameNotes(labels)', () => {
  it('says once which economy a name such as “Other Asia, nes” stands for', () => {
    expect(publisherNameNotes(['China', 'Other Asia, nes', ' Other Asia, nes '])).toEqual([
      '“Other Asia, nes” is the name UN Comtrade gives Taiwan.',
    ]);
  });

  it('says nothing of names that say which economy they are, or of groups', () => {
    expect(publisherNameNotes(['China', 'Other Europe, nes', 'World'])).toEqual([]);
  });
});
