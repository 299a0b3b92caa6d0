import { describe, expect, it } from 'vitest';
import { isMissingMarker } from '../../../../../src/lib/data/import/values/missingMarkers';

describe('isMissingMarker', () => {
  const missing = [
    '',
    '..',
    ':',
    'n/a',
    'N/A',
    'NA',
    '-',
    '--',
    '_',
    '–',
    '—',
    '#N/A',
    'NaN',
    'null',
  ];
  for (const input of missing) {
    it(`isMissingMarker(${JSON.stringify(input)}) is true`, () =>
      expect(isMissingMarker(input)).toBe(true));
  }
  const values = ['0', 'China', 'nation', '-5', 'n/a!', 'None'];
  for (const input of values) {
    it(`isMissingMarker(${JSON.stringify(input)}) is false`, () =>
      expect(isMissingMarker(input)).toBe(false));
  }
});
