import { hydrate, mount } from 'svelte';
import Dashboard from './app/Dashboard.svelte';
import './app/global.css';
import { importInWorker } from './lib/upload/importInWorker';

const target = document.getElementById('app') as HTMLElement;
const options = { target, props: { importer: importInWorker } };
// The build writes the dashboard into the page (scripts/prerender.mjs): it is brought to life in
// place. A page without it (the dev server) is drawn from scratch.
if (target.firstChild) hydrate(Dashboard, options);
else mount(Dashboard, options);
