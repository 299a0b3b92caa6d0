import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/lib/export/fileName';

describe('exportFileName(title, ext, date)', () => {
  const cases = [
    {
      title: 'China–Russia two-way trade, 2012–2023',
      ext: 'svg',
      date: undefined,
      expected: 'china-russia-two-way-trade-2012-2023.svg',
    },
    {
      title: 'China–Russia two-way trade',
      ext: 'csv',
      date: '2024-05-06',
      expected: 'china-russia-two-way-trade-2024-05-06.csv',
    },
    {
      title: 'Balança comercial: Brasil × China',
      ext: '.PNG',
      date: undefined,
      expected: 'balanca-comercial-brasil-china.png',
    },
    {
      title: 'Товарооборот России и Китая',
      ext: 'svg',
      date: undefined,
      expected: 'товарооборот-россии-и-китая.svg',
    },
    { title: '中俄贸易', ext: 'svg', date: undefined, expected: '中俄贸易.svg' },
    { title: '../../etc/passwd', ext: 'svg', date: undefined, expected: 'etc-passwd.svg' },
    {
      title: 'C:\\Windows\\system32\\x',
      ext: 'svg',
      date: undefined,
      expected: 'c-windows-system32-x.svg',
    },
    { title: 'a\u0000b\nc\u202ed', ext: 'svg', date: undefined, expected: 'a-b-c-d.svg' },
    { title: 'CON', ext: 'svg', date: undefined, expected: 'con-chart.svg' },
    { title: 'lpt1', ext: 'csv', date: undefined, expected: 'lpt1-chart.csv' },
    { title: '  ...  ', ext: 'svg', date: undefined, expected: 'chart.svg' },
    { title: '', ext: 'svg', date: 'not a date', expected: 'chart.svg' },
    { title: 'x', ext: '../svg', date: undefined, expected: 'x.svg' },
    { title: 'x', ext: '', date: undefined, expected: 'x.txt' },
  ];
  for (const { title, ext, date, expected } of cases)
    it(`exportFileName(${JSON.stringify(title)}, '${ext}', ${date}) → '${expected}'`, () =>
      expect(exportFileName(title, ext, date)).toBe(expected));

  it('bounds the name: at most 120 bytes before the extension, never ending in a hyphen', () => {
    for (const title of ['word '.repeat(100), '贸易 '.repeat(100), '😀'.repeat(100)]) {
      const name = exportFileName(title, 'svg');
      const stem = name.slice(0, -'.svg'.length);
      expect(new TextEncoder().encode(stem).length).toBeLessThanOrEqual(120);
      expect(stem).not.toMatch(/-$/);
    }
  });
});
