import type { ChartMode } from '../config/chartConfig';
import { axisUnitLabel, displayStep, numberFormat } from '../units/formatAmount';
import type { Unit } from '../units/parseUnit';

/**
 * The value axis: its label (`US$ bn`, `Index, 2012 = 100`, `% change since 2012`) and how its
 * ticks read (plain numbers in the label's unit; signed in change mode).
 */
export function valueAxisText(
  unit: Unit,
  mode: ChartMode,
  magnitude: number,
  locale: string,
  base?: string,
): { label?: string; tick: (v: number) => string } {
  const nf = numberFormat(locale, { maximumFractionDigits: 3 });
  if (mode === 'index')
    return { label: `Index, ${base ?? 'base'} = 100`, tick: (v) => nf.format(v) };
  if (mode === 'change')
    return {
      label: `% change since ${base ?? 'the start'}`,
      tick: (v) => (v > 0 ? '+' : v < 0 ? '−' : '') + nf.format(Math.abs(v)),
    };
  const step = displayStep(magnitude, unit);
  const size = step[0] / unit.scale;
  return {
    label: axisUnitLabel(unit, step),
    tick: (v) => (v < 0 ? '−' : '') + nf.format(Math.abs(v) / size),
  };
}
