import { render } from 'svelte/server';
import type { ChartSpec } from '../lib/charts/spec';
import ChartSvg from '../lib/components/chart/ChartSvg.svelte';
import { plotApartContext } from '../lib/components/chart/deferPlot';
import ChartBlock from '../lib/components/toolbar/ChartBlock.svelte';
import type { Importer } from '../lib/state/UploadsState.svelte';
import Dashboard from './Dashboard.svelte';
import { dashboardContent } from './dashboardContent';

/** Nothing is imported at build time. */
const noImport: Importer = () => ({ result: Promise.resolve(null), cancel() {} });

/** Puts `html` inside the page's empty island for `uid`; there must be exactly one. */
export function fillIsland(page: string, uid: string, html: string): string {
  const empty = new RegExp(`(<div\\b[^>]*\\bdata-island="${uid}"[^>]*>)(</div>)`, 'g');
  const found = page.match(empty)?.length ?? 0;
  if (found !== 1) throw new Error(`the page has ${found} empty islands for “${uid}”, not one`);
  return page.replace(empty, (_, open: string, close: string) => open + html + close);
}

/** Puts the plot's `html` into the chart's empty place for it (`.place`); there must be one. */
export function fillPlace(chart: string, html: string): string {
  const empty = /(<div\b[^>]*\bclass="place"[^>]*>)(<\/div>)/g;
  const found = chart.match(empty)?.length ?? 0;
  if (found !== 1) throw new Error(`the chart has ${found} empty places for its plot, not one`);
  return chart.replace(empty, (_, open: string, close: string) => open + html + close);
}

/**
 * The dashboard as HTML, rendered by Svelte's server renderer at build time: the release's
 * headline figures, both charts (SVG), their captions, sources and notes. Written into
 * dist/index.html, so a reader has every figure before any script runs (or with scripts off),
 * and the page's script then hydrates it. Each chart is rendered on its own into its island,
 * which the page hydrates in tasks of its own: the chart, then its plot.
 */
export function prerenderDashboard(): { head: string; body: string } {
  const content = dashboardContent();
  let { head, body } = render(Dashboard, { props: { importer: noImport, content } });
  for (const chart of content.charts) {
    // Each chart's plot comes to life a task after the rest of it (plotLater): it is written
    // into the place the chart keeps for it, which hydration passes over.
    let spec: ChartSpec | undefined;
    const apart = plotApartContext({ spec: (uid, drawn) => (spec ??= drawn) });
    // Svelte's renderer runs when its output is read.
    const { body: chartHtml, head: chartHead } = render(ChartBlock, {
      props: chart,
      context: apart,
    });
    if (!spec) throw new Error(`the chart “${chart.uid}” drew no plot`);
    const plot = render(ChartSvg, { props: { spec, uid: chart.uid } });
    body = fillIsland(body, chart.uid, fillPlace(chartHtml, plot.body));
    head += chartHead + plot.head;
  }
  return { head, body };
}
