import { linePath } from '../skeleton/linePath';
import type { ChartBar, ChartPoint, ChartSeries, PointSource } from '../spec';
import type { BalancePanel } from './balanceData';
import type { PanelFrame } from './balancePanels';

const round = (v: number) => Math.round(v * 10) / 10;

/** A balance's value per period, exact to the cent: NaN where either flow has no figure. */
export function balanceValues(p: BalancePanel): Float64Array {
  return Float64Array.from(p.exports, (e, i) =>
    p.exportRows[i] > 0 && p.importRows[i] > 0 ? (e - p.imports[i]) / 100 : NaN,
  );
}

export interface MarkContext {
  periods: string[];
  amount: (v: number) => string;
  source: PointSource;
  /** Whether the panels are small multiples (their labels name the partner). */
  several: boolean;
  lines: boolean;
}

/** The diverging bars of one panel: surpluses in colour 0 up from zero, deficits in colour 1 down. */
export function balanceBars(p: BalancePanel, frame: PanelFrame, ctx: MarkContext): ChartBar[] {
  const values = balanceValues(p);
  const bars: ChartBar[] = [];
  values.forEach((b, i) => {
    if (Number.isNaN(b)) return;
    // A lone period would make one wall of a bar: no bar is wider than 72 px.
    const width = round(Math.min(frame.x.bandwidth(), 72));
    const left = round((frame.x(i) ?? 0) + (frame.x.bandwidth() - width) / 2);
    const top = frame.y(Math.max(0, b));
    const base = frame.y(Math.min(0, b));
    const seriesId = ctx.several ? `balance|${p.label}` : 'balance';
    const point: ChartPoint = {
      id: `${seriesId}:${ctx.periods[i]}`,
      seriesId,
      seriesLabel: ctx.several ? `${p.label}: balance` : 'Balance',
      x: round(left + width / 2),
      y: b < 0 ? base : top,
      value: b,
      valueLabel: `${b > 0 ? '+' : ''}${ctx.amount(b)}`,
      period: ctx.periods[i],
      detail: `Exports ${ctx.amount(p.exports[i] / 100)} − imports ${ctx.amount(p.imports[i] / 100)} (${b < 0 ? 'deficit' : 'surplus'})`,
      source: ctx.source,
    };
    bars.push({
      id: point.id,
      x: left,
      y: top,
      width,
      height: round(base - top),
      color: b < 0 ? 1 : 0,
      point,
      // Small multiples of a period or two say each balance: a hairline bar is read by its figure.
      showValue: values.length <= (ctx.several ? 2 : 8),
    });
  });
  return bars;
}

/** Exports and imports of one panel as lines over the bars, when asked for. */
export function flowLines(p: BalancePanel, frame: PanelFrame, ctx: MarkContext): ChartSeries[] {
  const sides: ['exports' | 'imports', Float64Array, Int32Array, number][] = [
    ['exports', p.exports, p.exportRows, 2],
    ['imports', p.imports, p.importRows, 4],
  ];
  return sides.map(([side, cents, rows, color]) => {
    const id = ctx.several ? `${side}|${p.label}` : side;
    const label = `${ctx.several ? `${p.label}: ` : ''}${side === 'exports' ? 'Exports' : 'Imports'}`;
    const xs = ctx.periods.map((_, i) => round((frame.x(i) ?? 0) + frame.x.bandwidth() / 2));
    const ys = ctx.periods.map((_, i) => (rows[i] ? frame.y(cents[i] / 100) : NaN));
    const points = ys.flatMap((y, i) =>
      Number.isNaN(y)
        ? []
        : [
            {
              id: `${id}:${ctx.periods[i]}`,
              seriesId: id,
              seriesLabel: label,
              x: xs[i],
              y,
              value: cents[i] / 100,
              valueLabel: ctx.amount(cents[i] / 100),
              period: ctx.periods[i],
              source: ctx.source,
            },
          ],
    );
    return {
      id,
      label,
      color,
      dash: side === 'exports' ? 'solid' : 'dashed',
      path: linePath(xs, ys),
      points,
      dots: points.length <= 24,
      gaps: [],
    };
  });
}
