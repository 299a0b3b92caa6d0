import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { LAZY_BUILDERS } from './src/lib/charts/loading/lazyBuilders.ts';

const root = import.meta.dirname;

// The <trade-chart> web component as one ES module file, dist/trade-chart.js: its CSS is
// inlined into each element's shadow root, and nothing is loaded from elsewhere. It draws with
// the DOM itself, so it has no Svelte plugin: a component imported by mistake fails the build.
export default defineConfig({
  resolve: {
    alias: [
      // The builders charts need less often, and column and bar, come from trade-chart-views.js
      // when one is drawn; the built-in datasets too, when one is named.
      ...[...LAZY_BUILDERS, './buildColumnSpec', './buildBarSpec'].map((name) => ({
        find: name,
        replacement: resolve(root, 'src/webcomponent/lazyViews.ts'),
      })),
      // Reading a src (fetch, messages, citation) comes with the importer, when a src is given.
      {
        find: './remoteData',
        replacement: resolve(root, 'src/webcomponent/lazyRemote.ts'),
      },
      {
        find: '../render/builtInChart',
        replacement: resolve(root, 'src/webcomponent/lazyBuiltIn.ts'),
      },
      // The chart-type switch and the defaults it uses, when a chart asks for another type.
      {
        find: './loadTypeSwitch',
        replacement: resolve(root, 'src/webcomponent/lazyTypeSwitch.ts'),
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
