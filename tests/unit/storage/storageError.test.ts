import { describe, expect, it } from 'vitest';
import { storageError } from '../../../src/lib/storage/storageError';

const named = (name: string, message = '') => Object.assign(new Error(message), { name });

describe('storageError(error, action)', () => {
  const cases = [
    {
      error: named('QuotaExceededError'),
      action: 'save',
      expected: /storage for this site is full/,
    },
    { error: named('unavailable'), action: 'load', expected: /does not let the page store data/ },
    { error: named('SecurityError'), action: 'save', expected: /private mode/ },
    {
      error: named('Error', 'disk on fire'),
      action: 'delete',
      expected: /Could not delete the table in browser storage \(disk on fire\)/,
    },
  ] as const;
  for (const { error, action, expected } of cases)
    it(`storageError(${error.name}, '${action}') says ${expected}`, () =>
      expect(storageError(error, action)).toMatch(expected));
});
