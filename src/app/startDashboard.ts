import { flushSync, hydrate, mount } from 'svelte';
import { importInWorker } from '../lib/upload/importInWorker';
import Dashboard from './Dashboard.svelte';
import { dashboardContent } from './dashboardContent';
import { islandsLive } from './island';
import { nextTask } from '../lib/schedule/nextTask';

/**
 * Brings the dashboard to life in `target`: in place over the prerendered page the build wrote
 * (scripts/prerender.mjs), or drawn from scratch where there is none (the dev server). Resolves
 * once every part of it is live, its charts included.
 */
export async function startDashboard(target: HTMLElement): Promise<void> {
  // The code was evaluated in this task; what the page shows is read in the next, and the
  // page comes to life in the one after: none of them is long (a file chosen at once waits).
  await nextTask();
  const content = dashboardContent(location.hash);
  await nextTask();
  const options = { target, props: { importer: importInWorker, content } };
  if (target.firstChild) hydrate(Dashboard, options);
  else mount(Dashboard, options);
  // The charts' islands are asked for as the page's effects run.
  flushSync();
  await islandsLive();
}
