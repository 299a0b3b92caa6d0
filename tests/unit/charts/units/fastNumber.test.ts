import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastNumber } from '../../../../src/lib/charts/units/fastNumber';

describe('fastNumber(x, max, min)', () => {
  const cases = [
    { x: 1234.56, max: 1, min: 0, expected: '1,234.6' },
    { x: 190, max: 1, min: 0, expected: '190' },
    { x: 87.96, max: 1, min: 1, expected: '88.0' },
    { x: -0.04, max: 1, min: 0, expected: '0' },
    { x: -1234567.891, max: 3, min: 0, expected: '-1,234,567.891' },
  ];
  for (const { x, max, min, expected } of cases)
    it(`fastNumber(${x}, ${max}, ${min}) → '${expected}'`, () =>
      expect(fastNumber(x, max, min)).toBe(expected));

  it("writes what Intl.NumberFormat('en') writes", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (x, max, one) => {
          const min = one ? Math.min(1, max) : 0;
          const intl = new Intl.NumberFormat('en', {
            maximumFractionDigits: max,
            minimumFractionDigits: min,
          });
          // Intl writes −0 as "-0"; a label never should.
          expect(fastNumber(x, max, min)).toBe(intl.format(x).replace(/^-(0(\.0+)?)$/, '$1'));
        },
      ),
      { seed: 3, numRuns: 400 },
    );
  });
});
