import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

// The command line as one Node ES module, dist/cli/tradelens.js, with papaparse bundled in so
// it runs from a clone after `npm ci && npm run build`. Runs after the dashboard's build, so it
// must not empty dist/.
export default defineConfig({
  publicDir: false,
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: resolve(root, 'src/cli/bin.ts'),
    outDir: resolve(root, 'dist/cli'),
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      // resvg is a native addon: loaded from node_modules at run time, never bundled.
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), /^@resvg\/resvg-js/],
      output: { format: 'es', entryFileNames: 'tradelens.js' },
    },
  },
});
