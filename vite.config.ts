import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { bootPreload } from './scripts/bootPreload.ts';
import { compileHints } from './scripts/compileHints.ts';
import { offlinePlugin } from './scripts/offline/offlinePlugin.ts';
import { LAZY_BUILDERS } from './src/lib/charts/loading/lazyBuilders.ts';

const root = import.meta.dirname;
const boot = bootPreload('index.html');

export default defineConfig(({ command, mode }) => ({
  // Relative asset URLs: dist/ works at the site root and under any sub-path.
  base: './',
  plugins: [
    svelte(),
    compileHints(['src/app/startDashboard.ts', 'embed.html']),
    boot.plugin,
    offlinePlugin(),
  ],
  resolve: {
    alias: [
      // Only in the page's build: tests and the dev server use the builders themselves.
      ...(command === 'build' && mode !== 'test'
        ? LAZY_BUILDERS.map((find) => ({
            find,
            replacement: resolve(root, 'src/lib/charts/loading/pageTradeViews.ts'),
          }))
        : []),
      // Every scale maps numbers to pixel numbers: d3-scale gets number-only interpolators,
      // which leave d3-color out of the page's JavaScript.
      {
        find: /^d3-interpolate$/,
        replacement: resolve(root, 'src/lib/charts/scales/numberInterpolate.ts'),
      },
    ],
  },
  server: { fs: { allow: [root] } },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // scripts/prerender.mjs reads it to inline the stylesheets the prerendered page paints with.
    manifest: true,
    modulePreload: { resolveDependencies: boot.resolveDependencies },
    rollupOptions: {
      input: { index: resolve(root, 'index.html'), embed: resolve(root, 'embed.html') },
      output: {
        codeSplitting: {
          // Svelte's runtime makes an Error as it loads. With DevTools open (and under test
          // tools), the browser then reads the whole file it is in again for the error's stack,
          // 35 to 55 ms of the page's thread on a 140 KB chunk: in a file of its own, it reads a
          // few hundred bytes.
          groups: [
            { name: 'svelte-constants', test: /svelte\/src\/internal\/client\/constants\.js$/ },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.ts'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
}));
