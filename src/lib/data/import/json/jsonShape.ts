import type { ImportIssue } from '../../table';
import type { FileSource } from '../../meaning/readSource';
import { isObject } from './recordRows';

/** The JSON layouts Tradelens reads. */
export type JsonFormat = 'world-bank-json' | 'comtrade-json' | 'json-records';

/** What a parsed JSON document holds: its records and what it says of them, or a message. */
export type JsonShape =
  | {
      records: unknown[];
      format: JsonFormat;
      issues: ImportIssue[];
      source?: FileSource;
      /** Fields given another name (their name in the publisher's CSV), or null to leave out. */
      rename?: Record<string, string | null>;
    }
  | { error: string };

const KNOWN =
  'Tradelens reads World Bank API v2 answers ([{"page": …}, [records]]), UN Comtrade+ API ' +
  'answers ({"data": [records]}) and lists of records ([{…}, {…}]). Download the data as CSV ' +
  'instead, or save the part that holds the records.';

const note = (message: string): ImportIssue => ({
  line: null,
  column: null,
  message,
  severity: 'info',
});

const source = (
  publisher: string,
  title: string | null,
  dataset: unknown,
  updated: unknown,
): FileSource => ({
  publisher,
  title,
  dataset: typeof dataset === 'string' && dataset ? dataset : null,
  updated: typeof updated === 'string' && updated ? updated : null,
  url: null,
  readFrom: 'its layout (API answer)',
});

const WORLD_BANK = 'World Bank';

/**
 * The World Bank API's fields by their names in the Bank's CSV downloads, so an answer reads
 * as its CSV twin does (groups told by their codes, the unit by the indicator's name). The
 * two-letter `country.id` and `decimal` (a display hint) are left out.
 */
const WORLD_BANK_NAMES: Record<string, string | null> = {
  country: 'Country Name',
  country_id: null,
  countryiso3code: 'Country Code',
  indicator: 'Indicator Name',
  indicator_id: 'Indicator Code',
  date: 'period',
  decimal: null,
};

/** World Bank API v2: `[{page, pages, per_page, total, …}, [records]]`, or its error answer. */
function worldBank(data: unknown[]): JsonShape | null {
  const [head, records] = data;
  if (!isObject(head)) return null;
  if (Array.isArray(head.message)) {
    const said = head.message
      .map((m) => (isObject(m) ? String(m.value ?? m.key ?? '') : ''))
      .join(' ');
    return {
      error: `The World Bank API answered with an error, not data: “${said.trim()}”. Check the indicator and country codes in the address, and ask again.`,
    };
  }
  if (!('page' in head) || (records !== null && records !== undefined && !Array.isArray(records)))
    return null;
  if (!Array.isArray(records) || records.length === 0)
    return {
      error:
        'The World Bank API answer holds no records: the indicator has no data for these countries and years. Widen the date range or pick another indicator.',
    };
  const issues: ImportIssue[] = [];
  const pages = Number(head.pages);
  if (pages > 1) {
    const all = `per_page=${String(head.total)}`;
    const message = `This is page ${String(head.page)} of ${pages} of the World Bank API answer (${String(head.total)} records in all): ask with ${all} to get every record in one file.`;
    issues.push(note(message));
  }
  const first = records[0];
  const indicator = isObject(first) && isObject(first.indicator) ? first.indicator : null;
  const title = typeof indicator?.value === 'string' ? indicator.value : null;
  const said = source(WORLD_BANK, title, indicator?.id, head.lastupdated);
  return { records, format: 'world-bank-json', issues, source: said, rename: WORLD_BANK_NAMES };
}

/** A UN Comtrade+ API answer: `{elapsedTime, count, data: [records], error}`. */
function comtrade(data: Record<string, unknown>): JsonShape | null {
  if (!Array.isArray(data.data)) return null;
  if (data.data.length === 0) {
    const said = typeof data.error === 'string' && data.error ? ` It said: “${data.error}”.` : '';
    return {
      error: `The UN Comtrade answer holds no records.${said} Check the reporter, partner, period and commodity codes, and ask again.`,
    };
  }
  if (!data.data.every(isObject)) return null;
  const said = source('UN Comtrade', 'UN Comtrade+ API data', null, null);
  return { records: data.data, format: 'comtrade-json', issues: [], source: said };
}

/** What a parsed JSON document holds, by its shape; a message naming the known shapes if none. */
export function jsonShape(data: unknown): JsonShape {
  if (Array.isArray(data)) {
    const wb = data.length > 0 && data.length <= 2 ? worldBank(data) : null;
    if (wb) return wb;
    if (data.length > 0 && data.every(isObject))
      return { records: data, format: 'json-records', issues: [] };
  } else if (isObject(data)) {
    const ct = comtrade(data);
    if (ct) return ct;
  }
  return { error: `This JSON is not in a shape Tradelens knows. ${KNOWN}` };
}
