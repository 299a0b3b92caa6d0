import type { NumberColumn, Table, TextColumn } from '../../data/table';
import type { ChartConfig } from '../config';
import { findColumn } from '../../data/columnValue';
import type { TreemapTile } from './treemapItems';
import { STILL } from '../balance/buildBalanceSpec';
import { factsSubtitle } from '../build/chartText';
import { emptySpec } from '../build/emptySpec';
import { chartUnit } from '../data/chartUnit';
import { rowMask } from '../data/rowMask';
import { tableFacts } from '../data/tableFacts';
import type { Shape } from '../draw/shape';
import { columnTitle } from '../humanName';
import { normalizeConfig, type ChartInput } from '../normalizeConfig';
import { pointSource } from '../pointSource';
import { sourceLines } from '../sourceLines';
import type { ChartRegion, ChartSize, ChartSpec } from '../spec';
import { amountFormatter } from '../units/formatAmount';
import { nomenclatureOf, pairedCodes } from './commodityCode';
import { layoutTreemap } from './layoutTreemap';
import { sectionLabel, tileLabels } from './tileLabels';
import { treemapNotes } from './treemapNotes';
import { treemapRegion } from './treemapRegion';
import { treemapTable } from './treemapTable';
import { addableItems, chapterNames, foldSmall, rollUp, sumItems } from './treemapItems';

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

/**
 * A treemap: how a measure is made up by a category, each tile's area its share. Commodity codes
 * (HS, SITC) roll up to chapters grouped in their sections; small tiles fold into “Other”.
 */
export function buildTreemapSpec(table: Table, input: ChartInput, size: ChartSize): ChartSpec {
  const config = normalizeConfig(input, 'treemap');
  const fallbackTitle = config.text?.title ?? 'Composition';
  const read = treemapInput(table, config);
  if (typeof read === 'string') return emptySpec('treemap', table, size, fallbackTitle, read);
  const { x, y, mask, unit, unitNote } = read;
  const codes = pairedCodes(table, x, mask);
  const named = nomenclatureOf(table, codes);
  const system = named ?? (codes ? 'HS' : undefined);
  const items = sumItems(x, y, mask, codes);
  const { kept, totals, nonPositive } = addableItems(items, system);
  if (!kept.length) return emptySpec('treemap', table, size, fallbackTitle, NOTHING);
  const tiles = foldSmall(rollUp(kept, system, chapterNames(items, system)));
  const plot = { left: 0, top: 0, width: size.width, height: size.height };
  const laid = layoutTreemap(tiles, plot);
  const locale = config.locale ?? 'en';
  const amount = amountFormatter(unit, locale);
  const total = tiles.reduce((a, t) => a + t.cents, 0);
  const { facts, indicator } = tableFacts(table, mask, [x.name, y.name, codes?.name]);
  const period = facts.find((f) => /year|period|time/i.test(f.column))?.value ?? '';
  const ctx = {
    system,
    total,
    amount,
    period,
    source: pointSource(table, y, -1),
    byName: columnTitle(x),
  };
  const regions: ChartRegion[] = laid.tiles
    .map((p, rank) => treemapRegion(p, rank, ctx))
    .sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
  const callouts: Shape[] = [
    ...laid.tiles.flatMap((p) =>
      tileLabels(p, amount(p.tile.cents / 100), p.tile.other ? 'fg' : 'bg'),
    ),
    ...laid.sections.flatMap((s) => sectionLabel(s, system ?? '')),
  ];
  const { title, subtitle } = treemapText(config, facts, indicator ?? columnTitle(y), system, x);
  return {
    kind: 'treemap',
    width: size.width,
    height: size.height,
    plot,
    title,
    subtitle,
    description: describeTreemap(
      laid.tiles.map((p) => p.tile),
      total,
      amount,
      ctx.byName,
      system,
    ),
    xAxis: { ticks: [], grid: false },
    yAxis: { ticks: [], grid: false },
    series: [],
    bars: [],
    regions,
    callouts,
    labels: [],
    annotations: [],
    legend: [],
    sources: sourceLines(table, [y], config.overlaySources ?? []),
    notes: [
      ...(unitNote ? [unitNote] : []),
      ...treemapNotes({
        config,
        system,
        assumed: !named && !!system,
        totals,
        nonPositive,
        tiles,
        amount,
      }),
    ],
    table: treemapTable(kept, system, columnTitle(x), columnTitle(y), amount, total, title),
    view: STILL,
    render: 'svg',
  };
}

/** `Treemap of $505.6 bn by HS chapter, 31 tiles: 85 Electrical machinery $46.9 bn (9.3 %), …` */
function describeTreemap(
  tiles: TreemapTile[],
  total: number,
  amount: (v: number) => string,
  byName: string,
  system?: string,
): string {
  const pct = (c: number) => `${Math.round((c / total) * 1000) / 10} %`;
  const by = system ? `${system} chapter` : byName.toLowerCase();
  const largest = tiles
    .slice(0, 8)
    .map((t) => `${t.label} ${amount(t.cents / 100)} (${pct(t.cents)})`);
  return `Treemap of ${amount(total / 100)} by ${by}, ${tiles.length} tiles, largest first: ${largest.join('; ')}.`;
}

/** `Trade Value (US$) by HS section and chapter`, and the facts the rows share. */
function treemapText(
  config: ChartConfig,
  facts: { column: string; value: string }[],
  measure: string,
  system: string | undefined,
  x: TextColumn,
) {
  const by = system
    ? `${system} section and ${system === 'SITC' ? 'division' : 'chapter'}`
    : columnTitle(x).toLowerCase();
  const title = config.text?.title ?? `${measure} by ${by}`;
  const subtitle = factsSubtitle(config, facts);
  return { title, subtitle };
}
