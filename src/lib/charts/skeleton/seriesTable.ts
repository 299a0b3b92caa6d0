import { columnTitle } from '../words/humanName';
import type { ChartConfig, ChartMode } from '../config/chartConfig';
import type { Selection } from '../prepare/downsampleM4';
import { modeLabel } from '../prepare/pointFactory';
import { estimateSlots } from '../prepare/flagQualifier';
import { charted } from '../prepare/rebase';
import type { ChartData } from '../prepare/prepareChartData';
import { slotLabeller, slotOf, slotRawLabel } from '../prepare/slotLabel';
import { decimalsOf, formatAsReported, formatFixed } from '../words/format';
import { isDerived, isLowerBound } from '../words/qualifiedLabel';
import type { DataTable } from '../spec';
import { unitLabel } from '../units/unitLabel';
import type { Shown } from './showSeries';
import type { XWindow } from './xWindow';

/** Most rows in a chart's table when a series is thinned: a sample of its drawn points. */
export const MAX_TABLE_ROWS = 100;

function tableSlots(picks: Selection[], win: XWindow): { slots: number[]; sampled: boolean } {
  if (!picks.some((p) => p.thinned)) {
    return { slots: Array.from({ length: win.hi - win.lo }, (_, i) => win.lo + i), sampled: false };
  }
  // A sample of the drawn points of the first thinned series (already in order).
  const p = picks.find((x) => x.thinned)!;
  const every = Math.ceil(p.length / MAX_TABLE_ROWS);
  const slots: number[] = [];
  for (let j = 0; j < p.length; j += every) if (p.indices[j] >= 0) slots.push(p.indices[j]);
  return { slots, sampled: true };
}

const overlayCell = (o: NonNullable<ChartConfig['overlays']>[number], locale: string) =>
  `${isLowerBound(o.qualifier) ? 'more than ' : o.qualifier === 'derived' ? 'about ' : ''}${formatAsReported(o.value, locale)}${isDerived(o.qualifier) ? ' (derived)' : ''}`;

/**
 * A time chart's data as a table: a row per period in view, a column per series shown (and
 * the overlay), values as the source printed them, or as charted in index and change modes;
 * an estimate says so.
 */
export function seriesTable(
  data: ChartData,
  config: ChartConfig,
  shown: Shown[],
  picks: Selection[],
  win: XWindow,
  mode: ChartMode,
  title: string,
): DataTable {
  const locale = config.locale ?? 'en';
  const overlays = config.hidden?.includes('overlay') ? [] : (config.overlays ?? []);
  const { slots, sampled } = tableSlots(picks, win);
  const slotLabel = slotLabeller(data, locale);
  // Each figure with the decimals its source gave (88.1 beside 69.525: padding it to 88.100
  // would claim a precision the source never had), or the author's if they set them.
  const digitsOf = (v: number) => config.edits?.decimals ?? decimalsOf(v);
  const authorFrom = slotOf(data, config.edits?.estimatesFrom);
  const estimates = shown.map(({ s }) => estimateSlots(s, authorFrom));
  const cell = (i: number, k: number) => {
    const v = shown[k].s.values[i];
    if (Number.isNaN(v)) return 'no figure';
    const text =
      mode === 'values'
        ? formatFixed(v, digitsOf(v), locale)
        : modeLabel(charted(shown[k].rb, v), mode, locale);
    return estimates[k]?.[i] ? `${text} (estimate)` : text;
  };
  type Row = { key: number; cells: string[] };
  const rows = new Map<string, Row>();
  for (const i of slots) {
    rows.set(slotRawLabel(data, i), {
      key: data.slots.keys[i],
      cells: [slotLabel(i), ...shown.map((_, k) => cell(i, k))],
    });
  }
  if (overlays.length) {
    for (const o of overlays) {
      if (o.key < win.range[0] || o.key > win.range[1]) continue;
      if (!rows.has(o.period))
        rows.set(o.period, { key: o.key, cells: [o.period, ...shown.map(() => '')] });
    }
    for (const [period, row] of rows) {
      const o = overlays.find((x) => x.period === period);
      row.cells.push(o ? overlayCell(o, locale) : '');
    }
  }
  const x = data.x;
  // Values are as the source gives them, which may not be the axis's magnitude (€ million under
  // an axis in € bn): the caption says in what.
  const unit = mode === 'values' && !data.unit.percent ? unitLabel(data.unit) : '';
  const notes = [
    ...(unit ? [`values in ${unit}, as the source gives them`] : []),
    ...(sampled ? ['a sample of the points drawn'] : []),
  ];
  return {
    caption: notes.length ? `${title} (${notes.join('; ')})` : title,
    columns: [
      columnTitle(x),
      ...shown.map(({ s }) => s.label),
      ...(overlays.length ? [config.overlayLabel ?? 'Overlay'] : []),
    ],
    rows: [...rows.values()].sort((a, b) => a.key - b.key).map((r) => r.cells),
  };
}
