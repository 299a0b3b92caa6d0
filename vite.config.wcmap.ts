import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

// The map outlines and country codes for <trade-chart type="map">, as a file of their own next to
// dist/trade-chart.js (dist/trade-chart-map.js): the component fetches it only when it draws a map.
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    lib: {
      entry: resolve(root, 'src/lib/charts/map/mapAtlas.ts'),
      formats: ['es'],
      fileName: () => 'trade-chart-map.js',
    },
    rolldownOptions: { output: { codeSplitting: false, minify: true, comments: false } },
  },
});
