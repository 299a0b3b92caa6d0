import { describe, expect, it } from 'vitest';
import {
  isCodeName,
  isTimeName,
  nameWords,
} from '../../../../../src/lib/data/import/shape/nameWords';

describe('nameWords', () => {
  const cases = [
    { input: 'reporterISO', expected: ['reporter', 'iso'] },
    { input: 'partner2ISO', expected: ['partner', '2', 'iso'] },
    { input: 'ISO3', expected: ['iso', '3'] },
    { input: 'isOriginalClassification', expected: ['is', 'original', 'classification'] },
    { input: 'Trade Value (US$)', expected: ['trade', 'value', 'us'] },
    { input: 'TIME_PERIOD', expected: ['time', 'period'] },
  ];
  for (const { input, expected } of cases) {
    it(`nameWords('${input}') is ${expected.join(', ')}`, () =>
      expect(nameWords(input)).toEqual(expected));
  }
});

describe('isCodeName and isTimeName', () => {
  const codes = [
    'Commodity Code',
    'cmdCode',
    'Reporter Code',
    'ISO3',
    'reporterISO',
    'refPeriodId',
  ];
  for (const name of codes)
    it(`isCodeName('${name}') is true`, () => expect(isCodeName(name)).toBe(true));
  const notCodes = ['Commodity', 'cmdDesc', 'isOriginalClassification', 'Country Name', 'Episode'];
  for (const name of notCodes)
    it(`isCodeName('${name}') is false`, () => expect(isCodeName(name)).toBe(false));
  const times = ['Year', 'refYear', 'Period', 'TIME_PERIOD', 'date', 'Yr'];
  for (const name of times)
    it(`isTimeName('${name}') is true`, () => expect(isTimeName(name)).toBe(true));
  const notTimes = ['Estimates Start After', 'Country', 'Timeliness'];
  for (const name of notTimes)
    it(`isTimeName('${name}') is false`, () => expect(isTimeName(name)).toBe(false));
});
