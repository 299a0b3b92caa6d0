import { describe, expect, it } from 'vitest';
import { nameList } from '../../../../src/lib/charts/words/nameList';

describe('nameList(names)', () => {
  it('joins plain names with commas', () => {
    expect(nameList(['France', 'Germany', 'Italy'])).toBe('France, Germany, Italy');
  });

  it('joins with semicolons when a name holds a comma, so each can be told apart', () => {
    expect(nameList(['Micronesia, Fed. Sts.', 'Hong Kong SAR, China', 'Malta'])).toBe(
      'Micronesia, Fed. Sts.; Hong Kong SAR, China; Malta',
    );
  });
});
