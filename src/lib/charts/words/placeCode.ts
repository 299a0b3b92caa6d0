import codes from 'i18n-iso-countries/codes.json';
import en from 'i18n-iso-countries/langs/en.json';
import { countryIndex, findCountry } from '../map/countryIndex';
import type { CountryIndex } from '../map/mapAtlasTypes';

let index: CountryIndex | null = null;

/**
 * The ISO 3166 alpha-3 code of the country `label` names or codes, as statistical offices
 * write them (`China, P.R.: Hong Kong` → HKG, `Korea, Rep. of` → KOR), from ISO 3166's
 * English names (i18n-iso-countries 7.14.0, MIT); undefined for anything else (World, regions,
 * commodities).
 */
export function placeCode(label: string): string | undefined {
  index ??= countryIndex(
    codes as [string, string, string][],
    (en as { countries: Record<string, string | string[]> }).countries,
  );
  return findCountry(index, label)?.iso3;
}
