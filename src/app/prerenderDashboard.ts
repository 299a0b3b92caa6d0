import { render } from 'svelte/server';
import type { Importer } from '../lib/state/UploadsState.svelte';
import Dashboard from './Dashboard.svelte';

/** Nothing is imported at build time. */
const noImport: Importer = () => ({ result: Promise.resolve(null), cancel() {} });

/**
 * The dashboard as HTML, rendered by Svelte's server renderer at build time: the release's
 * headline figures, both charts (SVG), their captions, sources and notes. Written into
 * dist/index.html, so a reader has every figure before any script runs (or with scripts off),
 * and the page's script then hydrates it.
 */
export function prerenderDashboard(): { head: string; body: string } {
  const { head, body } = render(Dashboard, { props: { importer: noImport } });
  return { head, body };
}
