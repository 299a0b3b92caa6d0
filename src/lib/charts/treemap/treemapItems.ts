import type { NumberColumn, TextColumn } from '../../data/table';
import { normalCode, sectionOf, type Nomenclature } from './commodityCode';
import type { Section } from './hsSections';

/** One category of the table with its summed value, in whole cents. */
export interface TreemapItem {
  label: string;
  code?: string;
  cents: number;
  rows: number;
  /** Rows below zero netted into `cents` (a country's net outflow beside its inflows). */
  negative?: number;
}

/** A tile: a chapter (or division) of coded items, or one item; or the fold of small ones. */
export interface TreemapTile {
  id: string;
  label: string;
  cents: number;
  items: TreemapItem[];
  section?: Section;
  other?: boolean;
  /** How many tiles “Other” holds. */
  folded?: number;
  /** What a tile too narrow for its name shows instead: a country's ISO code (`CAN`). */
  short?: string;
}

const cents = (v: number) => Math.round(v * 100);
const TOTAL = /^(total|all)\b|^all commodities$/i;

/** Sums the kept rows per category (x), in cents, with each category's code when there is one. */
export function sumItems(
  x: TextColumn,
  y: NumberColumn,
  mask: Uint8Array,
  codes?: TextColumn,
): TreemapItem[] {
  const sums = new Float64Array(x.dictionary.length);
  const rows = new Int32Array(x.dictionary.length);
  const negative = new Int32Array(x.dictionary.length);
  const codeOf = new Int32Array(x.dictionary.length).fill(-1);
  for (let r = 0; r < mask.length; r++) {
    const k = x.codes[r];
    const v = y.values[r];
    if (!mask[r] || k < 0 || Number.isNaN(v)) continue;
    sums[k] += cents(v);
    rows[k]++;
    if (v < 0) negative[k]++;
    if (codes) codeOf[k] = codes.codes[r];
  }
  const out: TreemapItem[] = [];
  x.dictionary.forEach((label, k) => {
    if (!rows[k]) return;
    const code = codes && codeOf[k] >= 0 ? codes.dictionary[codeOf[k]] : undefined;
    out.push({
      label,
      code,
      cents: sums[k],
      rows: rows[k],
      ...(negative[k] ? { negative: negative[k] } : {}),
    });
  });
  return out;
}

/**
 * The items a composition can add up: without totals (a code whose more detailed codes are in
 * the table too, `TOTAL`/`All commodities`, or a group of economies such as World) and without
 * values at or below zero, which no area can show. What is set aside is returned, so it can be
 * said.
 */
export function addableItems(
  items: TreemapItem[],
  system?: Nomenclature,
  /** Groups of economies among the labels (World, regions): totals of the countries beside them. */
  groups: ReadonlySet<string> = new Set(),
) {
  // Every proper prefix of a code in the table: a code among them is a total of others.
  const parents = new Set<string>();
  for (const i of items) {
    const c = i.code && system ? normalCode(i.code, system) : '';
    for (let k = 1; k < c.length; k++) parents.add(c.slice(0, k));
  }
  const isTotal = (i: TreemapItem) => {
    if (groups.has(i.label)) return true;
    if (TOTAL.test(i.label.trim()) || (i.code && TOTAL.test(i.code.trim()))) return true;
    return !!i.code && !!system && parents.has(normalCode(i.code, system));
  };
  const totals = items.filter(isTotal);
  const rest = items.filter((i) => !isTotal(i));
  return {
    kept: rest.filter((i) => i.cents > 0),
    totals,
    nonPositive: rest.filter((i) => i.cents <= 0),
  };
}

/**
 * Tiles from items: coded items roll up to their chapter (HS) or division (SITC) and carry their
 * section; uncoded ones are a tile each. The name of a chapter is its own row's label when the
 * table has one (`84 Machinery…`), else `HS 84`.
 */
export function rollUp(
  items: TreemapItem[],
  system: Nomenclature | undefined,
  names: Map<string, string>,
): TreemapTile[] {
  const tiles = new Map<string, TreemapTile>();
  for (const item of items) {
    const code = item.code && system ? normalCode(item.code, system) : undefined;
    const at = code ? sectionOf(code, system!) : undefined;
    const id = at ? `${system}:${at.group}` : `item:${item.label}`;
    const label = at ? `${at.group} ${names.get(at.group) ?? `${system} ${at.group}`}` : item.label;
    const tile = tiles.get(id) ?? { id, label, cents: 0, items: [], section: at?.section };
    tile.cents += item.cents;
    tile.items.push(item);
    tiles.set(id, tile);
  }
  return [...tiles.values()].sort((a, b) => b.cents - a.cents);
}

/**
 * Keeps the tiles large enough to read (at least `share` of the total, at most `most`) and folds
 * the rest into one “Other” tile that carries their sum and their items.
 */
export function foldSmall(tiles: TreemapTile[], share = 0.005, most = 40): TreemapTile[] {
  const total = tiles.reduce((a, t) => a + t.cents, 0);
  const keep = tiles.filter((t, i) => i < most && t.cents >= total * share);
  const small = tiles.filter((t) => !keep.includes(t));
  return small.length < 2 ? tiles : foldInto(tiles, small);
}

/**
 * Folds `small` tiles into one “Other” tile, last, that carries their sum and their items (and
 * what an “Other” already made held). The tiles as they were when that would leave a single
 * tile alone in “Other”.
 */
export function foldInto(tiles: TreemapTile[], small: TreemapTile[]): TreemapTile[] {
  const gone = new Set([...small, ...tiles.filter((t) => t.other)]);
  const folded = tiles.filter((t) => gone.has(t));
  const count = folded.reduce((n, t) => n + (t.other ? (t.folded ?? t.items.length) : 1), 0);
  if (count < 2) return tiles;
  const other: TreemapTile = {
    id: 'other',
    label: `Other (${count})`,
    cents: folded.reduce((a, t) => a + t.cents, 0),
    items: folded.flatMap((t) => t.items),
    other: true,
    folded: count,
  };
  return [...tiles.filter((t) => !gone.has(t)), other];
}

/** Chapter (or division) names from the table's own two-digit rows: `84` → `Machinery…`. */
export function chapterNames(items: TreemapItem[], system?: Nomenclature): Map<string, string> {
  const names = new Map<string, string>();
  if (!system) return names;
  for (const i of items) {
    const c = i.code ? normalCode(i.code, system) : '';
    if (c.length === 2) names.set(c, i.label);
  }
  return names;
}
