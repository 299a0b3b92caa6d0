import type { Shape } from '../draw/shape';
import { layoutTreemap, type Box, type PlacedTile } from './layoutTreemap';
import { foldInto, type TreemapTile } from './treemapItems';

/** Layouts tried at most: each folds the tiles the last one left without a name. */
const ROUNDS = 6;

/**
 * The tiles laid out in `box` so that each one can be named: a tile too small for its name
 * (or its code) in this box folds into “Other” with every tile no larger, and the rest are laid
 * out again, a few times at most. A coloured box without a name says nothing a reader can use,
 * least of all in an image; the table and the note on “Other” still list every category.
 * `labels` writes a tile's name.
 */
export function namedLayout(
  tiles: TreemapTile[],
  box: Box,
  labels: (p: PlacedTile) => Shape[],
): { tiles: TreemapTile[]; laid: ReturnType<typeof layoutTreemap> } {
  let laid = layoutTreemap(tiles, box);
  for (let round = 1; round < ROUNDS; round++) {
    const blank = laid.tiles.filter((p) => !p.tile.other && !labels(p).length);
    // Tiles no larger than one left blank go too: laid out again, they would fare no better.
    const most = Math.max(...blank.map((p) => p.tile.cents));
    const small = tiles.filter((t) => !t.other && t.cents <= most);
    const folded = blank.length ? foldInto(tiles, small) : tiles;
    if (folded === tiles) break;
    tiles = folded;
    laid = layoutTreemap(tiles, box);
  }
  return { tiles, laid };
}
