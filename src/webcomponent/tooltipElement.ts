import { qualifierNote } from '../lib/charts/words/qualifierNote';
import type { ChartPoint } from '../lib/charts/spec';
import type { TooltipPlace } from '../lib/interaction/placeTooltip';
import { element } from './element';

/**
 * The tooltip of one point, as the dashboard shows it: value, period, series, qualifier, details
 * and source, at the place the plot's controller chose.
 */
export function tooltipElement(point: ChartPoint, id: string, place: TooltipPlace): HTMLElement {
  const classes = ['tooltip', place.flip && 'flip', place.docked && 'docked'].filter(Boolean);
  const tip = element(
    'div',
    { class: classes.join(' '), role: 'tooltip', id },
    element('strong', {}, point.valueLabel),
    element('span', {}, `${point.period} · ${point.seriesLabel}`),
    point.qualifier && element('em', {}, qualifierNote(point)),
    point.detail && element('span', { class: 'note' }, point.detail),
    element('span', { class: 'src' }, `Source: ${point.source.short ?? point.source.text}`),
    point.source.note && element('span', { class: 'note' }, point.source.note),
  );
  Object.assign(tip.style, { left: place.left, right: place.right, top: place.top });
  return tip;
}
