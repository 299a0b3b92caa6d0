import { describe, expect, it } from 'vitest';
import {
  inlineCssVariables,
  resolveCssVariables,
} from '../../../src/lib/export/inlineCssVariables';

const VARS = {
  'series-0': '#1f77b4',
  grid: '#ddd',
  muted: '#666',
  fg: '#111',
  bg: '#fff',
  accent: '#c00',
};

describe('resolveCssVariables(value, vars)', () => {
  const cases = [
    { input: 'var(--series-0)', expected: '#1f77b4' },
    { input: 'stroke: var(--grid); fill: var( --bg )', expected: 'stroke: #ddd; fill: #fff' },
    { input: 'var(--unknown, rgb(1, 2, 3))', expected: 'rgb(1, 2, 3)' },
    { input: 'var(--unknown, var(--accent))', expected: '#c00' },
    { input: 'var(--unknown)', expected: 'var(--unknown)' },
    { input: 'url(#hatch)', expected: 'url(#hatch)' },
  ];
  for (const { input, expected } of cases)
    it(`resolveCssVariables('${input}') → '${expected}'`, () =>
      expect(resolveCssVariables(input, VARS)).toBe(expected));

  it('takes keys written with the leading --, as getComputedStyle gives them', () =>
    expect(resolveCssVariables('var(--fg)', { '--fg': '#000' })).toBe('#000'));
});

describe('inlineCssVariables(svgMarkup, vars)', () => {
  it("replaces the page's variables in every attribute", () =>
    expect(
      inlineCssVariables(
        '<svg><line stroke="var(--grid)"/><path style="stroke: var(--series-0)" fill="none"/><text fill="var(--muted)">2022</text></svg>',
        VARS,
      ),
    ).toBe(
      '<svg><line stroke="#ddd"/><path style="stroke: #1f77b4" fill="none"/><text fill="#666">2022</text></svg>',
    ));

  it('leaves text alone: a title that reads var(--bg) keeps reading so', () =>
    expect(inlineCssVariables('<text>var(--bg)</text>', VARS)).toBe('<text>var(--bg)</text>'));

  it('escapes a value that would close the attribute', () =>
    expect(inlineCssVariables('<rect fill="var(--x)"/>', { x: '"/><script>' })).toBe(
      '<rect fill="&quot;/&gt;&lt;script&gt;"/>',
    ));
});
