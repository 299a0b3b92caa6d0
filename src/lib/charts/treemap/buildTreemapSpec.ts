import { aggregatesIn } from '../../data/meaning/aggregates';
import type { NumberColumn, Table, TextColumn } from '../../data/table';
import type { ChartConfig } from '../config/chartConfig';
import { findColumn } from '../../data/columnValue';
import { assembleSpec } from '../skeleton/assembleSpec';
import { emptySpec } from '../skeleton/emptySpec';
import { measureName } from '../skeleton/chartText';
import { chartUnit } from '../prepare/chartUnit';
import { rowMask } from '../prepare/rowMask';
import { tableFacts } from '../prepare/tableFacts';
import type { Shape } from '../draw/shape';
import { columnTitle } from '../words/humanName';
import { normalizeConfig, type ChartInput } from '../config/normalizeConfig';
import { pointSource } from '../words/pointSource';
import { sourceLines } from '../words/sourceLines';
import type { ChartRegion, ChartSize, ChartSpec } from '../spec';
import { amountFormatter } from '../units/formatAmount';
import { unitLabel } from '../units/unitLabel';
import { hsEditionOf, nomenclatureOf, type Nomenclature } from './commodityCode';
import { pairedCodes } from './pairedCodes';
import { namedLayout } from './namedLayout';
import { EDGE_INSET } from '../layout/edgeInset';
import { PLACE_ROLES } from '../../data/meaning/aggregates';
import { placeCode } from '../words/placeCode';
import type { PlacedTile } from './layoutTreemap';
import { sectionLabel, tileLabels } from './tileLabels';
import { subsetNote } from '../skeleton/subsetNote';
import { treemapNotes } from './treemapNotes';
import { treemapRegion } from './treemapRegion';
import { treemapRecords } from './treemapRecords';
import { treemapTable } from './treemapTable';
import {
  addableItems,
  chapterNames,
  foldSmall,
  rollUp,
  sumItems,
  type TreemapItem,
  type TreemapTile,
} from './treemapItems';
import { codeNames, drillPath, drillTarget, itemsUnder, tilesUnder } from './treemapDrill';
import { describeTreemap, tileKind, treemapText } from './treemapText';

const mostlyBelow = (below: TreemapItem[], kept: TreemapItem[]) =>
  `Most categories are zero or below (${below.length} of ${below.length + kept.length}), as balances and net flows are: a treemap shows the parts of a whole above zero. A bar or column chart shows them all.`;

const NOTHING =
  'There is nothing to share out: no category has a value above zero among the rows kept.';

/** The columns and rows a treemap reads, or why it cannot be drawn. */
function treemapInput(table: Table, config: ChartConfig) {
  const x = findColumn(table, config.x);
  const y = config.y.map((n) => findColumn(table, n)).find((c) => c?.type === 'number');
  if (!x || x.type === 'number')
    return 'A treemap needs a category column to split the values by; choose one.';
  if (!y || y.type !== 'number') return 'A treemap needs a column of values; choose one.';
  const { mask } = rowMask(table, config.filters);
  const { unit, note: unitNote } = chartUnit(table, y, mask, config.edits);
  if (unit.percent)
    return 'Percentages do not add up to a whole: a treemap needs amounts (values, quantities, weights).';
  return { x: x as TextColumn, y: y as NumberColumn, mask, unit, unitNote };
}

/** The level drawn: its items and tiles, and the path down to it (empty at the top). */
function treemapLevel(
  kept: TreemapItem[],
  all: TreemapItem[],
  system: Nomenclature | undefined,
  drill: string | undefined,
) {
  const names = system ? codeNames(all, system) : new Map<string, string>();
  const items = drill && system ? itemsUnder(kept, drill, system) : [];
  if (!drill || !system || !items.length)
    return {
      items: kept,
      tiles: foldSmall(rollUp(kept, system, chapterNames(all, system))),
      path: [],
    };
  const tiles = foldSmall(tilesUnder(items, drill, system, names));
  return { items, tiles, path: drillPath(drill, system, names) };
}

/** Tiles of countries with their ISO code, for a tile too narrow for the country's name. */
const withPlaceCodes = (tiles: TreemapTile[]) =>
  tiles.map((t) => {
    const short = t.other ? undefined : placeCode(t.label);
    return short ? { ...t, short } : t;
  });

/** The plot's box, inset as the title and notes are, so an image's tiles line up with its text. */
const insetPlot = (size: ChartSize) => ({
  left: EDGE_INSET,
  top: 0,
  width: Math.max(10, size.width - 2 * EDGE_INSET),
  height: size.height,
});

