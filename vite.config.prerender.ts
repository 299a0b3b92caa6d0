import { svelte } from '@sveltejs/vite-plugin-svelte';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

// The dashboard's server renderer, built for Node into .prerender/ (not dist/): the build runs it
// once (scripts/prerender.mjs) to write the dashboard's HTML into dist/index.html.
export default defineConfig({
  plugins: [svelte()],
  resolve: {
    alias: [
      {
        find: /^d3-interpolate$/,
        replacement: resolve(root, 'src/lib/charts/scales/numberInterpolate.ts'),
      },
    ],
  },
  publicDir: false,
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: resolve(root, 'src/app/prerenderDashboard.ts'),
    outDir: resolve(root, '.prerender'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'es', entryFileNames: 'prerender.js' },
    },
  },
});
