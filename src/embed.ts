import { mount } from 'svelte';
import EmbedView from './app/EmbedView.svelte';
import './app/global.css';
import { heightMessage } from './lib/export';
import { importInWorker } from './lib/upload/importInWorker';

const target = document.getElementById('app') as HTMLElement;
let app = mount(EmbedView, { target, props: { hash: location.hash, importer: importInWorker } });

// A new hash (the author edits the link) draws the new chart.
addEventListener('hashchange', () => {
  target.replaceChildren();
  app = mount(EmbedView, { target, props: { hash: location.hash, importer: importInWorker } });
});
void app;

// Tell the embedding page how tall the chart is, so its frame fits without a scrollbar.
if (parent !== window) {
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage(heightMessage(height), '*');
  }).observe(document.documentElement);
}
