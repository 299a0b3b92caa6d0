import { nameStem } from '../../data/meaning/aggregates';
import type { Table, TextColumn } from '../../data/table';
import { oneToOne } from '../treemap/pairedCodes';
import type { TreemapItem } from '../treemap/treemapItems';
import { isGroup } from './isGroup';
import type { Country, MapAtlas } from './mapAtlasTypes';

/** A value of the country column, what it was matched to, and its sum. */
export interface MapEntry {
  label: string;
  /** The code beside it (`DEU`, `276`), when the table has a code column. */
  code?: string;
  value: number;
  rows: number;
  country?: Country;
  status: 'country' | 'group' | 'unmatched';
}

const CODE_NAME = /iso|code|geo|m49|alpha|country/i;

/**
 * A code column beside the names (`Country Code` by `Country Name`, `reporterISO` by
 * `reporterDesc`): one code per name among the kept rows, and most codes those of countries.
 * One named for the names' column comes first; one named for another column (`Reporter Code`
 * beside `Partner`: a file of one reporter and one partner pairs them one to one) is never it.
 */
export function pairedCountryCodes(
  table: Table,
  x: TextColumn,
  mask: Uint8Array,
  atlas: MapAtlas,
): TextColumn | undefined {
  const candidates = table.columns.filter(
    (c): c is TextColumn =>
      c !== x &&
      c.type === 'category' &&
      CODE_NAME.test(c.name) &&
      c.dictionary.filter((v) => atlas.findByCode(v)).length >= c.dictionary.length / 2 &&
      oneToOne(x, c, mask),
  );
  const stem = nameStem(x.name);
  const own = candidates.find((c) => stem && c.name.toLowerCase().startsWith(stem));
  if (own) return own;
  const ofAnother = (c: TextColumn) =>
    table.columns.some((o) => {
      const s = o !== x && o !== c && o.type !== 'number' ? nameStem(o.name) : '';
      return s !== '' && c.name.toLowerCase().startsWith(s);
    });
  return candidates.find((c) => !ofAnother(c));
}

// The matching itself lives with the atlas (loaded on demand), so none of it is in a first load.
/**
 * Each value of the country column matched to a country of ISO 3166: by the code beside it, by
 * the value as a code (ISO3, ISO2 with Eurostat's EL and UK, M49), then by name. What matches
 * none is a group (World, regions, the EU) or is reported as unmatched; neither is drawn.
 * `known` keeps the matches of earlier calls (a map's other periods): each label is matched once.
 */
export function mapEntries(
  items: (TreemapItem & { code?: string })[],
  atlas: MapAtlas,
  known = new Map<string, Pick<MapEntry, 'country' | 'status'>>(),
): MapEntry[] {
  return items.map((i) => {
    const key = `${i.code ?? ''}\u0000${i.label}`;
    let match = known.get(key);
    if (!match) {
      match = matchEntry(i.label, i.code, atlas);
      known.set(key, match);
    }
    return { label: i.label, code: i.code, value: i.cents / 100, rows: i.rows, ...match };
  });
}

function matchEntry(
  label: string,
  code: string | undefined,
  atlas: MapAtlas,
): Pick<MapEntry, 'country' | 'status'> {
  const country =
    (code !== undefined ? atlas.findByCode(code) : undefined) ?? atlas.findCountry(label);
  const status = country
    ? 'country'
    : isGroup(label) || (code !== undefined && isGroup(code))
      ? 'group'
      : 'unmatched';
  return { country, status };
}