/** The categories' codes, if they have any, and the system they are in (HS unless named). */
function codeSystem(table: Table, x: TextColumn, mask: Parameters<typeof pairedCodes>[2]) {
  const codes = pairedCodes(table, x, mask);
  // A classification column (H6) names the codes' system, when the categories have codes.
  const named = codes && nomenclatureOf(table, codes);
  const system = codes ? (named ?? 'HS') : undefined;
  const edition = system === 'HS' ? hsEditionOf(table) : undefined;
  return { codes, named, system, edition };
}

/**
 * A treemap: how a measure is made up by a category, each tile's area its share. Commodity codes
 * (HS, SITC) roll up to chapters grouped in their sections; small tiles fold into “Other”. A tile
 * with more below it drills in (`config.drill`): a section's chapters, a chapter's headings, a
 * heading's subheadings.
 */
export function buildTreemapSpec(table: Table, input: ChartInput, size: ChartSize): ChartSpec {
  const config = normalizeConfig(input, 'treemap');
  const fallbackTitle = config.text?.title ?? 'Composition';
  const read = treemapInput(table, config);
  if (typeof read === 'string') return emptySpec('treemap', table, size, fallbackTitle, read);
  const { x, y, mask, unit, unitNote } = read;
  const { codes, named, system, edition } = codeSystem(table, x, mask);
  const all = sumItems(x, y, mask, codes);
  const { kept, totals, nonPositive } = addableItems(all, system, new Set(aggregatesIn(table, x)));
  if (!kept.length) return emptySpec('treemap', table, size, fallbackTitle, NOTHING);
  // Mostly deficits or net outflows: the few parts above zero are no picture of a whole.
  if (nonPositive.length > kept.length)
    return emptySpec('treemap', table, size, fallbackTitle, mostlyBelow(nonPositive, kept));
  const level = treemapLevel(kept, all, system, config.drill);
  const { items, path } = level;
  const plot = insetPlot(size);
  const amount = amountFormatter(unit, config.locale ?? 'en');
  const labels = (p: PlacedTile) =>
    tileLabels(p, amount(p.tile.cents / 100), p.tile.other ? 'fg' : 'bg');
  const places = PLACE_ROLES.has(x.role ?? '') ? withPlaceCodes(level.tiles) : level.tiles;
  const { tiles, laid } = namedLayout(places, plot, labels);
  const total = tiles.reduce((a, t) => a + t.cents, 0);
  const { facts, indicator } = tableFacts(table, mask, [x.name, y.name, codes?.name]);
  const period = facts.find((f) => /year|period|time/i.test(f.column))?.value ?? '';
  const byName = columnTitle(x);
  const source = pointSource(table, y, -1);
  const sections = laid.sections.map((s) => s.section);
  const ctx = { system, edition, sections, total, amount, period, source, byName };
  // Reading order, for the arrow keys and the table: row by row, “Other” last.
  const last = (r: ChartRegion) => Number(r.id === 'other');
  const regions: ChartRegion[] = laid.tiles
    .map((p, rank) => treemapRegion(p, rank, ctx, drillTarget(p.tile, system)))
    .sort((a, b) => last(a) - last(b) || a.box[1] - b.box[1] || a.box[0] - b.box[0]);
  const callouts: Shape[] = [
    ...laid.tiles.flatMap(labels),
    ...laid.sections.flatMap((s) => sectionLabel(s, system ?? '')),
  ];
  const measure = measureName(table, [y], indicator);
  const by = tileKind(system, byName, path);
  const { title, subtitle } = treemapText(config, facts, measure, system, byName, path, by);
  const notes = treemapNotes({
    drilled: path.at(-1)?.label,
    config,
    subset: subsetNote(table, config.filters),
    system,
    edition,
    assumed: !named && !!system,
    totals,
    nonPositive,
    tiles,
    amount,
  });
  return assembleSpec(size, {
    kind: 'treemap',
    plot,
    title,
    subtitle,
    description: describeTreemap(
      laid.tiles.map((p) => p.tile),
      total,
      amount,
      by,
      path,
    ),
    regions,
    callouts,
    sources: sourceLines(table, [y], config.overlaySources ?? []),
    notes: [...(unitNote ? [unitNote] : []), ...notes],
    table: treemapTable(items, system, byName, columnTitle(y), amount, total, title),
    records: treemapRecords(tiles, system, { unit: unitLabel(unit), period, source, total }),
    view: { drill: system && codes ? path : undefined },
  });
}
