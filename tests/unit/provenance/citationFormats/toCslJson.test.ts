import { describe, expect, it } from 'vitest';
import { toCslJson } from '../../../../src/lib/provenance/citationFormats/toCslJson';
import { ACCESSED, comtrade, hostile, releaseCitation, tass } from './fixtures';

describe('toCslJson(citation, {accessed})', () => {
  it('makes the release an article of genre Press release by CGTN, put out by PR Newswire, with no URL', () => {
    expect(toCslJson(releaseCitation, ACCESSED)).toEqual({
      id: 'cgtn-2023-03-22',
      type: 'article',
      genre: 'Press release',
      title: 'CGTN: China-Russia ties deepened as Xi stresses ‘new chapter’ in his visit',
      author: [{ literal: 'CGTN' }],
      publisher: 'PR Newswire',
      'publisher-place': 'Beijing',
      issued: { 'date-parts': [[2023, 3, 22]] },
      accessed: { 'date-parts': [[2024, 5, 6]] },
    });
  });

  it('makes a data set a dataset by its publisher, with its URL', () => {
    expect(toCslJson(comtrade, ACCESSED)).toEqual({
      id: 'un-comtrade',
      type: 'dataset',
      title: 'UN Comtrade Database',
      author: [{ literal: 'United Nations Statistics Division' }],
      publisher: 'United Nations Statistics Division',
      issued: { 'date-parts': [[2024]] },
      accessed: { 'date-parts': [[2024, 5, 6]] },
      URL: 'https://comtradeplus.un.org/',
    });
  });

  it('makes news an article-newspaper in its outlet, with no invented author', () => {
    const item = toCslJson(tass);
    expect(item).toMatchObject({ type: 'article-newspaper', 'container-title': 'TASS' });
    expect(item.author).toBeUndefined();
    expect(item.accessed).toBeUndefined();
  });

  const types = [
    { kind: 'statistics', type: 'dataset' },
    { kind: 'user-file', type: 'dataset' },
    { kind: 'dataset', type: 'dataset' },
    { kind: 'news', type: 'article-newspaper' },
    { kind: 'press-release', type: 'article' },
  ] as const;
  for (const { kind, type } of types)
    it(`toCslJson({kind: '${kind}'}) has type '${type}'`, () =>
      expect(toCslJson({ ...comtrade, kind }).type).toBe(type));

  it('writes a span of years as a date range and an unreadable date as printed', () => {
    expect(toCslJson({ ...comtrade, date: '2012/2023' }).issued).toEqual({
      'date-parts': [[2012], [2023]],
    });
    expect(toCslJson({ ...comtrade, date: 'spring 2023' }).issued).toEqual({
      literal: 'spring 2023',
    });
  });

  it("keeps the citation's own retrieval date over the export date", () => {
    const item = toCslJson({ ...comtrade, accessed: '2023-12-01' }, ACCESSED);
    expect(item.accessed).toEqual({ 'date-parts': [[2023, 12, 1]] });
  });

  it('drops a javascript: URL and folds line breaks in hostile text', () => {
    const item = toCslJson(hostile);
    expect(item.URL).toBeUndefined();
    expect(item['publisher-place']).toBe('Here and there');
    expect(JSON.stringify(item)).not.toMatch(/\\n|\\r|\\t/);
  });
});
