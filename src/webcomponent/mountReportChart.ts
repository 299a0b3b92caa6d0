import type { LoadedChart } from '../app/loadChartState';
import { loadChartState } from '../app/loadChartState';
import { buildChartSpec } from '../lib/charts/buildChartSpec';
import { viewOfConfig, type ChartViewConfig } from '../lib/charts/config/chartConfig';
import { loadMapAtlasFrom } from '../lib/charts/map/loadMapAtlas';
import type { MapAtlas } from '../lib/charts/map/mapAtlasTypes';
import { toggleValue } from '../lib/charts/reading/toggleValue';
import type { ChartState } from '../lib/export';
import type { Importer } from '../lib/state/UploadsState.svelte';
import { element } from './element';
import { figureElement } from './figureElement';
import { plotElement } from './plotElement';
import { besideComponent as beside, fetchedApart, loadTradeViews } from './lazyViews';
import { viewControlsElement } from './viewControlsElement';

export interface ReportChartOptions {
  /** The chart to draw, or why the attributes could not be read. */
  request: { ok: true; state: ChartState } | { ok: false; error: string };
  /** Imports a CSV fetched from `src`. */
  importer: Importer;
  /** Unique id of the chart on the page. */
  uid: string;
  /** The title's heading level in the report's outline. */
  headingLevel: number;
  /** Height of the chart; the width follows the element. */
  height?: number;
}

function alertElement(lead: string, message: string): HTMLElement {
  return element(
    'div',
    { class: 'alert', role: 'alert' },
    element('p', {}, element('strong', {}, lead), ' ', message),
  );
}

/**
 * The figure of a loaded chart, drawn again whenever its width or the reader's view (mode,
 * scale, zoom, hidden series) changes; focus and the open table stay where they were.
 */
function drawChart(
  target: HTMLElement,
  { table, config, memo }: Extract<LoadedChart, { ok: true }>,
  { uid, headingLevel, height = 360 }: ReportChartOptions,
  signal: AbortSignal,
) {
  let view = viewOfConfig(config);
  let width = 0;
  let plot: AbortController | null = null;
  // The trade views' builders and a map's outlines come in files of their own, fetched only
  // for type="balance|treemap|map" (and the outlines only for a map); the views' file also
  // paints a dense chart's canvas.
  let atlas: MapAtlas | undefined;
  const views = () => loadTradeViews(beside('trade-chart-views.js'));
  if (fetchedApart(config.type, config.variant))
    void Promise.all([
      views(),
      config.type === 'map' ? loadMapAtlasFrom(beside('trade-chart-map.js')) : undefined,
    ]).then(
      ([, loaded]) => {
        atlas = loaded;
        if (!signal.aborted) draw(width);
      },
      () =>
        say('This chart needs trade-chart-views.js and trade-chart-map.js next to trade-chart.js.'),
    );
  // One live region for the chart's life: a new one in every redraw would not be read out.
  const live = element('p', { class: 'sr-only', 'aria-live': 'polite' });
  const say = (text: string) => (live.textContent = text);
  const measure = element('div', { class: 'measure' });
  const observer = new ResizeObserver((entries) => {
    const w = Math.round(entries[entries.length - 1]?.contentRect.width ?? 0);
    if (w && w !== width) draw(w);
  });

  function change(next: Partial<ChartViewConfig>) {
    view = { ...view, ...next };
    draw(width);
  }

  function draw(w: number) {
    width = w;
    const root = target.getRootNode() as Document | ShadowRoot;
    const focused = root.activeElement && target.contains(root.activeElement);
    const focusId = focused ? root.activeElement.id : '';
    const tableOpen = target.querySelector('details')?.open ?? false;
    // Narrow reports get a shorter chart, as the dashboard does; before the first measure, the
    // plot's place is kept at the default width's proportions.
    const size = w || 640;
    const spec = buildChartSpec(
      table,
      { ...config, ...view, atlas, memo },
      {
        width: size,
        height: size < 480 ? Math.round(height * 0.85) : height,
      },
    );
    plot?.abort();
    plot = new AbortController();
    const zoom = (range: [number, number] | null) => change({ range: range ?? undefined });
    const drawn = w
      ? plotElement(spec, uid, { zoom, say, signal: plot.signal, views })
      : element('div', { class: 'pending' });
    if (!w) drawn.style.aspectRatio = `${spec.width} / ${spec.height}`;
    measure.replaceChildren(drawn);
    const controls = viewControlsElement(spec.view, uid, change);
    const toggle = (id: string) => change({ hidden: toggleValue(view.hidden ?? [], id) });
    target.replaceChildren(
      figureElement(spec, { uid, headingLevel, controls, plot: measure, toggle, tableOpen }),
      live,
    );
    if (focusId) (root.getElementById(focusId) as HTMLElement | null)?.focus();
  }

  draw(0);
  observer.observe(measure);
  signal.addEventListener('abort', () => (observer.disconnect(), plot?.abort()));
}

/**
 * One chart from a state alone, without a framework: the web component's renderer. It loads the
 * data (a built-in dataset, or `src` imported like an upload), then draws the figure the
 * dashboard draws, from the same spec and shapes; anything wrong is said in an alert, as text.
 * Returns what removes it.
 */
export function mountReportChart(target: HTMLElement, options: ReportChartOptions): () => void {
  const life = new AbortController();
  const fail = (lead: string, message: string) =>
    target.replaceChildren(alertElement(lead, message));
  const { request } = options;
  if (!request.ok) {
    fail('This chart cannot be shown.', request.error);
    return () => life.abort();
  }
  target.replaceChildren(element('p', { class: 'status', role: 'status' }, 'Loading the chart…'));
  void loadChartState(request.state, options.importer).then((loaded) => {
    if (life.signal.aborted) return;
    // A table with nothing to chart was said so by loadChartState, with the file's name.
    if (!loaded.ok) return fail('This chart cannot be shown.', loaded.error);
    try {
      drawChart(target, loaded, options, life.signal);
    } catch (e) {
      fail('This chart cannot be shown.', e instanceof Error ? e.message : String(e));
    }
  });
  return () => life.abort();
}
