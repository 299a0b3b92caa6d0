import type { Column, ColumnRole, NumberColumn } from '../../table';
import { parsePeriod } from '../../period';
import { isTimeName, nameHas, nameWords } from '../shape/nameWords';
import { POWER_COLUMN } from '../../../charts/prepare/unitMultiplier';

const FLOW_VALUES = new Set([
  'import',
  'imports',
  'export',
  'exports',
  're-export',
  're-exports',
  're-import',
  're-imports',
]);

/** Name words that give a column its role, checked in this order. */
const BY_NAME: [ColumnRole, string[]][] = [
  ['reporter', ['reporter', 'reporters', 'reporting']],
  ['partner', ['partner', 'partners']],
  ['flow', ['flow', 'flows']],
  ['unit', ['unit', 'units', 'scale', 'currency', 'uom']],
  [
    'note',
    ['note', 'notes', 'footnote', 'footnotes', 'flag', 'flags', 'comment', 'comments', 'remark'],
  ],
  ['source', ['source', 'sources']],
  [
    'entity',
    [
      'country',
      'countries',
      'entity',
      'economy',
      'geo',
      'area',
      'region',
      'nation',
      'location',
      'territory',
    ],
  ],
  ['measure', ['value', 'values', 'amount']],
];

const PLACES = new Set<ColumnRole>(['reporter', 'partner', 'entity']);
const PLACE_WORDS = new Set(BY_NAME.filter(([role]) => PLACES.has(role)).flatMap(([, w]) => w));

/** Names of a classification's level or of a yes/no marker: `aggrLevel`, `Is Leaf Code`. */
const LEVEL_WORDS = ['level', 'levels', 'lvl', 'leaf', 'depth', 'tier', 'digits', 'code', 'codes'];
/** Words of a quantity, which a level word does not make a category (`Tariff level (%)`). */
const AMOUNT_WORDS = ['value', 'values', 'amount', 'rate', 'share', 'percent', 'pct', 'price'];
/** At most this many distinct values, each a whole number from 0 to MAX_LEVEL. */
const MAX_LEVELS = 20;
const MAX_LEVEL = 99;

/**
 * A number column that counts nothing: named for a level, a code or a yes/no (`is…`), with a
 * handful of small whole numbers (Comtrade's `aggrLevel` 2, 4, 6; `isLeaf` 0, 1). Summed or
 * charted, such numbers would read as quantities; they sort rows into groups instead.
 */
function isLevelColumn(column: NumberColumn): boolean {
  const words = nameWords(column.name);
  const named =
    (words[0] === 'is' || words[0] === 'has' || words.some((w) => LEVEL_WORDS.includes(w))) &&
    !words.some((w) => AMOUNT_WORDS.includes(w)) &&
    !/[%$€£¥]/.test(column.name);
  if (!named) return false;
  const seen = new Set<number>();
  for (const v of column.values) {
    if (Number.isNaN(v)) continue;
    if (!Number.isInteger(v) || v < 0 || v > MAX_LEVEL) return false;
    if (seen.add(v).size > MAX_LEVELS) return false;
  }
  return seen.size > 0;
}

function looksLikeFlow(column: Column): boolean {
  return (
    column.type === 'category' &&
    column.dictionary.length > 0 &&
    column.dictionary.every((s) => FLOW_VALUES.has(s.toLowerCase()))
  );
}

/**
 * What a column means for a trade chart, from its name and type: World Bank `Country Name` →
 * entity; Comtrade `Reporter`/`reporterDesc` → reporter, `Partner`/`partnerDesc` → partner,
 * `Trade Flow`/`flowDesc` → flow, `Trade Value (US$)`/`primaryValue` → measure; codes → code;
 * periods, dates and `Year` → time; levels and yes/no numbers (`aggrLevel`) → code; other
 * numbers → measure. `code` marks a column typed as codes.
 */
export function inferRole(column: Column, code: boolean): ColumnRole {
  // OECD's `PowerCode Code` and SDMX's `UNIT_MULT` scale the figures; they are neither codes nor figures.
  if (POWER_COLUMN.test(column.name.trim())) return 'unit';
  if (/^decimals$/i.test(column.name.trim())) return 'note';
  if (code) return 'code';
  if (column.type === 'period' || column.type === 'date') return 'time';
  if (column.type === 'number') {
    // A wide table's `1990 [YR1990]` holds values, not time.
    if (parsePeriod(column.name)) return 'measure';
    if (isTimeName(column.name)) return 'time';
    // UNCTADstat's `Economy` and `Partner` hold M49 numbers: codes of places, not figures.
    // A name of nothing but a place word (`Economy`, `Partner`), not `Land area (km2)`.
    const words = nameWords(column.name);
    if (words.length && words.every((w) => PLACE_WORDS.has(w))) return 'code';
    if (nameHas(column.name, ['flag', 'flags'])) return 'note';
    return isLevelColumn(column) ? 'code' : 'measure';
  }
  for (const [role, words] of BY_NAME) if (nameHas(column.name, words)) return role;
  if (looksLikeFlow(column)) return 'flow';
  return 'other';
}
