// A small static server for dist/: the site at / and again under /sub/path/, to prove that
// relative asset URLs work under a sub-path. Usage: node scripts/serve.mjs [dir] [port]
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createBrotliCompress, createGzip, constants } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
const SUB = '/sub/path';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Text is sent compressed, as a static host sends it (brotli, else gzip). */
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.csv', '.txt']);

function compressor(req, type) {
  if (!TEXT.has(type)) return null;
  const accepts = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepts))
    return {
      encoding: 'br',
      stream: createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
    };
  if (/\bgzip\b/.test(accepts)) return { encoding: 'gzip', stream: createGzip({ level: 6 }) };
  return null;
}

/** Hashed build files never change under their name; everything else is asked for anew. */
const cacheFor = (file) =>
  /[\\/]assets[\\/][^\\/]+-[\w-]{8}\.\w+$/.test(file)
    ? 'public, max-age=31536000, immutable'
    : 'no-store';

function fileFor(urlPath) {
  let p = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  if (p.startsWith(SUB + '/') || p === SUB) p = p.slice(SUB.length) || '/';
  if (p.endsWith('/')) p += 'index.html';
  const file = normalize(join(root, p));
  if (!file.startsWith(root)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

createServer((req, res) => {
  const file = fileFor(req.url ?? '/');
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const type = extname(file);
  const packed = compressor(req, type);
  res.writeHead(200, {
    'content-type': TYPES[type] ?? 'application/octet-stream',
    'cache-control': cacheFor(file),
    vary: 'accept-encoding',
    ...(packed ? { 'content-encoding': packed.encoding } : {}),
    // A report on another origin loads trade-chart.js and its chunks as module scripts, which
    // browsers fetch with CORS: without this header <trade-chart> renders nothing there.
    ...(type === '.js' || type === '.mjs' ? { 'access-control-allow-origin': '*' } : {}),
  });
  if (packed) createReadStream(file).pipe(packed.stream).pipe(res);
  else createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => {
  console.log(
    `Tradelens is at http://127.0.0.1:${port}/ (and under http://127.0.0.1:${port}${SUB}/)`,
  );
});
