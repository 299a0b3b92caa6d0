import type { ChartSpec, DataTable, LegendItem } from '../lib/charts/spec';
import { keyItems } from '../lib/charts/draw/keyItems';
import { seriesPaint } from '../lib/charts/draw/shape';
import { paintFigure } from '../lib/charts/edits/paintFigure';
import { element } from './element';

/** The key: each series' symbol, as a button that shows or hides the series. */
function legendElement(
  items: LegendItem[],
  uid: string,
  toggle: (id: string) => void,
): HTMLElement | null {
  if (!items.length) return null;
  const shown = items.filter((i) => i.toggles && !i.hidden).length;
  return element(
    'ul',
    { class: 'legend', 'aria-label': 'Legend' },
    ...items.map((item, i) => {
      const swatch = element('span', {
        class: `swatch sym-${item.symbol} ${item.dash}`,
        'aria-hidden': 'true',
      });
      swatch.style.setProperty('--c', `var(--${seriesPaint(item.color)})`);
      if (!item.toggles) return element('li', {}, swatch, item.label);
      const b = element(
        'button',
        {
          type: 'button',
          id: `${uid}-key-${i}`,
          'aria-pressed': String(!item.hidden),
          disabled: !item.hidden && shown === 1,
          title: item.hidden ? 'Show this series' : 'Hide this series',
        },
        swatch,
        item.label,
      );
      b.addEventListener('click', () => toggle(item.id));
      return element('li', {}, b);
    }),
  );
}

function tableElement(table: DataTable): HTMLElement {
  return element(
    'div',
    { class: 'table-wrap' },
    element(
      'table',
      {},
      element('caption', {}, table.caption),
      element(
        'thead',
        {},
        element('tr', {}, ...table.columns.map((c) => element('th', { scope: 'col' }, c))),
      ),
      element(
        'tbody',
        {},
        ...table.rows.map((row) =>
          element(
            'tr',
            {},
            ...row.map((cell, i) =>
              i === 0 ? element('th', { scope: 'row' }, cell) : element('td', {}, cell),
            ),
          ),
        ),
      ),
    ),
  );
}

function captionElement(spec: ChartSpec): HTMLElement {
  return element(
    'figcaption',
    {},
    element(
      'div',
      { class: 'caption' },
      element('p', { class: 'label' }, spec.sources.length > 1 ? 'Sources' : 'Source'),
      element('ol', { class: 'sources' }, ...spec.sources.map((s) => element('li', {}, s.text))),
      spec.notes.length > 0 &&
        element('ul', { class: 'notes' }, ...spec.notes.map((n) => element('li', {}, n))),
      spec.byline && element('p', { class: 'byline' }, spec.byline),
    ),
  );
}

export interface FigureParts {
  uid: string;
  headingLevel: number;
  /** How to read the chart (ViewControls), if it offers any choice. */
  controls: HTMLElement | null;
  /** The plot, drawn by the caller at the measured width. */
  plot: HTMLElement;
  /** Shows or hides a series. */
  toggle: (id: string) => void;
  /** Whether the table was open in the figure this one replaces. */
  tableOpen: boolean;
}

/**
 * A chart's figure as the dashboard lays it out: title, subtitle, how to read it, legend, plot,
 * the table of its data (built when opened: the text alternative of the picture), and its
 * sources and notes in the figcaption.
 */
export function figureElement(spec: ChartSpec, parts: FigureParts): HTMLElement {
  const { uid, headingLevel, controls, plot, toggle, tableOpen } = parts;
  const details = element(
    'details',
    { class: 'data', open: tableOpen },
    element('summary', { id: `${uid}-table` }, 'Table of the chart’s data'),
  );
  const fill = () => {
    if (details.open && details.childElementCount === 1) details.append(tableElement(spec.table));
  };
  details.addEventListener('toggle', fill);
  fill();
  const figure = element(
    'figure',
    { class: 'chart', 'aria-labelledby': `${uid}-heading` },
    element(`h${headingLevel}` as 'h2', { id: `${uid}-heading`, class: 'title' }, spec.title),
    spec.subtitle && element('p', { class: 'subtitle' }, spec.subtitle),
    controls,
    legendElement(keyItems(spec.legend), uid, toggle),
    plot,
    details,
    captionElement(spec),
  );
  paintFigure(figure, spec.palette);
  return figure;
}
