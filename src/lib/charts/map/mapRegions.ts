import type { Shape } from '../draw/shape';
import type { ChartRegion, PointSource } from '../spec';
import type { MapClasses } from './mapClasses';
import type { MapEntry } from './mapEntries';
import { classPaint } from './mapLegend';
import type { MapShape } from './mapAtlasTypes';

export interface RegionContext {
  classes: MapClasses;
  amount: (v: number) => string;
  period: string;
  source: PointSource;
  /** The reporter's country (ISO3), drawn apart in grey where it has no value of its own. */
  home?: string;
}

/**
 * Countries with a figure become regions a reader can step through, in reading order (rows of
 * about 40 px, left to right); every other outline is drawn under them with the no-data pattern,
 * but the reporter's own, in grey.
 */
export function mapRegions(
  shapes: MapShape[],
  byIso3: Map<string, MapEntry>,
  ctx: RegionContext,
): { regions: ChartRegion[]; rest: Shape[] } {
  const regions: ChartRegion[] = [];
  const rest: Shape[] = [];
  for (const s of shapes) {
    const entry = byIso3.get(s.key);
    if (!entry) {
      const fill = s.key === ctx.home ? 'muted' : 'nodata';
      rest.push({ type: 'path', d: s.d, fill, stroke: 'bg', strokeWidth: 0.5 });
      continue;
    }
    const k = ctx.classes.classOf(entry.value);
    regions.push({
      id: s.key,
      d: s.d,
      fill: classPaint(k, ctx.classes),
      box: s.box,
      point: {
        id: s.key,
        seriesId: s.key,
        // A code (`DE`, `DEU`, `276`) is said as the country's name.
        seriesLabel: /^([A-Z]{2,3}|\d{1,3})$/.test(entry.label.trim())
          ? entry.country!.name
          : entry.label,
        x: s.centroid[0],
        y: s.centroid[1],
        value: entry.value,
        valueLabel: ctx.amount(entry.value),
        period: ctx.period,
        detail: `${entry.country!.name} (${s.key}); class ${k + 1} of ${ctx.classes.count}${entry.rows > 1 ? `; sum of ${entry.rows} rows` : ''}`,
        source: ctx.source,
      },
    });
  }
  const row = (r: ChartRegion) => Math.floor(r.point.y / 40);
  regions.sort((a, b) => row(a) - row(b) || a.point.x - b.point.x);
  return { regions, rest };
}
