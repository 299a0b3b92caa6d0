// What the Chromium import benchmarks share: a server of dist/ (and a plain Papa.parse page),
// Chromium's memory and CPU read from /proc, long tasks, and one upload through the dashboard
// timed to its first chart and its full table.
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/** Where the benchmarks keep the files they generate. */
export const OUT = resolve(root, 'bench-out');

/** The value after `--name` on the command line, or `fallback`. */
export function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
}

/** Chromium as the benchmarks run it: Debian's, with precise memory figures. */
export const launchChromium = () =>
  chromium.launch({
    ...chromiumLaunchOptions(),
    args: [...chromiumLaunchOptions().args, '--enable-precise-memory-info'],
  });

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.csv': 'text/csv',
};
export function serve() {
  const dist = resolve(root, 'dist');
  const papa = resolve(root, 'node_modules/papaparse/papaparse.min.js');
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    let file = path === '/papa.js' ? papa : join(dist, path === '/' ? 'index.html' : path);
    if (path === '/papa.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        '<!doctype html><html lang="en"><title>papa</title><script src="/papa.js"></script>' +
          '<input type="file" aria-label="CSV">',
      );
      return;
    }
    if (!file.startsWith(dist) && file !== papa) file = '';
    if (!file || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const PAGE = 4096;
let pids = [];
let pidsAt = 0;

/** The Chromium processes, listed again at most twice a second; none where /proc is missing. */
function chromiumPids() {
  if (Date.now() - pidsAt <= 500) return pids;
  pidsAt = Date.now();
  try {
    pids = readdirSync('/proc').filter((d) => {
      if (!/^\d+$/.test(d)) return false;
      try {
        return readFileSync(`/proc/${d}/comm`, 'utf8').trim() === 'chromium';
      } catch {
        return false;
      }
    });
  } catch {
    pids = [];
  }
  return pids;
}

/** The sum of `read(pid)` over every Chromium process; one that has ended since counts 0. */
function overChromium(read) {
  let sum = 0;
  for (const pid of chromiumPids()) {
    try {
      sum += read(pid);
    } catch {
      // The process has ended since the list was made.
    }
  }
  return sum;
}

/**
 * Resident memory of every Chromium process, in bytes, read from /proc directly: spawning
 * `ps` twenty times a second took enough CPU to stretch the page's tasks it is measuring.
 */
const chromiumRss = () =>
  overChromium((pid) => Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE);

/** CPU time (clock ticks) of every Chromium process so far. */
const chromiumTicks = () =>
  overChromium((pid) => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  });

/**
 * Waits until Chromium is nearly idle (under a tenth of a core over half a second; at most
 * 20 s): a closed page's work (a table written to storage, a freed heap) would otherwise fall
 * on the next run.
 */
export async function settle() {
  const hz = 100;
  for (let waited = 0; waited < 20_000; waited += 500) {
    const before = chromiumTicks();
    await new Promise((ok) => setTimeout(ok, 500));
    if ((chromiumTicks() - before) / hz < 0.05) return;
  }
}

export function sampleMemory() {
  const base = chromiumRss();
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, chromiumRss())), 50);
  return () => (clearInterval(timer), Math.max(0, peak - base));
}

export const installLongTasks = () => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask' });
};

/**
 * Chooses `file` in the page's file input as the browser's file dialog does: by the DevTools
 * protocol, with no Playwright script in the page (its injected script and actionability checks
 * ran on the page's thread, in the tasks this benchmark measures).
 */
export async function chooseFile(page, file) {
  const cdp = await page.context().newCDPSession(page);
  const { root: doc } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: doc.nodeId,
    selector: 'input[type=file]',
  });
  await cdp.send('DOM.setFileInputFiles', { nodeId, files: [file] });
  await cdp.detach();
}

