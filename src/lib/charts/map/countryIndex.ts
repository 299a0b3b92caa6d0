import type { Country, CountryIndex } from './mapAtlasTypes';

/**
 * A name as a key: no accents, no punctuation, lower case, `&` as `and`, `St.` as `Saint`,
 * `Rep.` as `Republic`, and without `the` (`Gambia, The`, `Bahamas, The`).
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bst\b/g, 'saint')
    .replace(/\brep\b/g, 'republic')
    .replace(/\b(the|of)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * How statistical offices write names that ISO's English list does not hold: World Bank
 * (`Korea, Rep.`, `Egypt, Arab Rep.`), UN Comtrade (`Rep. of Korea`, `China, Hong Kong SAR`),
 * IMF (`China, P.R.: Mainland`) and others.
 */
const ALIASES: Record<string, string> = {
  'korea republic': 'KOR',
  'republic korea': 'KOR',
  'korea dem people s republic': 'PRK',
  'dem people s republic korea': 'PRK',
  'egypt arab republic': 'EGY',
  'iran islamic republic': 'IRN',
  'venezuela rb': 'VEN',
  'venezuela republic bolivariana de': 'VEN',
  'yemen republic': 'YEM',
  'congo dem republic': 'COD',
  'dem republic congo': 'COD',
  'congo republic': 'COG',
  'hong kong sar china': 'HKG',
  'china hong kong sar': 'HKG',
  'china p r hong kong': 'HKG',
  'macao sar china': 'MAC',
  'china macao sar': 'MAC',
  'china p r macao': 'MAC',
  'china p r mainland': 'CHN',
  'lao pdr': 'LAO',
  'lao people s dem republic': 'LAO',
  'kyrgyz republic': 'KGZ',
  'slovak republic': 'SVK',
  'czech republic': 'CZE',
  'micronesia fed sts': 'FSM',
  'virgin islands u s': 'VIR',
  'west bank and gaza': 'PSE',
  'state palestine': 'PSE',
  kosovo: 'XKX',
  'north macedonia': 'MKD',
  'macedonia fyr': 'MKD',
  'taiwan province china': 'TWN',
  // UN Comtrade's name for Taiwan (code 490).
  'other asia nes': 'TWN',
  turkey: 'TUR',
  'united states america': 'USA',
  usa: 'USA',
  'bosnia herzegovina': 'BIH',
  'dominican rep': 'DOM',
  'central african rep': 'CAF',
  's korea': 'KOR',
  'south korea': 'KOR',
  'north korea': 'PRK',
  brunei: 'BRN',
  syria: 'SYR',
  laos: 'LAO',
  macau: 'MAC',
  micronesia: 'FSM',
  'cape verde': 'CPV',
  'cabo verde': 'CPV',
  'sint maarten': 'SXM',
  'kingdom netherlands': 'NLD',
  swaziland: 'SWZ',
  'east timor': 'TLS',
  vatican: 'VAT',
  'holy see': 'VAT',
  palestine: 'PSE',
  russia: 'RUS',
  iran: 'IRN',
  vietnam: 'VNM',
  'viet nam': 'VNM',
  moldova: 'MDA',
  tanzania: 'TZA',
  bolivia: 'BOL',
  venezuela: 'VEN',
  'congo brazzaville': 'COG',
  'congo kinshasa': 'COD',
  'democratic republic congo': 'COD',
  'ivory coast': 'CIV',
};

/** Comtrade's own numbers for reporters it files apart from ISO's (USA 842, France 251, …). */
const COMTRADE_NUMBERS: Record<string, string> = {
  '842': 'USA',
  '251': 'FRA',
  '579': 'NOR',
  '757': 'CHE',
  '699': 'IND',
};

/** The index from ISO 3166 codes (`[alpha2, alpha3, numeric]`) and English names (one or several each). */
export function countryIndex(
  codes: [string, string, string, ...string[]][],
  names: Record<string, string | string[]>,
): CountryIndex {
  const byCode = new Map<string, Country>();
  const byName = new Map<string, Country>();
  for (const [iso2, code3, m49] of codes) {
    const all = [names[iso2] ?? code3].flat();
    // Kosovo: XKX at the World Bank, the IMF and in Natural Earth, XKK in some ISO lists.
    const iso3 = iso2 === 'XK' ? 'XKX' : code3;
    const country = { iso2, iso3, m49, name: all[0] };
    if (iso3 !== code3) byCode.set(`A3:${code3}`, country);
    byCode.set(`A3:${iso3}`, country).set(`A2:${iso2}`, country).set(`N:${m49}`, country);
    for (const n of all) byName.set(nameKey(n), country);
  }
  for (const [alias, iso3] of Object.entries(ALIASES)) {
    const c = byCode.get(`A3:${iso3}`);
    if (c && !byName.has(alias)) byName.set(alias, c);
  }
  for (const [n, iso3] of Object.entries(COMTRADE_NUMBERS)) {
    const c = byCode.get(`A3:${iso3}`);
    if (c) byCode.set(`N:${n}`, c);
  }
  // Eurostat writes Greece EL and the United Kingdom UK.
  for (const [eu, iso2] of [
    ['EL', 'GR'],
    ['UK', 'GB'],
  ]) {
    const c = byCode.get(`A2:${iso2}`);
    if (c) byCode.set(`A2:${eu}`, c);
  }
  return { byCode, byName };
}

/** A value as a code: ISO3 (`DEU`), ISO2 (`DE`, `EL`, `UK`) or a number (`276`, `8` → `008`). */
export function findByCode(index: CountryIndex, value: string): Country | undefined {
  const v = value.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(v)) return index.byCode.get(`A3:${v}`);
  if (/^[A-Z]{2}$/.test(v)) return index.byCode.get(`A2:${v}`);
  if (/^\d{1,3}$/.test(v)) return index.byCode.get(`N:${v.padStart(3, '0')}`);
  return undefined;
}

/**
 * A value as a country: by code first, then by name, then by the name before a qualifier
 * (`Estonia, Rep. of`, `Fiji, Rep. of`, `Bahrain, Kingdom of`, `Cyprus (Greek part)`).
 */
export function findCountry(index: CountryIndex, value: string): Country | undefined {
  const found = findByCode(index, value) ?? index.byName.get(nameKey(value));
  if (found) return found;
  // `Sudan (former)`, `Serbia and Montenegro (former)` are not today's countries.
  if (/former|formerly|until \d/i.test(value)) return undefined;
  const head = value.split(/[,(]/)[0];
  return head !== value ? index.byName.get(nameKey(head)) : undefined;
}
