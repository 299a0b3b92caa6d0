import type { Column, ColumnRole } from '../../table';
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
 * periods, dates and `Year` → time; other numbers → measure. `code` marks a column typed as codes.
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
    return nameHas(column.name, ['flag', 'flags']) ? 'note' : 'measure';
  }
  for (const [role, words] of BY_NAME) if (nameHas(column.name, words)) return role;
  if (looksLikeFlow(column)) return 'flow';
  return 'other';
}
