import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

// Two files next to dist/trade-chart.js that the component fetches only when needed: the balance,
// treemap and map builders (trade-chart-views.js), and the map outlines and country codes
// (trade-chart-map.js). VIEWS=1 builds the first; without it, the second.
const views = process.env.VIEWS === '1';

export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    lib: {
      entry: resolve(
        root,
        views ? 'src/webcomponent/tradeViews.ts' : 'src/lib/charts/map/mapAtlas.ts',
      ),
      formats: ['es'],
      fileName: () => (views ? 'trade-chart-views.js' : 'trade-chart-map.js'),
    },
    rolldownOptions: { output: { codeSplitting: false, minify: true, comments: false } },
  },
});
