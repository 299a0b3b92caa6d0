import { describe, expect, it } from 'vitest';
import {
  escapeBibtex,
  formatBibtex,
} from '../../../../src/lib/provenance/citationFormats/formatBibtex';
import { ACCESSED, comtrade, hostile, releaseCitation } from './fixtures';

/** True when every `{` has its `}` once escaped braces are set aside. */
function balanced(s: string): boolean {
  let depth = 0;
  for (const ch of s.replace(/\\[{}]/g, '')) {
    if (ch === '{') depth++;
    if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

describe('formatBibtex(citation, {accessed})', () => {
  it('writes the release as @misc with CGTN as corporate author and no url', () => {
    expect(formatBibtex(releaseCitation, ACCESSED)).toBe(
      [
        '@misc{cgtn2023china,',
        '  author = {{CGTN}},',
        '  title = {{CGTN: China-Russia ties deepened as Xi stresses ‘new chapter’ in his visit}},',
        '  howpublished = {Press release, PR Newswire},',
        '  address = {Beijing},',
        '  year = {2023},',
        '  month = mar,',
        '  date = {2023-03-22},',
        '  urldate = {2024-05-06},',
        '}',
      ].join('\n'),
    );
  });

  it('writes a data set with its url', () => {
    expect(formatBibtex(comtrade, ACCESSED)).toBe(
      [
        '@misc{united2024un,',
        '  author = {{United Nations Statistics Division}},',
        '  title = {{UN Comtrade Database}},',
        '  howpublished = {Data set},',
        '  year = {2024},',
        '  date = {2024},',
        '  url = {https://comtradeplus.un.org/},',
        '  urldate = {2024-05-06},',
        '}',
      ].join('\n'),
    );
  });

  it('writes a span of years as a biblatex date range, with no year to misread', () => {
    for (const date of ['2012/2023', '2012–2023']) {
      const entry = formatBibtex({ ...comtrade, date });
      expect(entry).toContain('  date = {2012/2023},');
      expect(entry).not.toMatch(/year|--|–/);
    }
  });

  it('keeps a hostile entry one balanced entry: no new @ line, braces escaped', () => {
    const entry = formatBibtex(hostile, ACCESSED);
    expect(balanced(entry)).toBe(true);
    expect(entry.split('\n').filter((l) => l.startsWith('@'))).toHaveLength(1);
    expect(entry).toContain('title = {{\\} @misc\\{evil, ER - TY - JOUR}}');
    expect(entry).not.toContain('javascript');
  });

  it('%-encodes braces in a url so it cannot close the field', () => {
    const entry = formatBibtex({ ...comtrade, url: 'https://example.org/?q={a}' });
    expect(entry).toContain('url = {https://example.org/?q=%7Ba%7D}');
  });
});

describe('escapeBibtex(s)', () => {
  const cases = [
    { input: 'AT&T 100% #1 $5 a_b', expected: 'AT\\&T 100\\% \\#1 \\$5 a\\_b' },
    { input: '{x}', expected: '\\{x\\}' },
    { input: 'a\\b ~ ^', expected: 'a\\textbackslash{}b \\textasciitilde{} \\textasciicircum{}' },
    { input: 'line\nbreak', expected: 'line break' },
    { input: 'Торговля 中俄', expected: 'Торговля 中俄' },
  ];
  for (const { input, expected } of cases)
    it(`escapeBibtex(${JSON.stringify(input)}) → ${JSON.stringify(expected)}`, () =>
      expect(escapeBibtex(input)).toBe(expected));
});
