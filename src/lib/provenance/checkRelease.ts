import { measureUnit } from '../charts/data/measureUnit';
import { pickMeasures } from '../charts/defaults/pickMeasures';
import { pickTime } from '../charts/defaults/pickTime';
import { columnValue } from '../data/columnValue';
import type { Column, NumberColumn, Table } from '../data/table';

/** One claim of the release, checked against a table. */
export interface ClaimCheck {
  id: 'total-2022' | 'growth-2012-2022';
  verdict: 'consistent' | 'inconsistent' | 'not covered';
  /** The claim as the release words it. */
  claimed: string;
  /** What the table gives: US dollars for the total, percent for the growth; null when not covered. */
  found: number | null;
  /** Rows of the table used (0-based), for the caller to cite as lines or show. */
  rows: number[];
  /** The arithmetic, or why the table does not cover the claim. */
  note: string;
}

const CHINA =
  /^(china|cn|chn|156|china,? p\.?\s?r\.?(:\s*mainland)?|china \(mainland\)|mainland china|people'?s republic of china|china, people'?s republic of)$/i;
const RUSSIA = /^(russia|ru|rus|643|russian federation|russia(n federation)? \(the\))$/i;
const EXPORT = /^(x|exports?|exp|2|fob exports?|goods exports)$/i;
const IMPORT = /^(m|imports?|imp|1|cif imports?|goods imports)$/i;
/** A row that is a total of a breakdown (all commodities, all modes, world as second partner). */
const TOTAL = /^(total|all|all commodities|world|c00|0|00|_t|t|ag0|tot)$/i;

const CLAIM_TOTAL = 'exceeding $190 billion in 2022';
const CLAIM_GROWTH = 'up 116 percent from a decade ago';

const text = (c: Column, r: number) => String(columnValue(c, r) ?? '').trim();
const usd = (v: number) => `$${(v / 1e9).toFixed(1)} bn`;

/** Columns naming the reporting and the partner economy (names, ISO codes or M49 numbers). */
function sides(table: Table): { reporter: Column[]; partner: Column[] } {
  const named = (re: RegExp, role: string) =>
    table.columns.filter((c) => c.role === role || (re.test(c.name) && !/2/.test(c.name)));
  return { reporter: named(/reporter/i, 'reporter'), partner: named(/partner/i, 'partner') };
}

/**
 * A test of one row of a column against a name pattern, decided once per dictionary entry (or
 * per distinct number), so a table of millions of rows is read in one quick pass.
 */
function matcher(column: Column, re: RegExp): (r: number) => boolean {
  if (column.type === 'number') {
    const hits = new Map<number, boolean>();
    return (r) => {
      const v = column.values[r];
      let hit = hits.get(v);
      if (hit === undefined) hits.set(v, (hit = re.test(String(v))));
      return hit;
    };
  }
  const hits = column.dictionary.map((v) => re.test(v.trim()));
  return (r) => column.codes[r] >= 0 && hits[column.codes[r]];
}

/** Rows where China reports Russia as partner, and Russia China. */
export type Pairs = { china: number[]; russia: number[] };

/** Rows where one side is China and the other Russia, by reporter; null without both columns. */
export function chinaRussiaRows(table: Table): Pairs | null {
  const { reporter, partner } = sides(table);
  if (!reporter.length || !partner.length) return null;
  const tests = new Map<string, (r: number) => boolean>();
  const test = (c: Column, re: RegExp) => {
    const key = `${c.name}\u0000${re.source}`;
    let t = tests.get(key);
    if (!t) tests.set(key, (t = matcher(c, re)));
    return t;
  };
  const is = (cols: Column[], re: RegExp, r: number) => cols.some((c) => test(c, re)(r));
  const china: number[] = [];
  const russia: number[] = [];
  for (let r = 0; r < table.rowCount; r++) {
    if (is(reporter, CHINA, r) && is(partner, RUSSIA, r)) china.push(r);
    else if (is(reporter, RUSSIA, r) && is(partner, CHINA, r)) russia.push(r);
  }
  return { china, russia };
}

/** Keeps, of each breakdown column with several values among the rows, its total row if it has one. */
function totalsOnly(table: Table, rows: number[], skip: Set<Column>): number[] {
  let kept = rows;
  for (const c of table.columns) {
    if (skip.has(c) || c.type === 'number' || c.role === 'time') continue;
    const values = new Set(kept.map((r) => text(c, r)));
    if (values.size < 2) continue;
    const total = [...values].find((v) => TOTAL.test(v));
    if (total !== undefined) kept = kept.filter((r) => text(c, r) === total);
  }
  return kept;
}

interface YearTrade {
  value: number;
  rows: number[];
  parts: string;
}

/**
 * China–Russia two-way trade in one year, in US dollars: exports plus imports as one reporter
 * gives them (re-exports and re-imports left out), over the rows that are totals of any
 * breakdown. Null with a reason when the table cannot give it.
 */
