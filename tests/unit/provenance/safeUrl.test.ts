import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../../src/lib/provenance/safeUrl';

const cases = [
  { input: 'https://tass.com/economy/1178145', expected: 'https://tass.com/economy/1178145' },
  {
    input: ' http://comelan.com/A/201304/567292.asp ',
    expected: 'http://comelan.com/A/201304/567292.asp',
  },
  { input: 'javascript:alert(1)', expected: undefined },
  { input: 'JaVaScRiPt:alert(1)', expected: undefined },
  { input: 'data:text/html,<script>alert(1)</script>', expected: undefined },
  { input: 'not a url', expected: undefined },
  { input: '', expected: undefined },
];

describe('safeUrl(url)', () => {
  for (const { input, expected } of cases)
    it(`safeUrl(${JSON.stringify(input)}) → ${expected}`, () =>
      expect(safeUrl(input)).toBe(expected));
});
