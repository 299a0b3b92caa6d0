// Sizes of what a reader downloads, gzip level 9 as a server would send it: the web component,
// the embed page with the scripts and styles it loads, and the dashboard's first load.
//   node bench/bundleSizes.mjs [--json]   (after `npm run build`)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = resolve(fileURLToPath(import.meta.url), '../../dist');
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => Math.round(n / 10.24) / 100;

/** The page and every script and stylesheet its HTML names (entry, preloads, CSS). */
function pageSizes(name) {
  const html = readFileSync(join(dist, name), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]);
  const sum = (pick) =>
    files.filter(pick).reduce((n, f) => n + gzip(readFileSync(join(dist, f))), 0);
  return {
    html: gzip(Buffer.from(html)),
    js: sum((f) => f.endsWith('.js')),
    css: sum((f) => f.endsWith('.css')),
  };
}

const component = readFileSync(join(dist, 'trade-chart.js'));
const embed = pageSizes('embed.html');
const dashboard = pageSizes('index.html');
const figures = {
  web_component_kb: kb(component.length),
  web_component_gzip_kb: kb(gzip(component)),
  embed_html_gzip_kb: kb(embed.html),
  embed_js_gzip_kb: kb(embed.js),
  embed_css_gzip_kb: kb(embed.css),
  dashboard_js_gzip_kb: kb(dashboard.js),
  dashboard_css_gzip_kb: kb(dashboard.css),
};
if (!process.argv.includes('--json')) console.table(figures);
console.log(JSON.stringify(figures));
