// Node throughput and peak memory of importCsv on a long trade CSV (default 1M rows, ~93 MB).
//   node bench/importNode.mjs [--rows 1000000] [--runs 3] [--json]
// Builds src/lib/data/import with Vite (SSR) into bench-out/, writes the seeded CSV there once,
// then measures in a fresh Node process so the build does not count towards peak RSS.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeTradeCsv } from './generateTradeCsv.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const out = resolve(root, 'bench-out');

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
}

async function buildImporter() {
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: resolve(root, 'src/lib/data/import/index.ts'),
      outDir: resolve(out, 'import'),
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'import.mjs' } },
    },
    ssr: { noExternal: true },
  });
  return resolve(out, 'import/import.mjs');
}

/** In the measuring process: read the file, import it `runs` times, report figures. */
async function measure(bundle, file, runs) {
  const { importCsv } = await import(pathToFileURL(bundle).href);
  const buffer = readFileSync(file);
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const seconds = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    result = importCsv(bytes, { name: 'trade.csv', accessed: '2024-01-01' });
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  if (!result.ok) throw new Error(result.error);
  // The floor: decoding and papaparse's tokenizer alone, in the importer's pieces.
  const { createStreamDecoder, createRowReader, DECODE_BYTES, PARSE_CHARS } = await import(
    pathToFileURL(bundle).href
  );
  const start = process.hrtime.bigint();
  const decoder = createStreamDecoder('utf-8');
  const reader = createRowReader(',', '\n');
  for (let at = 0; at < bytes.length; at += DECODE_BYTES) {
    const text = decoder.decode(bytes.subarray(at, at + DECODE_BYTES));
    for (let from = 0; from < text.length; from += PARSE_CHARS)
      reader.push(text.slice(from, from + PARSE_CHARS));
  }
  reader.end();
  const tokenize = Number(process.hrtime.bigint() - start) / 1e9;
  const best = Math.min(...seconds);
  const mb = bytes.length / 1e6;
  return {
    file_MB: Number(mb.toFixed(1)),
    rows: result.meta.rows,
    columns: result.table.columns.map((c) => `${c.name}:${c.type}`),
    import_best_s: Number(best.toFixed(3)),
    import_runs_s: seconds.map((s) => Number(s.toFixed(3))),
    throughput_best_MB_per_s: Number((mb / best).toFixed(1)),
    throughput_first_MB_per_s: Number((mb / seconds[0]).toFixed(1)),
    tokenize_only_s: Number(tokenize.toFixed(3)),
    peak_rss_MB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (process.argv[2] === '--measure') {
  const figures = await measure(process.argv[3], process.argv[4], Number(process.argv[5]));
  process.stdout.write(JSON.stringify(figures) + '\n');
} else {
  const rows = Number(option('rows', 1_000_000));
  const runs = Number(option('runs', 3));
  mkdirSync(out, { recursive: true });
  const csv = resolve(out, `trade-${rows}.csv`);
  if (!existsSync(csv)) await writeTradeCsv(csv, rows, 1);
  const bundle = await buildImporter();
  const child = spawnSync(
    process.execPath,
    [fileURLToPath(import.meta.url), '--measure', bundle, csv, String(runs)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (child.status !== 0) {
    process.stderr.write(child.stderr);
    process.exit(1);
  }
  const figures = { bytes: statSync(csv).size, ...JSON.parse(child.stdout) };
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(figures) + '\n');
  else {
    console.log(`importCsv: ${figures.rows} rows, ${figures.file_MB} MB`);
    console.log(
      `  first run ${figures.throughput_first_MB_per_s} MB/s; best ${figures.import_best_s} s = ` +
        `${figures.throughput_best_MB_per_s} MB/s (runs: ${figures.import_runs_s.join(', ')} s)`,
    );
    console.log(`  decoding + papaparse alone: ${figures.tokenize_only_s} s`);
    console.log(`  peak RSS ${figures.peak_rss_MB} MB`);
    console.log(`  columns: ${figures.columns.join(', ')}`);
  }
}
