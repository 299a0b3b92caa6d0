import type { ChartConfig, ChartMode } from '../config/chartConfig';
import { modeLabel } from '../prepare/pointFactory';
import { isDerived, isLowerBound, qualifiedLabel } from '../words/qualifiedLabel';
import type { ChartPoint, ChartSeries } from '../spec';
import { floorShown, formatAmount } from '../units/formatAmount';
import type { Unit } from '../units/parseUnit';
import type { ChartNotes } from './chartNotes';

/** The overlays' values as charted: their own figure at the base period anchors an index or change. */
export function overlayValues(
  config: ChartConfig,
  mode: ChartMode,
  baseRaw: string | undefined,
  notes: ChartNotes,
): { id: string; charted: number }[] {
  const overlays = config.overlays ?? [];
  if (!overlays.length || config.hidden?.includes('overlay')) return [];
  if (mode === 'values') return overlays.map((o) => ({ id: o.id, charted: o.value }));
  const base = overlays.find((o) => o.period === baseRaw);
  const label = config.overlayLabel ?? 'Overlay';
  if (!base || base.value <= 0) {
    notes.add(`${label}: not shown in this mode, having no figure for ${baseRaw}.`);
    return [];
  }
  notes.add(`${label}: rebased on its own ${baseRaw} figure.`);
  return overlays.map((o) => ({
    id: o.id,
    charted: mode === 'index' ? (o.value / base.value) * 100 : (o.value / base.value - 1) * 100,
  }));
}

/** Overlay points drawn without a line, each with its qualifier and its own source. */
export function overlaySeries(
  config: ChartConfig,
  values: { id: string; charted: number }[],
  mode: ChartMode,
  unit: Unit,
  color: number,
  at: (key: number, value: number) => [number, number],
): ChartSeries | null {
  if (!values.length) return null;
  const locale = config.locale ?? 'en';
  const label = config.overlayLabel ?? 'Overlay';
  const points: ChartPoint[] = (config.overlays ?? []).flatMap((o) => {
    const v = values.find((x) => x.id === o.id);
    if (!v) return [];
    const [x, y] = at(o.key, v.charted);
    // A lower bound is shown cut down, never rounded up (see floorShown).
    const shown = isLowerBound(o.qualifier) ? floorShown(o.value, unit) : o.value;
    const raw = qualifiedLabel(
      formatAmount(shown, unit, { locale, fixed: isDerived(o.qualifier) }),
      o.qualifier,
    );
    return [
      {
        id: `overlay:${o.id}`,
        seriesId: 'overlay',
        seriesLabel: o.label,
        x,
        y,
        value: v.charted,
        valueLabel: mode === 'values' ? raw : modeLabel(v.charted, mode, locale),
        period: o.period,
        qualifier: o.qualifier,
        detail: mode === 'values' ? undefined : `Value: ${raw}`,
        source: o.source,
      },
    ];
  });
  return {
    id: 'overlay',
    label,
    color,
    dash: 'solid',
    path: '',
    points,
    dots: true,
    gaps: [],
    overlay: true,
  };
}
