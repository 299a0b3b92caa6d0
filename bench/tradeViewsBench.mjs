// Speed of the map, the period slider and the treemap in Node (see bench/tradeViewsBench.ts).
//   node bench/tradeViewsBench.mjs [--runs 15] [--json]
// Builds the bench and the views it measures with Vite (SSR) into bench-out/trade-views, then
// times them in this process: medians in ms. Targets: map ≤ 50 ms, treemap ≤ 50 ms, step ≤ 16 ms.
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const out = resolve(root, 'bench-out/trade-views');
const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Number(process.argv[at + 1]) : 15;

await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    ssr: resolve(root, 'bench/tradeViewsBench.ts'),
    outDir: out,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: { output: { format: 'es', entryFileNames: 'tradeViewsBench.mjs' } },
  },
  ssr: { noExternal: true },
});
const { runTradeViewsBench } = await import(
  pathToFileURL(resolve(out, 'tradeViewsBench.mjs')).href
);
const figures = runTradeViewsBench(runs);
if (!process.argv.includes('--json')) console.table(figures);
console.log(JSON.stringify(figures));
