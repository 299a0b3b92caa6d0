import { seriesPaint } from '../draw/shape';
import type { ChartRegion, PointSource } from '../spec';
import type { Nomenclature } from './commodityCode';
import { sectionTitle, type Section } from './hsSections';
import type { PlacedTile } from './layoutTreemap';

export interface RegionContext {
  system?: Nomenclature;
  /** The HS edition the codes follow, when the table names one. */
  edition?: number;
  /** The sections drawn, largest first: each tile takes its section's colour from its place. */
  sections: Section[];
  total: number;
  amount: (v: number) => string;
  period: string;
  source: PointSource;
  byName: string;
}

/**
 * A placed tile as a region a reader can reach: coloured by its section (by rank without one,
 * muted for “Other”), with its value, its share and what it holds in the tooltip; `drill` is
 * the code a click or Enter on it drills into.
 */
export function treemapRegion(
  p: PlacedTile,
  rank: number,
  ctx: RegionContext,
  drill?: string,
): ChartRegion {
  const { tile } = p;
  // Colours go to the sections by their size here, not by their number: by number, a palette of
  // ten gave sections VI and XVI, or V and XV, one colour, often side by side.
  const slot = tile.section ? ctx.sections.indexOf(tile.section) : rank;
  const share = `${Math.round((tile.cents / ctx.total) * 1000) / 10} % of ${ctx.amount(ctx.total / 100)}`;
  const holds =
    tile.items.length > 1 || tile.other
      ? `; sum of ${tile.items.length} ${ctx.system ? 'codes' : 'items'}`
      : '';
  const section = tile.section
    ? `${ctx.system} section ${tile.section.id}: ${ctx.system === 'HS' ? sectionTitle(tile.section, ctx.edition) : tile.section.title}`
    : ctx.byName;
  return {
    id: tile.id,
    rect: { x: p.x, y: p.y, width: p.width, height: p.height },
    fill: tile.other ? 'grid' : seriesPaint(slot),
    box: [p.x, p.y, p.x + p.width, p.y + p.height],
    point: {
      id: tile.id,
      seriesId: tile.section?.id ?? tile.id,
      seriesLabel: tile.other ? 'Other' : tile.label,
      x: Math.round((p.x + p.width / 2) * 10) / 10,
      y: Math.round((p.y + p.height / 2) * 10) / 10,
      value: tile.cents / 100,
      valueLabel: ctx.amount(tile.cents / 100),
      period: ctx.period,
      detail: `${share}${holds}. ${tile.other ? 'Small tiles folded together' : section}${drill ? '. Enter or click shows what it holds' : ''}`,
      source: ctx.source,
      drill,
    },
  };
}
