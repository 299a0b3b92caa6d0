import { flushSync, hydrate, mount } from 'svelte';
import { importInWorker } from '../lib/upload/importInWorker';
import Dashboard from './Dashboard.svelte';
import { islandsLive } from './island';

/**
 * Brings the dashboard to life in `target`: in place over the prerendered page the build wrote
 * (scripts/prerender.mjs), or drawn from scratch where there is none (the dev server). Resolves
 * once every part of it is live, its charts included.
 */
export async function startDashboard(target: HTMLElement): Promise<void> {
  const options = { target, props: { importer: importInWorker } };
  // The code was evaluated in this task: the page comes to life in the next, so neither is
  // long (a file chosen at once waits for both).
  await new Promise<void>((go) => setTimeout(go, 0));
  if (target.firstChild) hydrate(Dashboard, options);
  else mount(Dashboard, options);
  // The charts' islands are asked for as the page's effects run.
  flushSync();
  await islandsLive();
}
