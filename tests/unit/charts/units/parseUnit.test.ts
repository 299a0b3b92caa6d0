import { describe, expect, it } from 'vitest';
import { parseUnit } from '../../../../src/lib/charts/units/parseUnit';

describe('parseUnit(...texts)', () => {
  const cases = [
    { input: ['USD billion'], currency: 'USD', scale: 1e9, percent: false },
    { input: ['MIO_EUR'], currency: 'EUR', scale: 1e6, percent: false },
    { input: ['U.S. dollars', 'Billions'], currency: 'USD', scale: 1e9, percent: false },
    { input: ['Trade Value (US$)'], currency: 'USD', scale: 1, percent: false },
    {
      input: ['Foreign direct investment, net inflows (BoP, current US$)'],
      currency: 'USD',
      scale: 1,
      percent: false,
    },
    {
      input: ['Exports of goods and services (% of GDP)'],
      currency: undefined,
      scale: 1,
      percent: true,
    },
    { input: ['PC_GDP'], currency: undefined, scale: 1, percent: true },
    { input: ['gdp_trillion'], currency: undefined, scale: 1e12, percent: false },
    { input: ['GDP 2023 Billion Euro'], currency: 'EUR', scale: 1e9, percent: false },
    { input: ['bn yuan'], currency: 'CNY', scale: 1e9, percent: false },
    { input: ['value'], currency: undefined, scale: 1, percent: false },
    // Eurostat's unit dimension: percentages and tonnes by code; WTO's and UNCTAD's words.
    { input: ['PC'], currency: undefined, scale: 1, percent: true },
    { input: ['PCH_PRE'], currency: undefined, scale: 1, percent: true },
    { input: ['gdp_pc'], currency: undefined, scale: 1, percent: false },
    { input: ['THS_T'], currency: undefined, scale: 1e3, percent: false, name: 'tonnes' },
    { input: ['Million US dollar'], currency: 'USD', scale: 1e6, percent: false },
    { input: ['US$ at current prices in millions'], currency: 'USD', scale: 1e6, percent: false },
    { input: ['US Dollar', 'Millions'], currency: 'USD', scale: 1e6, percent: false },
  ];
  for (const c of cases)
    it(`parseUnit(${c.input.map((s) => `'${s}'`).join(', ')})`, () =>
      expect(parseUnit(...c.input)).toMatchObject({
        currency: c.currency,
        scale: c.scale,
        percent: c.percent,
        ...('name' in c ? { name: c.name } : {}),
      }));
});
