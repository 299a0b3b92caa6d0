import { describe, expect, it } from 'vitest';
import { axisUnitLabel, formatAmount } from '../../../../src/lib/charts/units/formatAmount';
import { pickedUnit } from '../../../../src/lib/charts/units/pickedUnit';

describe('pickedUnit(text)', () => {
  const cases = [
    { text: 'US$', expected: { currency: 'USD', scale: 1, percent: false } },
    { text: 'US$ thousand', expected: { currency: 'USD', scale: 1e3, percent: false } },
    { text: 'US$ million', expected: { currency: 'USD', scale: 1e6, percent: false } },
    { text: 'US$ billion', expected: { currency: 'USD', scale: 1e9, percent: false } },
    { text: 'US$ trillion', expected: { currency: 'USD', scale: 1e12, percent: false } },
    { text: 'EUR million', expected: { currency: 'EUR', scale: 1e6, percent: false } },
    { text: '€ million', expected: { currency: 'EUR', scale: 1e6, percent: false } },
    { text: '€ billion', expected: { currency: 'EUR', scale: 1e9, percent: false } },
    { text: '%', expected: { scale: 1, percent: true } },
    { text: 'tonnes', expected: { scale: 1, percent: false, name: 'tonnes' } },
    { text: 'thousand tonnes', expected: { scale: 1e3, percent: false, name: 'tonnes' } },
    { text: 'thousand barrels', expected: { scale: 1e3, percent: false, name: 'barrels' } },
  ];
  for (const { text, expected } of cases)
    it(`pickedUnit(${JSON.stringify(text)}) reads ${JSON.stringify(expected)}`, () => {
      expect(pickedUnit(text)).toMatchObject({ ...expected, text });
    });

  it('formatAmount(v, pickedUnit(…)) charts the value at its true magnitude', () => {
    expect(formatAmount(2_600_000, pickedUnit('US$ million'))).toBe('$2.6 tn');
    // GDP in trillions (a datahub file's `gdp_trillion`), named by the author.
    expect(formatAmount(25.7, pickedUnit('US$ trillion'))).toBe('$25.7 tn');
    expect(formatAmount(2_600_000, pickedUnit('US$ thousand'))).toBe('$2.6 bn');
    expect(formatAmount(12.5, pickedUnit('%'))).toBe('12.5 %');
    expect(formatAmount(1500, pickedUnit('thousand tonnes'))).toBe('1.5 mn tonnes');
    // German's compact word keeps its no-break space.
    expect(formatAmount(1500, pickedUnit('thousand tonnes'), { locale: 'de-DE' })).toBe(
      '1,5\u00a0Mio. tonnes',
    );
  });

  it('axisUnitLabel(pickedUnit(…), step) names a quantity after its scale word', () => {
    expect(axisUnitLabel(pickedUnit('tonnes'), [1e6, 'mn'])).toBe('mn tonnes');
    expect(axisUnitLabel(pickedUnit('US$ million'), [1e12, 'tn'])).toBe('US$ tn');
  });
});
