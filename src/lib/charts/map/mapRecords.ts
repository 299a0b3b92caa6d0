import type { ChartSpec, PointSource } from '../spec';
import type { MapClasses } from './mapClasses';
import type { MapEntry } from './mapEntries';

/**
 * Every value of a map's period as a download row: the place as the table writes it, its ISO
 * code, the value as stored, its unit, the period, what the map did with it, and its source.
 */
export function mapRecords(
  entries: MapEntry[],
  drawn: Map<string, MapEntry>,
  classes: MapClasses,
  meta: { unit: string; period: string; source: PointSource },
): NonNullable<ChartSpec['records']> {
  const status = (e: MapEntry) =>
    e.status !== 'country'
      ? e.status === 'group'
        ? 'group, not drawn'
        : 'not matched'
      : drawn.get(e.country!.iso3) === e
        ? `class ${classes.classOf(e.value) + 1} of ${classes.count}`
        : drawn.has(e.country!.iso3)
          ? 'same country as another row, drawn once'
          : 'too small to draw';
  return {
    columns: ['country', 'iso3', 'value', 'unit', 'period', 'on_map', 'source', 'source_url'],
    rows: [...entries]
      .sort((a, b) => b.value - a.value)
      .map((e) => [
        e.label,
        e.country?.iso3 ?? null,
        e.value,
        meta.unit || null,
        meta.period || null,
        status(e),
        meta.source.text,
        meta.source.url ?? null,
      ]),
  };
}
