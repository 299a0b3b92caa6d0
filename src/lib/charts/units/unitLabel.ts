import type { Unit } from './parseUnit';

const SCALES: Record<number, string> = {
  1e3: 'thousand',
  1e6: 'million',
  1e9: 'billion',
  1e12: 'trillion',
};

/** A unit as a download writes it beside raw numbers: `USD`, `EUR million`, `%`, or as read. */
export function unitLabel(unit: Unit): string {
  if (unit.percent) return '%';
  const scale = SCALES[unit.scale];
  if (unit.currency) return scale ? `${unit.currency} ${scale}` : unit.currency;
  if (unit.name) return scale ? `${scale} ${unit.name}` : unit.name;
  if (scale) return scale;
  return unit.text;
}
