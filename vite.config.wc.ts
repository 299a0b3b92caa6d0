import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

// The <trade-chart> web component as one ES module file, dist/trade-chart.js: its CSS is
// inlined into each element's shadow root, and nothing is loaded from elsewhere. It draws with
// the DOM itself, so it has no Svelte plugin: a component imported by mistake fails the build.
export default defineConfig({
  resolve: {
    alias: [
      // The importer uses only papaparse's tokenizer; the package ships all of Papa (streamers,
      // workers, unparse) as one block. The component takes the tested line-for-line port.
      { find: /^papaparse$/, replacement: resolve(root, 'src/lib/data/import/papaParser.ts') },
      // Parquet and workbook readers stay out of the one-file component (the dashboard has them).
      {
        find: /^\.\/binaryReaders$/,
        replacement: resolve(root, 'src/lib/upload/binaryReadersUnavailable.ts'),
      },
      // Scales map numbers to numbers: no colour interpolation, so no d3-color.
      {
        find: /^d3-interpolate$/,
        replacement: resolve(root, 'src/lib/charts/scales/numberInterpolate.ts'),
      },
    ],
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    lib: {
      entry: resolve(root, 'src/webcomponent/tradeChart.ts'),
      formats: ['es'],
      fileName: () => 'trade-chart.js',
    },
    // Library builds keep whitespace for later tree-shaking; this file is final, so it is
    // minified in full.
    rolldownOptions: { output: { codeSplitting: false, minify: true, comments: false } },
  },
});
