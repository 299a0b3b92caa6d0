import { mount } from 'svelte';
import Dashboard from './app/Dashboard.svelte';
import './app/global.css';
import { importInWorker } from './lib/upload/importInWorker';

mount(Dashboard, {
  target: document.getElementById('app') as HTMLElement,
  props: { importer: importInWorker },
});
