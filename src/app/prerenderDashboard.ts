import { render } from 'svelte/server';
import ChartBlock from '../lib/components/toolbar/ChartBlock.svelte';
import type { Importer } from '../lib/state/UploadsState.svelte';
import Dashboard from './Dashboard.svelte';
import { dashboardCharts } from './dashboardCharts';

/** Nothing is imported at build time. */
const noImport: Importer = () => ({ result: Promise.resolve(null), cancel() {} });

/** Puts `html` inside the page's empty island for `uid`; there must be exactly one. */
export function fillIsland(page: string, uid: string, html: string): string {
  const empty = new RegExp(`(<div\\b[^>]*\\bdata-island="${uid}"[^>]*>)(</div>)`, 'g');
  const found = page.match(empty)?.length ?? 0;
  if (found !== 1) throw new Error(`the page has ${found} empty islands for “${uid}”, not one`);
  return page.replace(empty, (_, open: string, close: string) => open + html + close);
}

/**
 * The dashboard as HTML, rendered by Svelte's server renderer at build time: the release's
 * headline figures, both charts (SVG), their captions, sources and notes. Written into
 * dist/index.html, so a reader has every figure before any script runs (or with scripts off),
 * and the page's script then hydrates it. Each chart is rendered on its own into its island,
 * which the page hydrates in a task of its own.
 */
export function prerenderDashboard(): { head: string; body: string } {
  let { head, body } = render(Dashboard, { props: { importer: noImport } });
  for (const chart of dashboardCharts()) {
    const part = render(ChartBlock, { props: chart });
    body = fillIsland(body, chart.uid, part.body);
    head += part.head;
  }
  return { head, body };
}