/**
 * One upload through the dashboard. With `ready`, the file is chosen once the page says its
 * import worker has warmed up (the `tradelens:importer-ready` mark), the pointer has gone to
 * the file picker and Chromium is idle, as a person choosing a file some seconds after the
 * page opens; without, the moment the first chart is drawn, the pointer never near the picker.
 */
export async function dashboard(browser, url, file, { ready }) {
  // A fresh context each run: empty storage, so no table kept by an earlier run is restored.
  const context = await browser.newContext();
  const page = await context.newPage();
  // The file is timed from its choice, as the reader sees it: a listener on the window that
  // comes before the page's own, which hold a file chosen before the page is live.
  await page.addInitScript(() =>
    addEventListener('change', () => (window.__chosenAt ??= performance.now()), true),
  );
  const opened = Date.now();
  await page.goto(url);
  await page.locator('figure svg').first().waitFor();
  let readyAfterMs = null;
  if (ready) {
    await page.waitForFunction(
      () => performance.getEntriesByName('tradelens:importer-ready').length > 0,
      null,
      { timeout: 60_000, polling: 100 },
    );
    readyAfterMs = Date.now() - opened;
    // A person reaches for the file picker first (the page gets ready for a large file then),
    // and spends a moment in it; the engine may still be compiling what the warm-ups ran.
    await page.hover('label.file');
    await settle();
  }
  const before = await page.locator('figure').count();
  await page.evaluate(installLongTasks);
  await page.evaluate((n) => {
    window.__t = {};
    // Done when the whole table is charted: no progress bar, no preview note. The page says so
    // itself, so nothing polls it while it works.
    window.__t.finished = new Promise((done) => (window.__t.done = done));
    new MutationObserver(() => {
      const t = performance.now();
      // The first chart: a new figure (past the page's own n) with its picture drawn.
      if (
        !window.__t.first &&
        [...document.querySelectorAll('figure')].slice(n).some((f) => f.querySelector('svg'))
      )
        window.__t.first = t;
      if (
        window.__chosenAt &&
        !window.__t.full &&
        !document.querySelector('progress') &&
        !document.querySelector('.partial') &&
        document.querySelectorAll('figure').length > n
      ) {
        window.__t.full = t;
        window.__t.done();
      }
    }).observe(document.body, { subtree: true, childList: true });
  }, before);
  const memory = sampleMemory();
  await chooseFile(page, file);
  // A run that never ends says what the page showed then: an error, a progress bar, a preview.
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page
    .evaluate(() =>
      Promise.race([
        window.__t.finished,
        new Promise((_, fail) =>
          setTimeout(() => {
            const said = [...document.querySelectorAll('[role=alert], progress, .partial')];
            const what = said.map((e) => `${e.tagName} ${e.textContent?.trim().slice(0, 200)}`);
            fail(new Error(`no full table in 120 s; the page shows: ${what.join(' | ')}`));
          }, 120_000),
        ),
      ]),
    )
    .catch((e) => {
      throw new Error(`${e.message}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
    });
  await page.waitForTimeout(300);
  const r = await page.evaluate(() => ({
    start: window.__chosenAt,
    first: window.__t.first,
    full: window.__t.full,
    longest: window.__longest,
  }));
  const peak = memory();
  await context.close();
  return {
    ...(ready ? { importerReadyAfterOpenMs: readyAfterMs } : {}),
    firstChartMs: r.first - r.start,
    fullTableMs: (r.full ?? r.first) - r.start,
    longestTaskMs: r.longest,
    peakMemoryBytes: peak,
  };
}

/**
 * Each figure as the median of the runs (a shared machine slows single runs at random), with
 * the longest task also as its worst, and every run as measured.
 */
export function summary(list) {
  const median = (key) => {
    const sorted = list.map((r) => r[key]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const figures = Object.fromEntries(
    Object.keys(list[0])
      .filter((key) => typeof list[0][key] === 'number')
      .map((key) => [key, median(key)]),
  );
  return {
    ...figures,
    longestTaskWorstMs: Math.max(...list.map((r) => r.longestTaskMs)),
    runs: list,
  };
}
