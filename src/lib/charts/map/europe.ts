/**
 * The countries a Europe frame is for (ISO 3166 alpha-3): the UN's geoscheme for Europe (M49),
 * with Cyprus, Türkiye and the South Caucasus, which Eurostat's partner lists carry beside them.
 * Eurostat's own codes (EL for Greece, UK for the United Kingdom) reach these through the
 * country index.
 */
export const EUROPE_ISO3: ReadonlySet<string> = new Set(
  (
    'ALA ALB AND ARM AUT AZE BEL BGR BIH BLR CHE CYP CZE DEU DNK ESP EST FIN FRA FRO GBR GEO GGY ' +
    'GIB GRC HRV HUN IMN IRL ISL ITA JEY LIE LTU LUX LVA MCO MDA MKD MLT MNE NLD NOR POL PRT ROU ' +
    'RUS SJM SMR SRB SVK SVN SWE TUR UKR VAT XKX'
  ).split(' '),
);

/** What a map is drawn around: the whole world, or Europe when every country in it is European. */
export type MapFrame = 'world' | 'europe';

/** Europe when there are countries and every one is European; else the world. */
export function mapFrame(iso3s: Iterable<string>): MapFrame {
  let any = false;
  for (const code of iso3s) {
    if (!EUROPE_ISO3.has(code)) return 'world';
    any = true;
  }
  return any ? 'europe' : 'world';
}
