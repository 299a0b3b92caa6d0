import type { NumberColumn, Table } from '../../data/table';
import type { ChartNotes } from '../skeleton/chartNotes';
import type { ChartConfig } from '../config/chartConfig';
import { chartUnit } from '../prepare/chartUnit';
import { measureUnit } from '../prepare/measureUnit';
import { plotFrame } from '../layout/plotFrame';
import { valueScale, type ValueScale } from '../layout/valueScale';
import type { ChartSize, ChartSpec } from '../spec';
import { axisUnitLabel, displayStep, numberFormat } from '../units/formatAmount';
import type { Unit } from '../units/parseUnit';
import type { ScatterRows } from './scatterRows';

const MARGIN = { top: 20, right: 16, bottom: 40, left: 52 };

/** A scatter plot's two value axes over its rows, with the units their ticks are read in. */
export interface ScatterScales {
  x: ValueScale;
  y: ValueScale;
  xUnit: Unit;
  yUnit: Unit;
  /** The axes' units as words (`US$ bn`). */
  xLabel?: string;
  yLabel?: string;
  plot: ChartSpec['plot'];
}

/** How an axis's ticks read in its unit, at a magnitude. */
function tickText(unit: Unit, magnitude: number, locale: string) {
  const step = displayStep(magnitude, unit)[0] / unit.scale;
  const nf = numberFormat(locale, { maximumFractionDigits: 2 });
  return {
    label: axisUnitLabel(unit, displayStep(magnitude, unit)),
    tick: (v: number) => nf.format(v / step),
  };
}

/** From the lowest to the highest value of a column among the rows. */
const extent = (c: NumberColumn, rows: number[]) =>
  rows.reduce(
    ([a, b], r) => [Math.min(a, c.values[r]), Math.max(b, c.values[r])],
    [Infinity, -Infinity],
  );

/** Both axes fitted to the rows (log on both, or linear), y up the left and x along the bottom. */
export function scatterScales(
  table: Table,
  config: ChartConfig,
  { xc, yc, mask, rows, log }: ScatterRows,
  size: ChartSize,
  notes: ChartNotes,
): ScatterScales {
  const locale = config.locale ?? 'en';
  const xUnit = measureUnit(table, xc, mask);
  const { unit: yUnit, note: unitNote } = chartUnit(table, yc, mask, config.edits);
  notes.add(unitNote);
  const [ylo, yhi] = extent(yc, rows);
  const [xlo, xhi] = extent(xc, rows);
  const yt = tickText(yUnit, Math.max(Math.abs(ylo), Math.abs(yhi)), locale);
  const xt = tickText(xUnit, Math.max(Math.abs(xlo), Math.abs(xhi)), locale);
  const bottom = size.height - MARGIN.bottom;
  const y = valueScale([ylo, yhi], [bottom, MARGIN.top], {
    scale: log ? 'log' : 'linear',
    zero: false,
    count: Math.max(2, Math.floor((bottom - MARGIN.top) / 50)),
    label: yt.tick,
  });
  const plot = plotFrame(
    size,
    MARGIN,
    y.ticks.map((t) => t.label),
  );
  const x = valueScale([xlo, xhi], [plot.left, plot.left + plot.width], {
    scale: log ? 'log' : 'linear',
    zero: false,
    count: Math.max(2, Math.floor(plot.width / 80)),
    label: xt.tick,
  });
  return { x, y, xUnit, yUnit, xLabel: xt.label, yLabel: yt.label, plot };
}
