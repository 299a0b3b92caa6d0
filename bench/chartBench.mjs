// In Chromium: a line of 1,000,000 points (seeded), built with per-pixel (M4) thinning and drawn
// on canvas under SVG axes; then main-thread time per hover (pointer move → tooltip, crosshair),
// per zoom frame (Ctrl+wheel → a draft spec, lines only, canvas redraw) and per settled zoom (a
// brush, or reset: the full spec with points and table), each timed with performance.now() in
// the page around the event, Svelte's flush and a forced layout. Target: ≤ 8 ms median.
//   node bench/chartBench.mjs [--points 1000000] [--json]
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const out = resolve(root, 'bench-out/chart-bench');
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Builds the benchmark page (bench/chartBench.html) into bench-out/chart-bench. */
export async function buildBenchPage({ minify = true } = {}) {
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    publicDir: false,
    base: './',
    plugins: [svelte()],
    resolve: { alias: { $lib: resolve(root, 'src/lib') } },
    build: {
      outDir: out,
      emptyOutDir: true,
      target: 'es2022',
      minify,
      rollupOptions: { input: resolve(root, 'bench/chartBench.html') },
    },
  });
}

/** Serves bench-out/chart-bench on a free port. */
export function serveBenchPage() {
  const server = createServer((req, res) => {
    const file = join(out, (req.url ?? '/').split('?')[0]);
    if (!file.startsWith(out) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
};
const round = (v) => Math.round(v * 100) / 100;

/** Runs the benchmark; returns named figures with their units in the names. */
export async function runChartBench({ points = 1_000_000 } = {}) {
  await buildBenchPage();
  const server = await serveBenchPage();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const { port } = server.address();
    await page.goto(`http://127.0.0.1:${port}/bench/chartBench.html?points=${points}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    const result = await page.evaluate(async () => {
      const b = window.__bench;
      const hovers = [];
      for (let i = 0; i < 220; i++) {
        const ms = b.hover(i % 110, 110);
        if (i >= 20) hovers.push(ms);
      }
      const zooms = [];
      const before = b.specMs.length;
      for (let round = 0; round < 3; round++) {
        for (let i = 0; i < 12; i++) zooms.push(b.zoom(true, 0.3 + 0.02 * i));
        for (let i = 0; i < 12; i++) zooms.push(b.zoom(false, 0.5));
      }
      const zoomSpecs = b.specMs.slice(before);
      await new Promise((ok) => setTimeout(ok, 300));
      const brushes = [];
      for (let i = 0; i < 15; i++) {
        brushes.push(b.brush(0.2 + 0.01 * i, 0.6 + 0.01 * i));
        brushes.push(b.reset());
      }
      const builds = [];
      for (let i = 0; i < 30; i++) builds.push(b.build());
      return { ...b, hovers, zooms, zoomSpecs, brushes, builds: builds.slice(5) };
    });
    const hover = stats(result.hovers);
    const zoom = stats(result.zooms.slice(4));
    const zoomSpec = stats(result.zoomSpecs.slice(4));
    const brush = stats(result.brushes.slice(2));
    return {
      chart_points: result.points,
      chart_drawn_points: result.drawn,
      chart_render: result.render,
      chart_prepare_1m_ms: round(result.prepareMs),
      chart_build_spec_m4_ms: round(stats(result.builds).median),
      chart_hover_median_ms: round(hover.median),
      chart_hover_p95_ms: round(hover.p95),
      chart_zoom_frame_median_ms: round(zoom.median),
      chart_zoom_frame_p95_ms: round(zoom.p95),
      chart_zoom_frame_spec_median_ms: round(zoomSpec.median),
      chart_zoom_brush_or_reset_median_ms: round(brush.median),
      chart_zoom_brush_or_reset_p95_ms: round(brush.p95),
      chart_target_ms: 8,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const figures = await runChartBench({ points: Number(option('points', 1_000_000)) });
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
  else for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(28)} ${v}`);
}
