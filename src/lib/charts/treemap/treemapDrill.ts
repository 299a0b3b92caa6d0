import { normalCode, sectionOf, type Nomenclature } from './commodityCode';
import { HS_SECTIONS, SITC_SECTIONS } from './hsSections';
import type { TreemapItem, TreemapTile } from './treemapItems';

/** One step of a drill path: what a breadcrumb button leads back to. */
export interface DrillStep {
  id: string;
  label: string;
}

const ROMAN = /^[IVXL]+$/;

/** The length of the codes one level below a prefix: HS chapter 2, heading 4, subheading 6; SITC one digit more. */
function nextLength(prefix: string, system: Nomenclature): number {
  if (system === 'SITC') return prefix.length + 1;
  if (ROMAN.test(prefix)) return 2;
  return prefix.length < 4 ? 4 : 6;
}

/** Whether an item (its code normalised) lies under a drill step: in the HS section, or under the code. */
function under(code: string, drill: string, system: Nomenclature): boolean {
  if (system === 'HS' && ROMAN.test(drill)) return sectionOf(code, system)?.section.id === drill;
  return code.startsWith(drill);
}

const codeOf = (i: TreemapItem, system: Nomenclature) => normalCode(i.code ?? '', system);

/** The kept items under a drill step; none when it names nothing in the table (a stale link). */
export function itemsUnder(items: TreemapItem[], drill: string, system: Nomenclature) {
  return items.filter((i) => i.code && under(codeOf(i, system), drill, system));
}

/**
 * The tiles one level below a drill step: the items grouped by the next level's code (a
 * section's chapters, a chapter's headings, a heading's subheadings), each named from the
 * table's own row for that code when it has one, else from its only item.
 */
export function tilesUnder(
  items: TreemapItem[],
  drill: string,
  system: Nomenclature,
  names: Map<string, string>,
): TreemapTile[] {
  const length = nextLength(drill, system);
  const tiles = new Map<string, TreemapTile>();
  for (const item of items) {
    const code = codeOf(item, system);
    const group = code.slice(0, length);
    const tile = tiles.get(group) ?? {
      id: `${system}:${group}`,
      label: group,
      cents: 0,
      items: [],
      section: sectionOf(code, system)?.section,
    };
    tile.cents += item.cents;
    tile.items.push(item);
    tiles.set(group, tile);
  }
  for (const [group, tile] of tiles) {
    const name = names.get(group) ?? (tile.items.length === 1 ? tile.items[0].label : undefined);
    tile.label = name ? (name.startsWith(group) ? name : `${group} ${name}`) : `${system} ${group}`;
  }
  return [...tiles.values()].sort((a, b) => b.cents - a.cents);
}

/** The code a tile drills into, when something lies below it; none for “Other” or a single code. */
export function drillTarget(tile: TreemapTile, system?: Nomenclature): string | undefined {
  if (!system || tile.other || !tile.id.startsWith(`${system}:`)) return undefined;
  const group = tile.id.slice(system.length + 1);
  const deeper = tile.items.some((i) => codeOf(i, system).length > group.length);
  return tile.items.length > 1 || deeper ? group : undefined;
}

/** The breadcrumb down to a drill step: for HS `8471`, section XVI, chapter 84, heading 8471. */
export function drillPath(
  drill: string,
  system: Nomenclature,
  names: Map<string, string>,
): DrillStep[] {
  const sections = system === 'SITC' ? SITC_SECTIONS : HS_SECTIONS;
  const section =
    system === 'HS' && ROMAN.test(drill)
      ? sections.find((s) => s.id === drill)
      : sectionOf(drill, system)?.section;
  const steps: DrillStep[] = section
    ? [{ id: section.id, label: `${system} ${section.id} · ${section.short}` }]
    : [];
  if (system === 'HS' && ROMAN.test(drill)) return steps;
  const lengths = system === 'SITC' ? [2, 3, 4, 5] : [2, 4, 6];
  for (const n of lengths)
    if (n <= drill.length) {
      const code = drill.slice(0, n);
      const name = names.get(code);
      steps.push({ id: code, label: name ? `${code} ${name}` : `${system} ${code}` });
    }
  return steps;
}

/** Every code's name as the table writes it (its own row's label), totals' rows included. */
export function codeNames(items: TreemapItem[], system: Nomenclature): Map<string, string> {
  const names = new Map<string, string>();
  for (const i of items) if (i.code) names.set(codeOf(i, system), i.label);
  return names;
}
