// In Chromium: import a generated long trade CSV through the dashboard's upload (worker), and the
// same file with plain Papa.parse(file, {header: true, dynamicTyping: true}) on the main thread.
// Reports time to first chart, time to the full table, the longest main-thread task and peak
// memory (all Chromium processes' RSS above the idle page). The file is chosen once the page is
// ready (its import worker warmed up), and once more the moment the page shows its first chart.
// Each figure is the median of three runs (`--runs`). Needs `npm run build` first.
//   node bench/importChromium.mjs [--rows 1000000] [--runs 3] [--no-papa] [--json]
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  chooseFile,
  dashboard,
  installLongTasks,
  launchChromium,
  option,
  OUT,
  sampleMemory,
  serve,
  settle,
  summary,
} from './chromiumUpload.mjs';
import { writeTradeCsv } from './generateTradeCsv.mjs';

const out = OUT;
const rows = Number(option('rows', 1_000_000));
const runs = Number(option('runs', 3));
const json = process.argv.includes('--json');
// Plain Papa.parse of a 1 GB file on the main thread takes minutes and many GB: leave it out.
const withPapa = !process.argv.includes('--no-papa');

async function papa(browser, url, file) {
  // A fresh context each run: empty storage, so no table kept by an earlier run is restored.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url + 'papa.html');
  await page.evaluate(installLongTasks);
  const memory = sampleMemory();
  await chooseFile(page, file);
  const r = await page.evaluate(
    () =>
      new Promise((done) => {
        const f = document.querySelector('input').files[0];
        const start = performance.now();
        // eslint-disable-next-line no-undef
        Papa.parse(f, {
          header: true,
          dynamicTyping: true,
          // Timed when Papa hands over the table; the longest task is read a moment later,
          // once the observer has been told of the last one.
          complete: (res) => {
            const ms = performance.now() - start;
            setTimeout(() => done({ ms, rows: res.data.length, longest: window.__longest }), 100);
          },
        });
      }),
  );
  const peak = memory();
  await context.close();
  return { fullTableMs: r.ms, rows: r.rows, longestTaskMs: r.longest, peakMemoryBytes: peak };
}

mkdirSync(out, { recursive: true });
const file = resolve(out, `trade-${rows}.csv`);
if (!existsSync(file)) await writeTradeCsv(file, rows, 42);
const size = statSync(file).size;
const server = await serve();
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();
try {
  const ours = [];
  const plain = [];
  const atOnce = [];
  // Alternated, so a slow spell of the machine falls on all three alike.
  for (let i = 0; i < runs; i++) {
    await settle();
    ours.push(await dashboard(browser, url, file, { ready: true }));
    await settle();
    if (withPapa) plain.push(await papa(browser, url, file));
    await settle();
    atOnce.push(await dashboard(browser, url, file, { ready: false }));
  }
  const result = {
    fileBytes: size,
    rows,
    runs,
    tradelens: summary(ours),
    ...(withPapa ? { papaMainThread: summary(plain) } : {}),
    tradelensChosenAtOnce: summary(atOnce),
  };
  if (json) console.log(JSON.stringify(result));
  else console.dir(result, { depth: 4 });
} finally {
  await browser.close();
  server.close();
}
