import type { ChartViewConfig } from '../lib/charts/config/chartConfig';
import type { ChartView } from '../lib/charts/spec';
import { VIEW_MODES } from '../lib/charts/config/viewModes';
import { TOUCH_HINT, ZOOM_HINT, zoomRange } from '../lib/charts/reading/zoomRange';
import { element } from './element';

function select(
  id: string,
  label: string,
  options: readonly (readonly [string, string])[],
  value: string,
  change: (value: string) => void,
): HTMLElement {
  const box = element(
    'select',
    { id },
    ...options.map(([v, text]) => element('option', { value: v, selected: v === value }, text)),
  );
  box.addEventListener('change', () => change(box.value));
  return element('label', {}, label, ' ', box);
}

function button(id: string, text: string, click: () => void, attributes = {}): HTMLElement {
  const b = element('button', { type: 'button', id, ...attributes }, text);
  b.addEventListener('click', click);
  return b;
}

/**
 * How a chart is read, as the dashboard offers it: values, an index or % change; linear or log
 * scale; zoom in, out and reset. Null when the chart allows none of them.
 */
export function viewControlsElement(
  view: ChartView,
  uid: string,
  change: (next: Partial<ChartViewConfig>) => void,
): HTMLElement | null {
  if (!view.relative && !view.loggable && !view.zoomable) return null;
  const zoomed = view.range[0] > view.domain[0] || view.range[1] < view.domain[1];
  return element(
    'div',
    { class: 'view-controls', role: 'group', 'aria-label': 'How to read the chart' },
    // Figures that allow no index or % change (growth rates) get no choice of it here.
    view.relative &&
      !view.notRelative &&
      select(`${uid}-mode`, 'Show', VIEW_MODES, view.mode, (mode) =>
        change({ mode: mode as ChartView['mode'] }),
      ),
    view.relative &&
      view.mode === 'index' &&
      view.periods.length > 0 &&
      select(
        `${uid}-base`,
        'Base',
        view.periods.map((p) => [p, p] as const),
        view.base ?? '',
        (base) => change({ base }),
      ),
    view.loggable &&
      !view.notLog &&
      button(
        `${uid}-log`,
        'Log scale',
        () => change({ scale: view.scale === 'log' ? 'linear' : 'log' }),
        { 'aria-pressed': String(view.scale === 'log') },
      ),
    view.zoomable &&
      element(
        'span',
        { class: 'zoom' },
        button(`${uid}-zoom-in`, 'Zoom in', () =>
          change({ range: zoomRange(view, 0.5) ?? undefined }),
        ),
        button(
          `${uid}-zoom-out`,
          'Zoom out',
          () => change({ range: zoomRange(view, 2) ?? undefined }),
          { disabled: !zoomed },
        ),
        button(`${uid}-zoom-reset`, 'Reset zoom', () => change({ range: undefined }), {
          disabled: !zoomed,
        }),
        element('span', { class: 'zoom-hint' }, ZOOM_HINT),
        element('span', { class: 'touch-hint' }, TOUCH_HINT),
      ),
  );
}
