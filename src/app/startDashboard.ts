import { hydrate, mount } from 'svelte';
import { importInWorker } from '../lib/upload/importInWorker';
import Dashboard from './Dashboard.svelte';

/**
 * Brings the dashboard to life in `target`: in place over the prerendered page the build wrote
 * (scripts/prerender.mjs), or drawn from scratch where there is none (the dev server).
 */
export function startDashboard(target: HTMLElement) {
  const options = { target, props: { importer: importInWorker } };
  if (target.firstChild) hydrate(Dashboard, options);
  else mount(Dashboard, options);
}
