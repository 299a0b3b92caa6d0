import { QUALIFIER_NOTE } from '../lib/charts/qualifierNote';
import type { ChartPoint } from '../lib/charts/spec';
import { element } from './element';

/**
 * The tooltip of one point, as the dashboard shows it: value, period, series, qualifier, details
 * and source. `left` and `top` are fractions of the chart's size; a narrow chart docks it above.
 */
export function tooltipElement(
  point: ChartPoint,
  id: string,
  left: number,
  top: number,
  docked: boolean,
): HTMLElement {
  const classes = ['tooltip', left > 0.6 && 'flip', docked && 'docked'].filter(Boolean);
  const tip = element(
    'div',
    { class: classes.join(' '), role: 'tooltip', id },
    element('strong', {}, point.valueLabel),
    element('span', {}, `${point.period} · ${point.seriesLabel}`),
    point.qualifier && element('em', {}, QUALIFIER_NOTE[point.qualifier]),
    point.detail && element('span', { class: 'note' }, point.detail),
    element('span', { class: 'src' }, `Source: ${point.source.text}`),
    point.source.note && element('span', { class: 'note' }, point.source.note),
  );
  // Anchored on the side it opens towards, so it keeps its full width at the chart's edge.
  tip.style.left = left > 0.6 ? 'auto' : `${left * 100}%`;
  tip.style.right = left > 0.6 ? `${(1 - left) * 100}%` : 'auto';
  tip.style.top = `${Math.min(0.85, Math.max(0.15, top)) * 100}%`;
  return tip;
}
