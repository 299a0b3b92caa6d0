import { hierarchy, treemap, type HierarchyRectangularNode } from 'd3-hierarchy';
import type { Section } from './hsSections';
import type { TreemapTile } from './treemapItems';

interface Node {
  name: string;
  cents?: number;
  tile?: TreemapTile;
  section?: Section;
  children?: Node[];
}

export interface PlacedTile {
  tile: TreemapTile;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedSection {
  section: Section;
  x: number;
  y: number;
  width: number;
  /** Room left above its tiles for its name (0 when the section is too small to name). */
  header: number;
}

const HEADER = 15;
const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Squarified treemap of tiles inside `box`, grouped by section when tiles have one: each
 * section a block with its name on top when there is room, its tiles inside, largest first;
 * “Other” along the far edge (right, or bottom in a tall box) when it is worth a strip.
 */
export function layoutTreemap(
  tiles: TreemapTile[],
  box: Box,
): { tiles: PlacedTile[]; sections: PlacedSection[] } {
  const other = tiles.find((t) => t.other);
  const total = tiles.reduce((a, t) => a + t.cents, 0);
  if (!other || total <= 0) return squarified(tiles, box);
  // “Other” is what the reader reads last, however large: a strip of its share along the far
  // edge, the named tiles laid out in the rest (squarified with it, a large “Other” came first
  // or pressed the last tiles into slivers).
  const share = other.cents / total;
  const across = box.width >= box.height;
  const room = (across ? box.width : box.height) - GAP;
  const strip = round(room * share);
  // Too thin a strip would hold no name: a small “Other” is laid out among the tiles.
  if (strip < MIN_STRIP) return squarified(tiles, box);
  const rest = across ? { ...box, width: room - strip } : { ...box, height: room - strip };
  const laid = squarified(
    tiles.filter((t) => t !== other),
    rest,
  );
  const placed: PlacedTile = across
    ? {
        tile: other,
        x: round(box.left + box.width - strip),
        y: box.top,
        width: strip,
        height: box.height,
      }
    : {
        tile: other,
        x: box.left,
        y: round(box.top + box.height - strip),
        width: box.width,
        height: strip,
      };
  return { tiles: [...laid.tiles, placed], sections: laid.sections };
}

/** Where tiles are laid out, in the chart's pixels. */
export type Box = { left: number; top: number; width: number; height: number };
/** Room between the named tiles and “Other” (as between the top level's blocks). */
const GAP = 4;
/** The thinnest strip “Other” is given along the edge. */
const MIN_STRIP = 64;

/** The tiles squarified in `box`, largest first, grouped by section (see layoutTreemap). */
function squarified(
  tiles: TreemapTile[],
  box: Box,
): { tiles: PlacedTile[]; sections: PlacedSection[] } {
  const groups = new Map<string, Node>();
  const top: Node[] = [];
  for (const tile of tiles) {
    if (!tile.section) {
      top.push({ name: tile.id, cents: tile.cents, tile });
      continue;
    }
    let group = groups.get(tile.section.id);
    if (!group) {
      group = { name: tile.section.id, section: tile.section, children: [] };
      groups.set(tile.section.id, group);
      top.push(group);
    }
    group.children!.push({ name: tile.id, cents: tile.cents, tile });
  }
  const root = hierarchy<Node>({ name: 'root', children: top })
    .sum((d) => d.cents ?? 0)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const roomy = (n: HierarchyRectangularNode<Node>) =>
    n.depth === 1 && n.data.section !== undefined && n.x1 - n.x0 > 70 && n.y1 - n.y0 > 50;
  const laid = treemap<Node>()
    .size([box.width, box.height])
    // Wider gaps between sections than between the tiles of one, so that a small section with
    // no room for a header does not read as part of the block above it.
    .paddingInner((n) => (n.depth === 0 ? 4 : 1))
    .paddingTop((n) => (roomy(n) ? HEADER : 0))(root);
  const placed: PlacedTile[] = laid.leaves().flatMap((n) =>
    n.data.tile
      ? [
          {
            tile: n.data.tile,
            x: round(box.left + n.x0),
            y: round(box.top + n.y0),
            width: round(n.x1 - n.x0),
            height: round(n.y1 - n.y0),
          },
        ]
      : [],
  );
  const sections: PlacedSection[] = (laid.children ?? []).flatMap((n) =>
    n.data.section
      ? [
          {
            section: n.data.section,
            x: round(box.left + n.x0),
            y: round(box.top + n.y0),
            width: round(n.x1 - n.x0),
            header: roomy(n) ? HEADER : 0,
          },
        ]
      : [],
  );
  return { tiles: placed, sections };
}