function twoWay(
  table: Table,
  rows: number[],
  year: string,
  time: Column,
  y: NumberColumn,
  flow: Column | undefined,
  scale: number,
): YearTrade | string {
  const inYear = rows.filter((r) => text(time, r) === year && !Number.isNaN(y.values[r]));
  if (!inYear.length) return `no ${year} figure`;
  if (!flow) return 'the table does not say which flow its figures are (exports, imports)';
  const x = inYear.filter((r) => EXPORT.test(text(flow, r)));
  const m = inYear.filter((r) => IMPORT.test(text(flow, r)));
  if (!x.length || !m.length) return `${year} has ${x.length ? 'exports' : 'imports'} only`;
  const sum = (rs: number[]) => rs.reduce((s, r) => s + y.values[r], 0) * scale;
  const [vx, vm] = [sum(x), sum(m)];
  return { value: vx + vm, rows: [...x, ...m], parts: `exports ${usd(vx)} + imports ${usd(vm)}` };
}

const notCovered = (id: ClaimCheck['id'], claimed: string, why: string): ClaimCheck => ({
  id,
  verdict: 'not covered',
  claimed,
  found: null,
  rows: [],
  note: `Not covered: ${why}.`,
});

/**
 * The release's two claims — two-way trade "exceeding $190 billion in 2022", "up 116 percent
 * from a decade ago" — checked against a table that holds China–Russia trade: reporter and
 * partner columns in any naming (China, "China, P.R.: Mainland", CHN, 156; Russia, Russian
 * Federation, RUS, 643), a flow column whose exports and imports are summed, units scaled to US
 * dollars. China's own reports are used when the table has them, else Russia's. Each claim is
 * consistent, inconsistent, or not covered, with the rows used and the arithmetic.
 */
export function checkRelease(
  table: Table,
  /** The table's China–Russia rows, when the caller has found them already. */
  pairs: Pairs | null = chinaRussiaRows(table),
): ClaimCheck[] {
  const none = (why: string) => [
    notCovered('total-2022', CLAIM_TOTAL, why),
    notCovered('growth-2012-2022', CLAIM_GROWTH, why),
  ];
  const time = pickTime(table);
  const measure = pickMeasures(table, true)[0];
  const y = table.columns.find((c): c is NumberColumn => c.name === measure && c.type === 'number');
  if (!time || !y) return none('the table has no years and figures to read');
  if (!pairs) return none('the table has no reporter and partner columns');
  const byChina = pairs.china.length > 0;
  const pair = byChina ? pairs.china : pairs.russia;
  if (!pair.length) return none('no row has China and Russia as reporter and partner');
  const unit = measureUnit(table, y, new Uint8Array(table.rowCount).fill(1));
  if (!unit.currency)
    return none(
      'the file does not say its figures’ currency and scale; name them in the column (e.g. “value (US$ billion)”)',
    );
  if (unit.currency !== 'USD') return none(`its figures are in ${unit.currency}, not US dollars`);
  const flow = table.columns.find((c) => c.role === 'flow' || /^flow(desc|code)?$/i.test(c.name));
  const { reporter, partner } = sides(table);
  const kept = totalsOnly(
    table,
    pair,
    new Set([...reporter, ...partner, time, ...(flow ? [flow] : [])]),
  );
  const who = byChina ? 'China-reported' : 'Russia-reported';
  const y2022 = twoWay(table, kept, '2022', time, y, flow, unit.scale);
  const y2012 = twoWay(table, kept, '2012', time, y, flow, unit.scale);

  const total: ClaimCheck =
    typeof y2022 === 'string'
      ? notCovered('total-2022', CLAIM_TOTAL, y2022)
      : {
          id: 'total-2022',
          verdict: y2022.value > 190e9 ? 'consistent' : 'inconsistent',
          claimed: CLAIM_TOTAL,
          found: y2022.value,
          rows: y2022.rows,
          note: `${who} 2022: ${y2022.parts} = ${usd(y2022.value)}, which ${y2022.value > 190e9 ? 'exceeds' : 'does not exceed'} $190 billion.`,
        };
  if (typeof y2022 === 'string' || typeof y2012 === 'string')
    return [
      total,
      notCovered(
        'growth-2012-2022',
        CLAIM_GROWTH,
        typeof y2012 === 'string' ? y2012 : (y2022 as string),
      ),
    ];
  const growth = (y2022.value / y2012.value - 1) * 100;
  // "116 percent" is a whole number: anything that rounds to it agrees.
  const agrees = growth >= 115.5 && growth < 116.5;
  return [
    total,
    {
      id: 'growth-2012-2022',
      verdict: agrees ? 'consistent' : 'inconsistent',
      claimed: CLAIM_GROWTH,
      found: Math.round(growth * 100) / 100,
      rows: [...y2012.rows, ...y2022.rows],
      note: `${who}: 2012 ${usd(y2012.value)} → 2022 ${usd(y2022.value)}: ${usd(y2022.value)} / ${usd(y2012.value)} − 1 = ${growth.toFixed(1)} %, which ${agrees ? 'rounds' : 'does not round'} to 116 %.`,
    },
  ];
}

/** Whether the rows found hold any China–Russia trade. */
export const holdsChinaRussia = (pairs: Pairs | null): pairs is Pairs =>
  !!pairs && pairs.china.length + pairs.russia.length > 0;
