import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

// Files next to dist/trade-chart.js that the component fetches only when needed: the balance,
// treemap and map builders (trade-chart-views.js, PART=views), the map outlines and country
// codes (trade-chart-map.js, the default), the importer for `src` (trade-chart-import.js,
// PART=import), which is also its worker, and the reading of a `src` on the page: fetch,
// messages and citation (trade-chart-src.js, PART=src).
const part = process.env.PART ?? (process.env.VIEWS === '1' ? 'views' : 'map');
const ENTRIES: Record<string, [string, string]> = {
  views: ['src/webcomponent/tradeViews.ts', 'trade-chart-views.js'],
  map: ['src/lib/charts/map/mapAtlas.ts', 'trade-chart-map.js'],
  import: ['src/webcomponent/tradeChartImport.ts', 'trade-chart-import.js'],
  src: ['src/app/remoteData.ts', 'trade-chart-src.js'],
};
const [entry, file] = ENTRIES[part];

export default defineConfig({
  resolve: {
    alias:
      part === 'import'
        ? [
            // Parquet and workbook readers stay out of the component's importer (the dashboard
            // and the CLI have them); it says so for such a file.
            {
              find: /^\.\/binaryReaders$/,
              replacement: resolve(root, 'src/lib/upload/binaryReadersUnavailable.ts'),
            },
          ]
        : [],
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    lib: {
      entry: resolve(root, entry),
      formats: ['es'],
      fileName: () => file,
    },
    rolldownOptions: { output: { codeSplitting: false, minify: true, comments: false } },
  },
});
