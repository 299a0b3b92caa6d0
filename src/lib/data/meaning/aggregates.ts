import type { Table, TextColumn } from '../table';
import { OTHER_ASIA_NES } from './publisherNames';

/*
 * Groups of economies, told apart from economies by code and by name: World Bank aggregate
 * codes (its country list marks them "Aggregates"), Eurostat's EU and euro-area codes, UN
 * Comtrade's World (code 0, W00) and its "nes" areas, IMF country groups, the UN M49 regions,
 * and the names these publishers give their groups. A look-alike such as "Hong Kong SAR,
 * China" or "Korea, Rep." names one economy and is never a group.
 */

/** World Bank aggregate codes (WDI country metadata, region and income groups, lending groups). */
const WORLD_BANK = new Set(
  (
    'AFE AFW ARB CEB CSS EAP EAR EAS ECA ECS EMU EUU FCS HIC HPC IBD IBT IDA IDB IDX INX LAC ' +
    'LCN LDC LIC LMC LMY LTE MEA MIC MNA NAC OED OSS PRE PSS PST SAS SSA SSF SST TEA TEC TLA ' +
    'TMN TSA TSS UMC WLD'
  ).split(' '),
);
/** Eurostat: EU27_2020, EU28, EU15, EA19, EA, EFTA, EEA… */
const EUROSTAT = /^(EU\d{0,2}(_\d{4})?|EA\d{0,2}|EFTA|EEA\d{0,2}|EXT_EU\d*(_\d{4})?|EXT_EA\d*)$/;
/** Comtrade: World (0, W00), and the areas it reports as "nes". */
const COMTRADE = /^(W00|0|00|000)$/;
/** UN M49 codes of the world, its regions and sub-regions, as three digits (no country has one). */
const M49_REGIONS = new Set(
  (
    '001 002 005 009 011 013 014 015 017 018 019 021 029 030 034 035 039 053 054 057 061 142 143 ' +
    '145 150 151 154 155 202 419'
  ).split(' '),
);

/** Whole names of groups, lower case. */
const NAMES = new Set(
  [
    'world',
    'total',
    'all countries',
    'all partners',
    'euro area',
    'european union',
    'advanced economies',
    'emerging and developing economies',
    'emerging market and developing economies',
    'emerging and developing asia',
    'emerging and developing europe',
    'western hemisphere',
    'middle east and central asia',
    'middle east, north africa, afghanistan, and pakistan',
    'sub-saharan africa',
    'arab world',
    'africa',
    'americas',
    'asia',
    'europe',
    'oceania',
    'northern africa',
    'eastern africa',
    'middle africa',
    'southern africa',
    'western africa',
    'latin america and the caribbean',
    'caribbean',
    'central america',
    'south america',
    'northern america',
    'north america',
    'central asia',
    'eastern asia',
    'south-eastern asia',
    'southern asia',
    'western asia',
    'eastern europe',
    'northern europe',
    'southern europe',
    'western europe',
    'australia and new zealand',
    // M49's Micronesia is left out: IMF files name the Federated States so.
    'melanesia',
    'polynesia',
    'ldcs',
    'lldcs',
    'sids',
    'developing economies',
    'developed economies',
    'transition economies',
    'economies in transition',
    'g7',
    'g20',
    'oecd',
    'opec',
    'asean',
    'brics',
    'cis',
    'not specified',
    'not classified',
    'middle east',
    'middle east and north africa',
    'north africa',
    'east asia',
    'southeast asia',
    'south asia',
    'unspecified',
    'special categories',
    'bunkers',
    'free zones',
  ].map((s) => s.toLowerCase()),
);

