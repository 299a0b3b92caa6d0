import { describe, expect, it } from 'vitest';
import {
  formatApa,
  formatBibtex,
  formatChicago,
  formatRis,
  stringifyCslJson,
  toCslJson,
} from '../../../../src/lib/provenance/citationFormats';
import { annualCitation, dotsCitation } from '../../../../src/lib/data/datasets/annual';
import type { Citation } from '../../../../src/lib/data/citation';
import { ACCESSED, comtrade, releaseCitation, tass } from './fixtures';

/** The annual chart's sources, and the same data set dated every way a source may be. */
const citations: Citation[] = [
  annualCitation,
  dotsCitation,
  releaseCitation,
  tass,
  ...['2012/2023', '2012–2023', '2012-2023', '2023-03', '2024', 'Spring 2023', '', ' '].map(
    (date) => ({ ...comtrade, date }),
  ),
];

/** The text of every field named `name` in a BibTeX entry. */
const bibtexField = (entry: string, name: string) =>
  entry
    .split('\n')
    .filter((l) => l.startsWith(`  ${name} = `))
    .map((l) => l.replace(/^ {2}\w+ = \{?|\}?,$/g, ''));

describe('date fields stay well formed in every format', () => {
  for (const c of citations) {
    const label = `${c.id} dated ${JSON.stringify(c.date)}`;

    it(`RIS, ${label}: PY a year, DA and Y2 YYYY/MM/DD/ with real parts`, () => {
      const lines = formatRis(c, ACCESSED).split('\r\n');
      for (const l of lines.filter((l) => l.startsWith('PY  - ')))
        expect(l).toMatch(/^PY {2}- \d{4}$/);
      for (const l of lines.filter((l) => /^(DA|Y2) {2}- /.test(l)))
        expect(l).toMatch(/^(DA|Y2) {2}- \d{4}\/(0[1-9]|1[0-2])\/(\d{2})?\/$/);
    });

    it(`BibTeX, ${label}: year a year, date ISO, no dash in either`, () => {
      const entry = formatBibtex(c, ACCESSED);
      for (const v of bibtexField(entry, 'year')) expect(v).toMatch(/^\d{4}$/);
      for (const v of bibtexField(entry, 'date'))
        expect(v).toMatch(/^\d{4}(-\d{2}){0,2}(\/\d{4}(-\d{2}){0,2})?$/);
    });

    it(`APA, Chicago and CSL-JSON, ${label}: no empty parentheses or doubled marks`, () => {
      for (const text of [
        formatApa(c, ACCESSED),
        formatChicago(c, ACCESSED),
        stringifyCslJson([toCslJson(c, ACCESSED)], 0),
      ].map((t) => t.replace(/https?:\/\/[^\s"]+/g, 'URL'))) {
        expect(text).not.toMatch(/\(\s*\)|\.\.|,,|, \.|–\)|\(–|\/\//);
        expect(text).not.toMatch(/“\s*”|\[\s*\]/);
      }
    });
  }
});
