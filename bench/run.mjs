// All benchmarks, each in its own process: Node import throughput, import in Chromium (next to
// plain Papa.parse on the main thread), the same table as Parquet, .csv.gz and a workbook,
// chart hover/zoom on a million points, the gzip sizes of the web component, the embed page
// and the dashboard; the map, period slider and treemap in Node.
// `npm run -s bench -- --json` prints one JSON object last: named figures, units in the names.
// Needs `npm run build` first (the Chromium benchmarks load dist/).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const json = process.argv.includes('--json');
const rows = process.argv.includes('--rows')
  ? process.argv[process.argv.indexOf('--rows') + 1]
  : '1000000';

function run(script, args) {
  const r = spawnSync(process.execPath, [script, ...args, '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last);
  } catch {
    return { error: `${script} exited ${r.status} without figures` };
  }
}

if (!existsSync('dist/index.html')) {
  console.error('error: dist/ is missing; run `npm run build` first, then `npm run bench`.');
  process.exit(2);
}
const figures = {
  import_node: run('bench/importNode.mjs', ['--rows', rows, '--runs', '3']),
  // Past a few million rows plain Papa.parse on the main thread takes minutes and many GB.
  import_chromium: run('bench/importChromium.mjs', [
    '--rows',
    rows,
    ...(Number(rows) > 2_000_000 ? ['--no-papa'] : []),
  ]),
  import_formats_chromium: run('bench/importFormatsChromium.mjs', ['--rows', rows]),
  chart_chromium: run('bench/chartBench.mjs', []),
  bundle_sizes: run('bench/bundleSizes.mjs', []),
  lighthouse: run('bench/lighthouse.mjs', ['--runs', '3']),
  trade_views: run('bench/tradeViewsBench.mjs', []),
};
if (!json) console.dir(figures, { depth: 4 });
console.log(JSON.stringify(figures));
