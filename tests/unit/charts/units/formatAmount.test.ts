import { describe, expect, it } from 'vitest';
import {
  axisUnitLabel,
  displayStep,
  formatAmount,
} from '../../../../src/lib/charts/units/formatAmount';
import { parseUnit } from '../../../../src/lib/charts/units/parseUnit';

describe('formatAmount(value, unit, options)', () => {
  const cases = [
    { value: 190.271, unit: 'USD billion', options: {}, expected: '$190.3 bn' },
    { value: 190, unit: 'USD billion', options: {}, expected: '$190 bn' },
    { value: 87.96, unit: 'USD billion', options: { fixed: true }, expected: '$88.0 bn' },
    { value: 1.2e12, unit: 'EUR', options: {}, expected: '€1.2 tn' },
    { value: -2.5e9, unit: 'USD', options: {}, expected: '−$2.5 bn' },
    { value: 36_327_640, unit: 'Trade Value (US$)', options: {}, expected: '$36.3 mn' },
    { value: 12.345, unit: '% of GDP', options: {}, expected: '12.3 %' },
    // A share that only rounds to a whole keeps its decimal, as precise as its neighbours.
    { value: 168.009736941935, unit: '% of GDP', options: {}, expected: '168.0 %' },
    { value: 168, unit: '% of GDP', options: {}, expected: '168 %' },
    { value: 0.04, unit: '% of GDP', options: {}, expected: '0.0 %' },
    { value: 111.69, unit: 'Index', options: {}, expected: '111.69' },
    // A count in the thousands is written whole, as its file writes it: a bare `k` names nothing.
    { value: 2838.7, unit: '', options: {}, expected: '2,838.7' },
    { value: 84_400, unit: 'tonnes', options: {}, expected: '84,400 tonnes' },
    { value: 2_500_000, unit: '', options: {}, expected: '2.5 mn' },
    { value: 2500, unit: 'USD', options: {}, expected: '$2.5 k' },
    // Rounded to a whole, a scaled amount keeps its decimal beside its neighbours ($88.1 bn);
    // only a whole one drops it, float noise aside.
    { value: 88.03, unit: 'USD billion', options: {}, expected: '$88.0 bn' },
    { value: 1.96e12, unit: 'USD', options: {}, expected: '$2.0 tn' },
    { value: 88.03 - 87.42, unit: 'USD billion', options: {}, expected: '$610 mn' },
    { value: 1.2e12, unit: 'EUR', options: { locale: 'de' }, expected: '1,2 Bio. €' },
    { value: 190.271, unit: 'USD billion', options: { locale: 'fr' }, expected: '190,3 Md US$' },
    // Each locale's own compact words and decimal mark, the currency never a bare `$`.
    {
      value: 87.96,
      unit: 'USD billion',
      options: { locale: 'de-DE', fixed: true },
      expected: '88,0 Mrd. US$',
    },
    {
      value: 87.96,
      unit: 'USD billion',
      options: { locale: 'fr-FR', fixed: true },
      expected: '88,0 Md US$',
    },
    {
      value: 87.96,
      unit: 'USD billion',
      options: { locale: 'ru-RU', fixed: true },
      expected: '88,0 млрд US$',
    },
    {
      value: 87.96,
      unit: 'USD billion',
      options: { locale: 'zh-CN', fixed: true },
      expected: 'US$879.6亿',
    },
    {
      value: 87.96,
      unit: 'USD billion',
      options: { locale: 'en-US', fixed: true },
      expected: '$88.0 bn',
    },
    { value: -2.5e9, unit: 'USD', options: { locale: 'de-DE' }, expected: '−2,5 Mrd. US$' },
    // A plain quantity keeps what it counts.
    { value: 1234.5, unit: 'tonnes', options: { locale: 'de-DE' }, expected: '1234,5 tonnes' },
    { value: 12.5, unit: '% of GDP', options: { locale: 'fr-FR' }, expected: '12,5 %' },
    { value: 12.5, unit: '% of GDP', options: { locale: 'ru-RU' }, expected: '12,5 %' },
    { value: 12.5, unit: '% of GDP', options: { locale: 'zh-CN' }, expected: '12.5 %' },
  ];
  for (const c of cases)
    it(`formatAmount(${c.value}, '${c.unit}', ${JSON.stringify(c.options)}) → '${c.expected}'`, () =>
      expect(
        formatAmount(c.value, parseUnit(c.unit), c.options).replace(/\u00a0|\u202f/g, ' '),
      ).toBe(c.expected));
});

describe('axisUnitLabel(unit, displayStep(magnitude, unit))', () => {
  const cases = [
    { unit: 'USD billion', magnitude: 240, expected: 'US$ bn' },
    { unit: 'USD billion', magnitude: 2400, expected: 'US$ tn' },
    { unit: 'MIO_EUR', magnitude: 336_000, expected: '€ bn' },
    { unit: '% of GDP', magnitude: 80, expected: '%' },
    { unit: 'value', magnitude: 80, expected: undefined },
  ];
  for (const c of cases)
    it(`axisUnitLabel('${c.unit}' at ${c.magnitude}) → ${c.expected}`, () => {
      const unit = parseUnit(c.unit);
      expect(axisUnitLabel(unit, displayStep(c.magnitude, unit))).toBe(c.expected);
    });
});

describe('axisUnitLabel(unit, displayStep(magnitude, unit))', () => {
  const label = (magnitude: number, unit: string) => {
    const u = parseUnit(unit);
    return axisUnitLabel(u, displayStep(magnitude, u));
  };
  it('names a count’s scale in words, and leaves a count in the thousands unscaled', () => {
    expect(label(2838.7, '')).toBeUndefined();
    expect(label(2.5e6, '')).toBe('millions');
    expect(label(3e9, '')).toBe('billions');
    expect(label(2500, 'USD')).toBe('US$ k');
    expect(label(84_400, 'tonnes')).toBe('tonnes');
  });
});
