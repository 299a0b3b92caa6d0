import { describe, expect, it } from 'vitest';
import { parseUnit } from '../../../../src/lib/charts/units/parseUnit';
import { unitLabel } from '../../../../src/lib/charts/units/unitLabel';

describe('unitLabel(unit)', () => {
  it.each([
    ['USD billion', 'USD billion'],
    ['EUR million', 'EUR million'],
    ['USD trillion', 'USD trillion'],
    ['gdp_trillion', 'trillion'],
    ['% of GDP', '%'],
  ])('writes %s beside raw numbers as %s', (text, label) => {
    expect(unitLabel(parseUnit(text))).toBe(label);
  });
});
