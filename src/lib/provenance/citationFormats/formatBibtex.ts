import type { Citation } from '../../data/citation';
import { isoDate, parseCitationDate } from './citationDate';
import { accessedDate, type CiteOptions } from './citeOptions';
import { bibtexKey } from './bibtexKey';
import { citationUrl, plainText } from './plainText';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const LATEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** A field value safe inside `{…}`: every TeX special character escaped, so braces stay balanced. */
export function escapeBibtex(s: string | undefined): string {
  return plainText(s).replace(/[\\{}$&%#_~^]/g, (ch) => LATEX[ch]);
}

/** URLs are read verbatim by biblatex: characters that could unbalance the entry are %-encoded. */
export const bibtexUrl = (url: string) =>
  url.replace(
    /[{}\\\s]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );

/**
 * `year` and `month` for classic BibTeX and `date` for biblatex. A span (`2012/2023`) is a period,
 * not a year: only biblatex's `date` can say it (`2012/2023`), so there is no `year` to misread.
 */
function dateFields(raw: string | undefined): [string, string][] {
  const date = parseCitationDate(raw);
  if (!date) return [['note', escapeBibtex(raw)]];
  const { start, end } = date;
  if (end) return [['date', `${isoDate(start)}/${isoDate(end)}`]];
  const fields: [string, string][] = [['year', String(start.year)]];
  if (start.month) fields.push(['month', MONTHS[start.month - 1]]);
  fields.push(['date', isoDate(start)]);
  return fields;
}

/** Fields as the lines of one entry, empty values left out; `month` takes a bare macro (`mar`). */
export function bibtexEntry(key: string, fields: [string, string][]): string {
  const lines = fields
    .filter(([, value]) => value)
    .map(([name, value]) =>
      name === 'month' ? `  ${name} = ${value},` : `  ${name} = {${value}},`,
    );
  return `@misc{${key},\n${lines.join('\n')}\n}`;
}

const HOW: Record<Citation['kind'], string> = {
  'press-release': 'Press release',
  news: '',
  statistics: 'Data set',
  dataset: 'Data set',
  'user-file': 'Data set',
};

/**
 * A BibTeX `@misc` entry (readable by BibTeX and biblatex): the publisher as a corporate author in
 * double braces, the title's case protected, `date` and `urldate` in ISO form for biblatex and
 * `year`/`month` for classic BibTeX. Every value is escaped; the key is {@link bibtexKey}.
 */
export function formatBibtex(citation: Citation, options: CiteOptions = {}): string {
  const fields: [string, string][] = [];
  const publisher = escapeBibtex(citation.publisher);
  const distributor = escapeBibtex(citation.distributor);
  if (citation.kind !== 'news' && publisher) fields.push(['author', `{${publisher}}`]);
  fields.push(['title', `{${escapeBibtex(citation.title)}}`]);
  const how = [HOW[citation.kind], citation.kind === 'news' ? publisher : '', distributor];
  fields.push(['howpublished', how.filter(Boolean).join(', ')]);
  const place = escapeBibtex(citation.place);
  if (place) fields.push(['address', place]);
  fields.push(...dateFields(citation.date));
  const url = citationUrl(citation);
  if (url) fields.push(['url', bibtexUrl(url)]);
  const accessed = accessedDate(citation, options);
  if (accessed) fields.push(['urldate', isoDate(accessed)]);
  return bibtexEntry(bibtexKey(citation), fields);
}
