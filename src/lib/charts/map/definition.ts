import type { Table, TextColumn } from '../../data/table';
import { MEASURES, type ChartDefinition } from '../config/chartDefinition';
import { buildMapSpec } from './buildMapSpec';

const PLACE_ROLES = ['partner', 'reporter', 'entity'];

/** The columns known to hold places: partners, reporters, countries. */
export const placeColumns = (table: Table) =>
  table.columns.filter(
    (c): c is TextColumn => c.type === 'category' && PLACE_ROLES.includes(c.role ?? ''),
  );

export const mapChart: ChartDefinition = {
  kind: 'map',
  label: 'Map',
  summary: 'A value per country on a world map, in classes; groups are listed, not drawn.',
  dimensions: {
    x: { label: 'Countries', accepts: ['category'], prefers: ['partner', 'reporter', 'entity'] },
    y: { ...MEASURES, multiple: false },
    series: { label: 'Series', accepts: [], prefers: [], optional: true },
  },
  variants: [],
  defaults: { mode: 'values', scale: 'linear' },
  build: buildMapSpec,
};

/**
 * Why a table makes no map: no column of places with several values. A table whose places are
 * all one (a reporter's trade with one partner) would colour one country on a world map.
 */
export function mapUnfit(table: Table): string | null {
  const named = placeColumns(table).map((c) => c.dictionary.filter(Boolean));
  if (named.length && named.every((v) => v.length < 2))
    return `needs several countries; the rows name only ${named.flat().join(' and ') || 'one'}`;
  return table.columns.some(
    (c) => c.type === 'category' && c.role !== 'time' && c.dictionary.length > 1,
  )
    ? null
    : 'needs a column of countries, partners or reporters';
}
