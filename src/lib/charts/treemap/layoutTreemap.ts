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
 * section a block with its name on top when there is room, its tiles inside, largest first.
 */
export function layoutTreemap(
  tiles: TreemapTile[],
  box: { left: number; top: number; width: number; height: number },
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
