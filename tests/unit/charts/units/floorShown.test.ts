import { describe, expect, it } from 'vitest';
import { formatAmount, floorShown } from '../../../../src/lib/charts/units/formatAmount';
import { parseUnit } from '../../../../src/lib/charts/units/parseUnit';

const bn = parseUnit('USD billion');

describe('floorShown(value, unit, digits)', () => {
  it('cuts a lower bound down to the decimals it is shown with, never up', () => {
    expect(formatAmount(floorShown(87.76, bn), bn)).toBe('$87.7 bn');
    // Already at that precision, it stays: no step lost to float noise.
    expect(floorShown(190, bn)).toBe(190);
    expect(floorShown(87.7, bn)).toBeCloseTo(87.7, 9);
    // At the scale it is shown in: 1,234.56 bn is $1.2 tn.
    expect(formatAmount(floorShown(1_299.9, bn), bn)).toBe('$1.2 tn');
    // An author's decimals, and a plain number's own three.
    expect(floorShown(87.768, bn, 2)).toBeCloseTo(87.76, 9);
    expect(floorShown(12.3456, parseUnit(''))).toBeCloseTo(12.345, 9);
    expect(floorShown(-0.05, parseUnit('%'))).toBeCloseTo(-0.1, 9);
  });
});
