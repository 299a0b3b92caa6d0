import { describe, expect, it } from 'vitest';
import { atlas } from '../../../../src/lib/charts/map/mapAtlas';
import { findCountry } from '../../../../src/lib/charts/map/countryIndex';
import { isGroup } from '../../../../src/lib/charts/map/isGroup';

const cases: [string, string][] = [
  ['DEU', 'DEU'],
  ['de', 'DEU'],
  ['EL', 'GRC'],
  ['UK', 'GBR'],
  ['276', 'DEU'],
  ['8', 'ALB'],
  ['842', 'USA'],
  ['XKX', 'XKX'],
  ['Korea, Rep.', 'KOR'],
  ['Rep. of Korea', 'KOR'],
  ["Dem. People's Rep. of Korea", 'PRK'],
  ['China, Hong Kong SAR', 'HKG'],
  ['Hong Kong SAR, China', 'HKG'],
  ['China, P.R.: Mainland', 'CHN'],
  ['Türkiye', 'TUR'],
  ["Côte d'Ivoire", 'CIV'],
  ['Gambia, The', 'GMB'],
  ['Congo, Dem. Rep.', 'COD'],
  ['Congo, Rep.', 'COG'],
  ['Estonia, Rep. of', 'EST'],
  ['St. Lucia', 'LCA'],
  ['Russian Federation', 'RUS'],
  ['USA', 'USA'],
  ['Viet Nam', 'VNM'],
  // UN Comtrade's name for Taiwan.
  ['Other Asia, nes', 'TWN'],
  ['Bolivia (Plurinational State of)', 'BOL'],
];

describe('findCountry(index, value)', () => {
  for (const [value, iso3] of cases)
    it(`findCountry(${JSON.stringify(value)}) is ${iso3}`, () => {
      expect(findCountry(atlas.index, value)?.iso3).toBe(iso3);
    });
});

describe('isGroup(value) for values that match no country', () => {
  const groups = ['World', 'W00', 'EU27_2020', 'EA19', 'Euro area', 'Advanced Economies'];
  const more = ['East Asia & Pacific', 'High income', 'Other Europe, nes', 'Western Hemisphere'];
  for (const g of [...groups, ...more])
    it(`${g} is a group, not drawn`, () => {
      expect(findCountry(atlas.index, g)).toBeUndefined();
      expect(isGroup(g)).toBe(true);
    });
});
