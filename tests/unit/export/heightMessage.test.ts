import { describe, expect, it } from 'vitest';
import { heightMessage, isHeightMessage } from '../../../src/lib/export/heightMessage';

describe('heightMessage(height)', () => {
  const cases = [
    { input: 412.2, expected: { type: 'tradelens:height', height: 413 } },
    { input: 0, expected: { type: 'tradelens:height', height: 0 } },
    { input: 1e9, expected: { type: 'tradelens:height', height: 10000 } },
    { input: NaN, expected: { type: 'tradelens:height', height: 0 } },
  ];
  for (const { input, expected } of cases)
    it(`heightMessage(${input}) → height ${expected.height}`, () =>
      expect(heightMessage(input)).toEqual(expected));
});

describe('isHeightMessage(data)', () => {
  const cases = [
    { data: { type: 'tradelens:height', height: 413 }, expected: true },
    { data: heightMessage(640), expected: true },
    { data: heightMessage(0), expected: false },
    { data: { type: 'tradelens:height', height: '413' }, expected: false },
    { data: { type: 'tradelens:height', height: 12.5 }, expected: false },
    { data: { type: 'tradelens:height', height: 10001 }, expected: false },
    { data: { type: 'other', height: 413 }, expected: false },
    { data: 'tradelens:height', expected: false },
    { data: null, expected: false },
    { data: undefined, expected: false },
  ];
  for (const { data, expected } of cases)
    it(`isHeightMessage(${JSON.stringify(data)}) → ${expected}`, () =>
      expect(isHeightMessage(data)).toBe(expected));
});
