// Lighthouse on the built dashboard, served from dist/ as a static host would: mobile
// Performance (score, TBT, LCP, FCP, Speed Index, CLS) and Accessibility, the median of `--runs`.
//   node bench/lighthouse.mjs [--runs 3] [--json]     (after `npm run build`)
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 3);
const json = process.argv.includes('--json');

const freePort = () =>
  new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

const serverPort = await freePort();
const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', String(serverPort)], {
  cwd: root,
  stdio: 'ignore',
});
await new Promise((ok) => setTimeout(ok, 800));
const url = `http://127.0.0.1:${serverPort}/`;
const debugPort = await freePort();
const browser = await chromium.launch({
  ...chromiumLaunchOptions(),
  args: [...chromiumLaunchOptions().args, `--remote-debugging-port=${debugPort}`],
});
const list = [];
try {
  for (let i = 0; i < runs; i++) {
    const { lhr } = await lighthouse(url, {
      port: debugPort,
      onlyCategories: ['performance', 'accessibility'],
      formFactor: 'mobile',
      output: 'json',
      logLevel: 'error',
    });
    const ms = (id) => Math.round(lhr.audits[id].numericValue);
    list.push({
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      totalBlockingTimeMs: ms('total-blocking-time'),
      largestContentfulPaintMs: ms('largest-contentful-paint'),
      firstContentfulPaintMs: ms('first-contentful-paint'),
      speedIndexMs: ms('speed-index'),
      cumulativeLayoutShift: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    });
  }
} finally {
  await browser.close();
  server.kill();
}
const median = (key) => list.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(list.length / 2)];
const result = {
  ...Object.fromEntries(Object.keys(list[0]).map((k) => [k, median(k)])),
  runs: list,
};
if (json) console.log(JSON.stringify(result));
else console.dir(result, { depth: 3 });
