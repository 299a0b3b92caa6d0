import type { ChartSpec, PointSource } from '../spec';
import { normalCode, sectionOf, type Nomenclature } from './commodityCode';
import type { TreemapTile } from './treemapItems';

/**
 * Every category of a treemap's level as a download row, grouped by the tile that holds it
 * (“Other” included): tile, section, code, category, value as stored, share of the level,
 * unit, period and source.
 */
export function treemapRecords(
  tiles: TreemapTile[],
  system: Nomenclature | undefined,
  meta: { unit: string; period: string; source: PointSource; total: number },
): NonNullable<ChartSpec['records']> {
  const rows = tiles.flatMap((tile) =>
    [...tile.items]
      .sort((a, b) => b.cents - a.cents)
      .map((i) => {
        const code = i.code && system ? normalCode(i.code, system) : undefined;
        const section = code ? sectionOf(code, system!)?.section.id : undefined;
        return [
          tile.label,
          section ?? null,
          code ?? null,
          i.label,
          i.cents / 100,
          meta.total ? Math.round((i.cents / meta.total) * 1e6) / 1e4 : null,
          meta.unit || null,
          meta.period || null,
          meta.source.text,
          meta.source.url ?? null,
        ];
      }),
  );
  return {
    columns: [
      'tile',
      'section',
      'code',
      'category',
      'value',
      'share_percent',
      'unit',
      'period',
      'source',
      'source_url',
    ],
    rows,
  };
}
