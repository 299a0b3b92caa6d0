import type { MapFrame } from './europe';

/** A country of ISO 3166-1: its codes and English name. */
export interface Country {
  iso3: string;
  iso2: string;
  /** UN M49 / ISO numeric, three digits (`004`). */
  m49: string;
  name: string;
}

/** Countries found by code (`A3:DEU`, `A2:DE`, `N:276`) or by a normalised name. */
export interface CountryIndex {
  byCode: Map<string, Country>;
  byName: Map<string, Country>;
}

/** One country's outline as drawn in a box. */
export interface MapShape {
  /** ISO3 when the outline is a country of ISO 3166, else `name:…` (Somaliland, N. Cyprus). */
  key: string;
  name: string;
  d: string;
  box: [number, number, number, number];
  centroid: [number, number];
}

/**
 * What a map needs beyond the table, loaded only when a map is drawn (loadMapAtlas): the
 * world's outlines and the country codes, with a projection that draws them in a box.
 */
export interface MapAtlas {
  index: CountryIndex;
  /** A value as a code: ISO3, ISO2 (with EL, UK) or M49 (countryIndex's findByCode). */
  findByCode(value: string): Country | undefined;
  /** A value as a code, then as a name (countryIndex's findCountry). */
  findCountry(value: string): Country | undefined;
  /**
   * The outlines projected into a box: the world (Equal Earth), or Europe (Lambert azimuthal
   * equal-area, cut at the box's edges); outlines wholly outside are left out.
   */
  draw(
    box: { left: number; top: number; width: number; height: number },
    frame?: MapFrame,
  ): { shapes: MapShape[] };
  /** Where the outlines come from, for the chart's notes. */
  credit: string;
}
