import codes from 'i18n-iso-countries/codes.json';
import en from 'i18n-iso-countries/langs/en.json';
import { countryIndex, findCountry } from '../map/countryIndex';
import type { CountryIndex } from '../map/mapAtlasTypes';

let index: CountryIndex | null = null;

/**
 * ISO 3166's countries by code and by name (i18n-iso-countries 7.14.0, MIT), built once for
 * every map and treemap of the page.
 */
export function isoCountries(): CountryIndex {
  return (index ??= countryIndex(
    codes as [string, string, string][],
    (en as { countries: Record<string, string | string[]> }).countries,
  ));
}

/**
 * The ISO 3166 alpha-3 code of the country `label` names or codes, as statistical offices
 * write them (`China, P.R.: Hong Kong` → HKG, `Korea, Rep. of` → KOR), from ISO 3166's
 * English names (i18n-iso-countries 7.14.0, MIT); undefined for anything else (World, regions,
 * commodities).
 */
export function placeCode(label: string): string | undefined {
  return findCountry(isoCountries(), label)?.iso3;
}
