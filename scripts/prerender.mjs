// Writes the dashboard, rendered by Svelte's server renderer, into dist/index.html: the release's
// figures, charts, sources and tables are in the page before any script runs. Run after
// `vite build` and `vite build -c vite.config.prerender.ts`. Usage: node scripts/prerender.mjs [dist]
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.argv[2] ?? 'dist');
const built = resolve(root, '.prerender/prerender.js');
const { prerenderDashboard } = await import(pathToFileURL(built).href);
const { head, body } = prerenderDashboard();
const file = resolve(dist, 'index.html');
const html = readFileSync(file, 'utf8');
const slot = '<div id="app"></div>';
if (!html.includes(slot)) {
  console.error(`error: ${file} has no ${slot} to fill; was it prerendered already?`);
  process.exit(2);
}
// The stylesheets the prerendered dashboard paints with go inline: the page's own, and those of
// the code that brings it to life later (scripts load when idle): the page paints from the HTML
// alone, one round trip sooner on a slow network (the CSP allows inline styles, not scripts).
const manifestFile = resolve(dist, '.vite/manifest.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
/** Every stylesheet of a chunk and of the chunks it imports, in order, once each. */
function stylesOf(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return [];
  seen.add(key);
  return [...(chunk.imports ?? []).flatMap((k) => stylesOf(k, seen)), ...(chunk.css ?? [])];
}
const later = [...new Set(stylesOf('src/app/startDashboard.ts'))];
const style = (css) =>
  `<style>${readFileSync(resolve(dist, css), 'utf8').replaceAll('</', '<\\/')}</style>`;
// Each inlined sheet also gets a disabled link to its file, which is neither fetched nor applied.
// Vite's module loader adds a chunk's stylesheets unless a link to them is already in the page;
// without these, it would add each of them again as the page comes to life, and every sheet added
// makes the browser restyle the whole page on the main thread.
const held = (css) => `<link rel="stylesheet" href="./${css}" disabled>`;
const linked = [];
const inlined = html
  .replace(/<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)">/g, (_, css) => {
    linked.push(css);
    return style(css) + held(css);
  })
  .replace(
    '</head>',
    `${later
      .filter((css) => !linked.includes(css))
      .map((css) => style(css) + held(css))
      .join('')}</head>`,
  );
rmSync(resolve(dist, '.vite'), { recursive: true, force: true });
writeFileSync(
  file,
  inlined.replace('</head>', `${head}</head>`).replace(slot, `<div id="app">${body}</div>`),
);
rmSync(resolve(root, '.prerender'), { recursive: true, force: true });
console.log(`prerendered ${file} (${Math.round(body.length / 1024)} KB of dashboard HTML)`);
