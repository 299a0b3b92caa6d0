import { describe, expect, it } from 'vitest';
import { flowClass } from '../../../../src/lib/charts/balance/flowClass';

const cases: [string, ReturnType<typeof flowClass>][] = [
  ['Export', 'exports'],
  ['exports', 'exports'],
  ['X', 'exports'],
  ['Exports, FOB to Partner Countries', 'exports'],
  ['Import', 'imports'],
  ['M', 'imports'],
  ['Imports, CIF from Partner Countries', 'imports'],
  ['Re-Export', 're-exports'],
  ['Re-exports', 're-exports'],
  ['RX', 're-exports'],
  ['Re-Import', 're-imports'],
  ['RM', 're-imports'],
  ['Domestic Export', undefined],
  ['1', undefined],
  ['Xland', undefined],
];

describe('flowClass(value)', () => {
  for (const [value, expected] of cases)
    it(`flowClass(${JSON.stringify(value)}) is ${expected}`, () => {
      expect(flowClass(value)).toBe(expected);
    });
});
