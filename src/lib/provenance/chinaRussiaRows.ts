import type { Column, Table } from '../data/table';

export const CHINA =
  /^(china|cn|chn|156|china,? p\.?\s?r\.?(:\s*mainland)?|china \(mainland\)|mainland china|people'?s republic of china|china, people'?s republic of)$/i;
export const RUSSIA = /^(russia|ru|rus|643|russian federation|russia(n federation)? \(the\))$/i;

const inner = (re: RegExp) => re.source.replace(/^\^/, '').replace(/\$$/, '');
const SEP = String.raw`\s*(?:–|—|-|/|&|\band\b|\bwith\b)\s*`;
const TRADE = String.raw`(?:\s*[:,(]?\s*(?:bilateral |total |two-way )?trade\)?)?`;
/** One entity naming both sides (`China–Russia`, `China - Russian Federation`, `China-Russia trade`). */
const pair = (a: RegExp, b: RegExp) =>
  new RegExp(`^(?:${inner(a)})${SEP}(?:${inner(b)})${TRADE}$`, 'i');
export const CHINA_RUSSIA = pair(CHINA, RUSSIA);
export const RUSSIA_CHINA = pair(RUSSIA, CHINA);

/**
 * Rows where China reports Russia as partner, and Russia China. `pairColumn` names the column
 * when the rows were found by one entity naming both sides (who reported them is not said);
 * `pairName` is the table's own name when that names both sides, so every row is theirs.
 */
export type Pairs = { china: number[]; russia: number[]; pairColumn?: string; pairName?: string };

/** Both sides named as words of a name (`china-russia-trade.csv`, `China_Russia trade`). */
const NAMES_CHINA = /\b(china|chinese|chn|prc)\b/i;
const NAMES_RUSSIA = /\b(russia|russian|rus)\b/i;

/**
 * Every row, when the table names no economy in any column but its own name (the file's name,
 * or the title its preamble gives) names China and Russia: a series of China–Russia trade kept
 * on its own. Null otherwise.
 */
function wholeTable(table: Table): Pairs | null {
  if (table.columns.some((c) => ['entity', 'partner', 'reporter'].includes(c.role ?? '')))
    return null;
  const { file, fileSource } = table.provenance;
  const names = [file?.name.replace(/\.[a-z0-9]+$/i, ''), fileSource?.title, fileSource?.dataset];
  const name = names
    .map((n) => n?.replace(/[_.\-–—]+/g, ' ').trim())
    .find((n) => n && NAMES_CHINA.test(n) && NAMES_RUSSIA.test(n));
  if (!name) return null;
  return { china: Array.from({ length: table.rowCount }, (_, r) => r), russia: [], pairName: name };
}

/**
 * Columns naming the reporting and the partner economy (names, ISO codes or M49 numbers). A
 * table with a partner column but no reporter column reports by its entity column (UNCTADstat's
 * `Economy Label` beside `Partner Label`, a `Country` beside a `Partner`).
 */
export function sides(table: Table): { reporter: Column[]; partner: Column[] } {
  const named = (re: RegExp, role: string) =>
    table.columns.filter((c) => c.role === role || (re.test(c.name) && !/2/.test(c.name)));
  const partner = named(/partner/i, 'partner');
  let reporter = named(/reporter/i, 'reporter');
  if (!reporter.length && partner.length)
    reporter = table.columns.filter((c) => c.role === 'entity' && !partner.includes(c));
  return { reporter, partner };
}

/** Entity columns whose values name both sides at once; their rows, China named first or not. */
function pairRows(table: Table): Pairs | null {
  for (const c of table.columns) {
    if (c.type === 'number' || !['entity', 'other', 'partner', 'reporter'].includes(c.role ?? ''))
      continue;
    const [cr, rc] = [matcher(c, CHINA_RUSSIA), matcher(c, RUSSIA_CHINA)];
    if (!cr && !rc) continue;
    const pairs: Pairs = { china: [], russia: [], pairColumn: c.name };
    for (let r = 0; r < table.rowCount; r++) {
      if (cr?.(r)) pairs.china.push(r);
      else if (rc?.(r)) pairs.russia.push(r);
    }
    return pairs;
  }
  return null;
}

/**
 * A test of one row of a column against a name pattern, decided once per dictionary entry (or
 * per distinct number), so a row costs an array read; null when no value can match.
 */
function matcher(column: Column, re: RegExp): ((r: number) => boolean) | null {
  if (column.type === 'number') {
    const hits = new Map<number, boolean>();
    return (r) => {
      const v = column.values[r];
      let hit = hits.get(v);
      if (hit === undefined) hits.set(v, (hit = re.test(String(v))));
      return hit;
    };
  }
  const hits = Uint8Array.from(column.dictionary, (v) => (re.test(v.trim()) ? 1 : 0));
  if (!hits.includes(1)) return null;
  const { codes } = column;
  return (r) => codes[r] >= 0 && hits[codes[r]] === 1;
}

/** Any of the columns matches at row r; null when none can match anywhere. */
function anyOf(columns: Column[], re: RegExp): ((r: number) => boolean) | null {
  const tests = columns.map((c) => matcher(c, re)).filter((t) => t !== null);
  if (!tests.length) return null;
  return tests.length === 1 ? tests[0] : (r) => tests.some((t) => t(r));
}

/**
 * Rows per slice of the sliced scan: a slice is a short task even on a slow phone, and even
 * the first time the page runs this code (a slice of 2¹⁸ rows took 25–50 ms then).
 */
const SLICE = 1 << 16;

/**
 * The China–Russia rows, found slice by slice: the generator pauses after each slice of rows and
 * returns the pairs (null without reporter and partner columns, or an entity naming both). A table that names neither
 * economy is not read row by row.
 */
function* scan(table: Table): Generator<void, Pairs | null> {
  const { reporter, partner } = sides(table);
  if (!reporter.length || !partner.length) return pairRows(table) ?? wholeTable(table);
  const pairs: Pairs = { china: [], russia: [] };
  const [chinaReports, russiaPartner] = [anyOf(reporter, CHINA), anyOf(partner, RUSSIA)];
  const [russiaReports, chinaPartner] = [anyOf(reporter, RUSSIA), anyOf(partner, CHINA)];
  const byChina = chinaReports && russiaPartner;
  const byRussia = russiaReports && chinaPartner;
  if (!byChina && !byRussia) return pairs;
  for (let from = 0; from < table.rowCount; from += SLICE) {
    if (from > 0) yield;
    const to = Math.min(from + SLICE, table.rowCount);
    for (let r = from; r < to; r++) {
      if (byChina && chinaReports(r) && russiaPartner(r)) pairs.china.push(r);
      else if (byRussia && russiaReports(r) && chinaPartner(r)) pairs.russia.push(r);
    }
  }
  return pairs;
}

/**
 * Rows where one side is China and the other Russia, by reporter; else rows whose one entity
 * names both (`China–Russia`); else every row of a table whose own name names both; null
 * when the table has none of these layouts.
 */
export function chinaRussiaRows(table: Table): Pairs | null {
  const rows = scan(table);
  for (;;) {
    const step = rows.next();
    if (step.done) return step.value;
  }
}

/**
 * chinaRussiaRows for a page: the rows are read in slices with `await pause()` between them, so
 * the page stays answering over a table of millions of rows.
 */
export async function chinaRussiaRowsSliced(
  table: Table,
  pause: () => Promise<void>,
): Promise<Pairs | null> {
  const rows = scan(table);
  for (;;) {
    const step = rows.next();
    if (step.done) return step.value;
    await pause();
  }
}
