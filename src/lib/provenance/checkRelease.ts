import { measureUnit } from '../charts/prepare/measureUnit';
import { pickMeasures } from '../charts/defaults/pickMeasures';
import { pickTime } from '../charts/defaults/pickTime';
import { columnValue } from '../data/columnValue';
import type { Column, NumberColumn, Table } from '../data/table';
import { chinaRussiaRows, sides, type Pairs } from './chinaRussiaRows';

export { chinaRussiaRows, chinaRussiaRowsSliced, type Pairs } from './chinaRussiaRows';

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

const EXPORT = /^(x|exports?|exp|2|fob exports?|goods exports)$/i;
const IMPORT = /^(m|imports?|imp|1|cif imports?|goods imports)$/i;
/** A row that is a total of a breakdown (all commodities, all modes, world as second partner). */
const TOTAL = /^(total|all|all commodities|world|c00|0|00|_t|t|ag0|tot)$/i;

/**
 * Words that say a figure is already exports plus imports, read after `words` (so
 * `two_way_trade_usd_bn` reads as `two way trade usd bn`).
 */
const TWO_WAY =
  /\b(two ?way|bilateral trade|total trade|(trade )?turnover|exports? (and|plus|\+|&) imports?|imports? (and|plus|\+|&) exports?)\b/i;
/** Column names and codes as words: `_`, `.`, `-` and a case change (`twoWay`) separate them. */
const words = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_.\-–—\s]+/g, ' ');

const CLAIM_TOTAL = 'exceeding $190 billion in 2022';
const CLAIM_GROWTH = 'up 116 percent from a decade ago';

const text = (c: Column, r: number) => String(columnValue(c, r) ?? '').trim();
const usd = (v: number) => `$${(v / 1e9).toFixed(1)} bn`;

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
  whole = false,
): YearTrade | string {
  const inYear = rows.filter((r) => text(time, r) === year && !Number.isNaN(y.values[r]));
  if (!inYear.length) return `no ${year} figure`;
  if (!flow && whole) {
    if (inYear.length > 1)
      return `${year} has ${inYear.length} rows and no flow to tell them apart`;
    const v = y.values[inYear[0]] * scale;
    return { value: v, rows: inYear, parts: `two-way trade as the table gives it, ${usd(v)}` };
  }
  if (!flow) return 'the table does not say which flow its figures are (exports, imports)';
  const x = inYear.filter((r) => EXPORT.test(text(flow, r)));
  const m = inYear.filter((r) => IMPORT.test(text(flow, r)));
  const sum = (rs: number[]) => rs.reduce((s, r) => s + y.values[r], 0) * scale;
  if (!x.length || !m.length) {
    // A flow named as two-way trade (`Total trade`, `Exports plus imports`) is the sum already.
    const both = inYear.filter((r) => TWO_WAY.test(words(text(flow, r))));
    if (both.length === 1) {
      const v = sum(both);
      return { value: v, rows: both, parts: `${text(flow, both[0])} ${usd(v)}` };
    }
    if (!x.length && !m.length) return `${year} has no exports, imports or two-way figure`;
    return `${year} has ${x.length ? 'exports' : 'imports'} only`;
  }
  const [vx, vm] = [sum(x), sum(m)];
  return { value: vx + vm, rows: [...x, ...m], parts: `exports ${usd(vx)} + imports ${usd(vm)}` };
}

/**
 * Whether a table without a flow column gives two-way trade: its measure's name or unit (a
 * preamble's `Exports plus imports, US Dollars, Millions` becomes the unit), the file's own
 * title, a text column that says so on every row used, or the one entity naming both sides
 * (`China–Russia trade`) without naming one flow.
 */
function givesTwoWay(table: Table, y: NumberColumn, rows: number[], pairs: Pairs): boolean {
  const { fileSource } = table.provenance;
  const said = [y.name, y.label, y.unit, fileSource?.title, fileSource?.dataset];
  if (TWO_WAY.test(words(said.filter(Boolean).join(' ')))) return true;
  // Categories only: a free-text note or quote may mention "exports and imports" in passing.
  const saysSo = (c: Column) =>
    c.type === 'category' &&
    c.role !== 'note' &&
    c.role !== 'source' &&
    rows.every((r) => TWO_WAY.test(words(text(c, r))));
  if (rows.length && table.columns.some(saysSo)) return true;
  const c = table.columns.find((x) => x.name === pairs.pairColumn);
  const named = c && rows.length ? text(c, rows[0]) : (pairs.pairName ?? '');
  return (
    TWO_WAY.test(words(named)) ||
    (/\btrade\b/i.test(named) && !/\b(exports?|imports?)\b/i.test(named))
  );
}

/** Who the figures are said to be of: the pair as named, or the side that reported them. */
const whoReports = (pairs: Pairs, byChina: boolean) =>
  pairs.pairColumn || pairs.pairName
    ? 'China–Russia'
    : byChina
      ? 'China-reported'
      : 'Russia-reported';

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
 * Federation, RUS, 643), an entity column beside a partner column, or one entity naming both
 * (`China–Russia trade`); a flow column whose exports and imports are summed, or figures that
 * say they are two-way trade; units scaled to US dollars. China's own reports are used when the table has them, else Russia's. Each claim is
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
  if (!pairs)
    return none(
      'the table has no reporter and partner columns, nor an entity or a name naming both (“China–Russia”)',
    );
  const byChina = pairs.china.length > 0;
  const pair = byChina ? pairs.china : pairs.russia;
  if (!pair.length) return none('no row has China and Russia as reporter and partner');
  // The unit the rows used give (a unit column may differ elsewhere in the table).
  const used = new Uint8Array(table.rowCount);
  for (const r of pair) used[r] = 1;
  const unit = measureUnit(table, y, used);
  if (!unit.currency)
    return none(
      'the file does not say its figures’ currency and scale; name them in the column (e.g. “value (US$ billion)”)',
    );
  if (unit.currency !== 'USD') return none(`its figures are in ${unit.currency}, not US dollars`);
  // The column of flow names first (UNCTADstat's `Flow Label` says Exports, its `Flow` says 01).
  const flow =
    table.columns.find((c) => c.role === 'flow') ??
    table.columns.find((c) => /^flow(desc|code)?$/i.test(c.name));
  const { reporter, partner } = sides(table);
  const paired = table.columns.filter((c) => c.name === pairs.pairColumn);
  const kept = totalsOnly(
    table,
    pair,
    new Set([...reporter, ...partner, ...paired, time, ...(flow ? [flow] : [])]),
  );
  const who = whoReports(pairs, byChina);
  const whole = !flow && givesTwoWay(table, y, kept, pairs);
  const y2022 = twoWay(table, kept, '2022', time, y, flow, unit.scale, whole);
  const y2012 = twoWay(table, kept, '2012', time, y, flow, unit.scale, whole);

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
