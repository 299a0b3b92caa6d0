/**
 * Names for the country codes statistical offices write instead of names (Eurostat's `geo`:
 * `FR`, `EL`, `EU27_2020`; ISO 3166 alpha-3 in SDMX files: `DEU`). Countries are named from
 * ISO 3166's English short names (i18n-iso-countries 7.14.0, MIT), in the form news writing
 * uses where ISO's differs (`Czechia`, `Russia`, `United States`); Eurostat's own codes for
 * Greece and the United Kingdom and its groups of countries are named as Eurostat's GEO code
 * list names them (https://ec.europa.eu/eurostat/, CC BY 4.0), shortened.
 */
import codes from 'i18n-iso-countries/codes.json';
import en from 'i18n-iso-countries/langs/en.json';
import type { ImportIssue, Table, TextColumn } from '../table';
import { PLACE_ROLES } from './aggregates';

/** ISO's English name, where news writing has a shorter or newer one. */
const SHORTER: Record<string, string> = {
  CN: 'China',
  CZ: 'Czechia',
  IR: 'Iran',
  MK: 'North Macedonia',
  PS: 'Palestine',
  RU: 'Russia',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  US: 'United States',
  LA: 'Laos',
  MD: 'Moldova',
  SY: 'Syria',
  FM: 'Micronesia',
  VA: 'Holy See',
  CG: 'Congo',
  CI: 'Côte d’Ivoire',
  GM: 'Gambia',
  VG: 'British Virgin Islands',
  VI: 'US Virgin Islands',
  FK: 'Falkland Islands',
};

/**
 * Eurostat's codes that are not ISO's: Greece, the United Kingdom, and groups of countries. A
 * group's years are those of its members, said so (`EU (28 members of 2013–2020)`): its figures
 * cover every year of the file for those members, not only those years.
 */
const EUROSTAT: Record<string, string> = {
  EL: 'Greece',
  UK: 'United Kingdom',
  EU: 'European Union',
  EU27_2020: 'EU (27 members since 2020)',
  EU28: 'EU (28 members of 2013–2020)',
  EU27_2007: 'EU (27 members of 2007–2013)',
  EU27: 'EU (27 members)',
  EU25: 'EU (25 members of 2004–2006)',
  EU15: 'EU (15 members of 1995–2004)',
  EA: 'Euro area',
  EA20: 'Euro area (20 members since 2023)',
  EA19: 'Euro area (19 members of 2015–2022)',
  EA18: 'Euro area (18 members of 2014)',
  EA17: 'Euro area (17 members of 2011–2013)',
  EA16: 'Euro area (16 members of 2009–2010)',
  EA15: 'Euro area (15 members of 2008)',
  EA13: 'Euro area (13 members of 2007)',
  EA12: 'Euro area (12 members of 2001–2006)',
  EA11: 'Euro area (11 members of 1999–2000)',
  EFTA: 'EFTA countries',
  EEA: 'European Economic Area',
  EXT_EU27_2020: 'Outside the EU (27 members since 2020)',
  EXT_EU28: 'Outside the EU (28 members of 2013–2020)',
  WORLD: 'World',
};

let byCode: Map<string, string> | null = null;

/** Every code a name is known for: ISO alpha-2 and alpha-3, then Eurostat's own. */
function names(): Map<string, string> {
  if (byCode) return byCode;
  const countries = en.countries as Record<string, string | string[]>;
  byCode = new Map();
  for (const [alpha2, alpha3] of codes as string[][]) {
    const iso = countries[alpha2];
    if (!iso) continue;
    const name = SHORTER[alpha2] ?? [iso].flat()[0];
    byCode.set(alpha2, name).set(alpha3, name);
  }
  for (const [code, name] of Object.entries(EUROSTAT)) byCode.set(code, name);
  return byCode;
}

/** The name of a country or group written as a code, or undefined for any other value. */
export function placeName(code: string): string | undefined {
  return /^[A-Z][A-Z0-9_]{1,12}$/.test(code) ? names().get(code) : undefined;
}

/**
 * A column of places written as codes, made readable: its values become names (`FR` →
 * France), and the codes are kept in a column of their own beside it (`geo code`), so every
 * value still leads back to what the file says. Only where every value is a code with a name,
 * at least two of them countries; never where the table names the places itself. Says what
 * was done, or null.
 */
export function nameCodedPlaces(table: Table): ImportIssue | null {
  const index = table.columns.findIndex(
    (c) => c.type === 'category' && PLACE_ROLES.has(c.role ?? '') && allCoded(c),
  );
  if (index < 0) return null;
  const column = table.columns[index] as TextColumn;
  const codeColumn: TextColumn = {
    name: uniqueName(table, `${column.name} code`),
    type: 'category',
    codes: column.codes.slice(),
    dictionary: column.dictionary,
    role: 'code',
    ...(column.citationId ? { citationId: column.citationId } : {}),
  };
  // Two codes of one country (`GR` and `EL`, `DE` and `DEU`) become one name.
  const labels: string[] = [];
  const at = new Map<string, number>();
  const remap = Int32Array.from(column.dictionary, (code) => {
    const name = placeName(code)!;
    let k = at.get(name);
    if (k === undefined) at.set(name, (k = labels.push(name) - 1));
    return k;
  });
  const codes =
    labels.length < column.dictionary.length
      ? column.codes.map((c) => (c < 0 ? c : remap[c]))
      : column.codes;
  const groups = column.groups?.map((g) => placeName(g) ?? g);
  table.columns[index] = { ...column, codes, dictionary: labels, ...(groups ? { groups } : {}) };
  table.columns.splice(index + 1, 0, codeColumn);
  const [first] = column.dictionary;
  return {
    line: null,
    column: column.name,
    severity: 'info',
    message:
      `The ${column.dictionary.length} codes in “${column.name}” are shown as names (${first} → ` +
      `${placeName(first)}); the codes are kept in “${codeColumn.name}”.`,
  };
}

/** Whether every value is a code with a name, and two or more of them are countries. */
function allCoded(column: TextColumn): boolean {
  let countries = 0;
  for (const value of column.dictionary) {
    const name = placeName(value);
    if (name === undefined) return false;
    if (!(value in EUROSTAT) || value === 'EL' || value === 'UK') countries++;
  }
  return countries >= 2;
}

function uniqueName(table: Table, wanted: string): string {
  let name = wanted;
  for (let k = 2; table.columns.some((c) => c.name === name); k++) name = `${wanted} (${k})`;
  return name;
}