/** Words that only groups carry in their names. */
const GROUP_WORDS =
  /\b(income|dividend|members|small states|fragile|heavily indebted|least developed|landlocked|excluding|ida|ibrd|blend|only|total|economies|countries|regions?|areas?|nes|n\.e\.s\.|not elsewhere|by source of export earnings|export earnings|euro area|european union|world)\b|\(\s*(excl|incl)/i;
/** An economy named with a comma (`Korea, Rep.`, `Hong Kong SAR, China`): never a group. */
const ECONOMY_FORMS =
  /\b(sar|rep\.?|republic|p\.r\.|dem\.|democratic|islamic|fed\.?|federation|kingdom|state of|province of|bolivarian|plurinational)\b/i;
/** Region words that, with `&` or `and` and no country form, make a group (`Europe & Central Asia`). */
const REGION_WORDS =
  /\b(africa|america|americas|asia|europe|pacific|caribbean|middle east|oceania|arab)\b/i;

/** Whether a code names a group (World Bank, Eurostat, Comtrade, UN M49 regions). */
export function isAggregateCode(code: string): boolean {
  const c = code.trim().toUpperCase();
  return WORLD_BANK.has(c) || EUROSTAT.test(c) || COMTRADE.test(c) || M49_REGIONS.has(c);
}

/** Whether a name names a group of economies rather than one economy. */
export function isAggregateName(name: string): boolean {
  const n = name.trim();
  if (!n) return false;
  const lower = n.toLowerCase();
  if (NAMES.has(lower)) return true;
  if (EUROSTAT.test(n)) return true;
  if (ECONOMY_FORMS.test(n)) return false;
  // Taiwan, as UN Comtrade names it: ranked among the economies.
  if (OTHER_ASIA_NES.test(n)) return false;
  if (GROUP_WORDS.test(n)) return true;
  // `Europe & Central Asia`, `East Asia & Pacific (excluding high income)`.
  return (
    /&|\band\b/.test(n) &&
    REGION_WORDS.test(n) &&
    !/\b(and the grenadines|and tobago|and herzegovina|and nevis|and barbuda|and principe|and miquelon|and futuna|and mcdonald|and jan mayen|and caicos|and heard)\b/i.test(
      n,
    )
  );
}

/** Roles of columns whose values are economies or groups of them. */
export const PLACE_ROLES: ReadonlySet<string> = new Set(['entity', 'reporter', 'partner']);

/**
 * A column's name without `Name`, `Desc`, `Label`…, lower case: what the name of its code
 * column begins with (`Country Name` → `country`, `reporterDesc` → `reporter`).
 */
export const nameStem = (name: string): string =>
  name
    .replace(/[\s_]*(name|desc|description|label|title)$/i, '')
    .trim()
    .toLowerCase();

/** The code column that goes with a name column: `Country Name` → `Country Code`, `reporterDesc` → `reporterISO`. */
function codeColumnOf(table: Table, column: TextColumn): TextColumn | undefined {
  const stem = nameStem(column.name);
  if (!stem || stem === column.name.toLowerCase()) return undefined;
  return table.columns.find(
    (c): c is TextColumn =>
      c !== column &&
      c.type !== 'number' &&
      c.name.toLowerCase().startsWith(stem) &&
      /(code|iso|iso3|id)$/i.test(c.name.slice(stem.length).trim()),
  );
}

/**
 * The values of a place column (entity, reporter or partner) that are groups, not economies:
 * by their names, and by the codes beside them when the table has a code column for them (the
 * World Bank's `Country Code`, Comtrade's `partnerCode`). In the column's dictionary order.
 * `anyRole` reads a column of names whose role is not known (an unnamed first column).
 */
export function aggregatesIn(table: Table, column: TextColumn, anyRole = false): string[] {
  if (!anyRole && !PLACE_ROLES.has(column.role ?? '')) return [];
  let found = seen.get(column);
  if (!found) seen.set(column, (found = groupsOf(table, column)));
  return found;
}

// Each chart built asks again (a line chart draws its groups in grey): a column's groups are
// read once. A column's values never change once imported.
const seen = new WeakMap<TextColumn, string[]>();

function groupsOf(table: Table, column: TextColumn): string[] {
  const groups = new Set<number>();
  const indented = new Set(column.groups);
  column.dictionary.forEach((name, i) => {
    if (indented.has(name)) groups.add(i);
    if (isAggregateName(name) || (column.name.match(/code|iso/i) && isAggregateCode(name)))
      groups.add(i);
  });
  const codes = codeColumnOf(table, column);
  if (codes) {
    // Each code told once, not once a row.
    const group = Uint8Array.from(codes.dictionary, (code) => (isAggregateCode(code) ? 1 : 0));
    const n = Math.min(column.codes.length, codes.codes.length);
    for (let r = 0; r < n; r++) {
      const c = column.codes[r];
      const k = codes.codes[r];
      if (c >= 0 && k >= 0 && group[k] === 1) groups.add(c);
    }
  }
  return column.dictionary.filter((_, i) => groups.has(i));
}
