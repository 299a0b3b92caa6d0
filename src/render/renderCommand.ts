import { nothingToChart } from '../lib/charts/defaults/nothingToChart';
import { buildChartSpec } from '../lib/charts/buildChartSpec';
import type { ChartConfig } from '../lib/charts/config/chartConfig';
import { defaultChartConfig } from '../lib/charts/defaults/defaultChartConfig';
import { switchChartType } from '../lib/charts/config/switchChartType';
import { unfitFor } from '../lib/charts/config/unfitFor';
import { importCsv, toLong } from '../lib/data/import';
import type { Table } from '../lib/data/table';
import type { ChartSize } from '../lib/charts/spec';
import { BUILT_IN } from './builtInChart';
import {
  parseRenderArgs,
  PRESETS,
  RENDER_USAGE,
  RenderUsageError,
  type RenderArgs,
} from './parseRenderArgs';
import { renderPng } from './renderPng';
import { renderSvg } from './renderSvg';
import { specForSize } from './specForSize';

/** What `render` may touch of the outside world; tests pass fakes. */
export interface RenderIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /** Writes the image; defaults to the file system. */
  writeFile?(path: string, bytes: Uint8Array): Promise<void>;
  /** Today as an ISO date, for a file's citation. */
  today?(): string;
}

const fail = (message: string): never => {
  throw new RenderUsageError(message);
};
const basename = (path: string) => path.split(/[\\/]/).pop() || path;

async function loadTable(
  args: RenderArgs,
  io: RenderIo,
): Promise<{ table: Table; config: ChartConfig }> {
  if (args.dataset) {
    const load =
      BUILT_IN[args.dataset] ??
      fail(
        `there is no dataset "${args.dataset}": the datasets are ${Object.keys(BUILT_IN).join(', ')}.`,
      );
    return load();
  }
  const path = args.file!;
  let bytes: Uint8Array = new Uint8Array();
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    const code = (e as { code?: string } | null)?.code;
    fail(
      code === 'ENOENT'
        ? `cannot read "${path}": there is no such file. Check the path.`
        : `cannot read "${path}". Check the path and its permissions.`,
    );
  }
  const result = importCsv(bytes, { name: basename(path), accessed: io.today?.() });
  if (!result.ok) return fail(`cannot use "${path}": ${result.error}`);
  const table = toLong(result.table);
  return { table, config: defaultChartConfig(table) };
}

function chooseColumns(table: Table, base: ChartConfig, args: RenderArgs): ChartConfig {
  const names = table.columns.map((c) => c.name);
  const known = (name: string, flag: string) =>
    names.includes(name) ||
    fail(`--${flag} "${name}" is not a column; the columns are: ${names.join(', ')}.`);
  // A type the table cannot make is refused as the dashboard's picker refuses it, saying why.
  const unfit = args.type && args.type !== base.type ? unfitFor(args.type, table, base) : null;
  if (unfit)
    fail(
      `cannot draw ${/^[aeiou]/.test(args.type!) ? 'an' : 'a'} ${args.type} of this table: it ${unfit}.`,
    );
  let config = args.type ? switchChartType(table, base, args.type) : base;
  if (args.x && known(args.x, 'x')) config = { ...config, x: args.x };
  if (args.y) {
    args.y.forEach((y) => known(y, 'y'));
    if (args.y.some((y) => table.columns.find((c) => c.name === y)?.type !== 'number'))
      fail(`--y must name number columns; ${args.y.join(', ')} is not all numbers.`);
    config = { ...config, y: args.y };
  }
  if (args.series && known(args.series, 'series'))
    config = { ...config, series: args.series, filters: { ...config.filters, [args.series]: [] } };
  if (args.title) config = { ...config, text: { ...config.text, title: args.title } };
  if (args.locale) config = { ...config, locale: args.locale };
  if (args.classes) config = { ...config, classes: args.classes };
  if (args.period) config = { ...config, period: args.period };
  if (args.drill) config = { ...config, drill: args.drill };
  if (!config.y.length) fail('the table has no number column to chart; name one with --y COL.');
  return config;
}

/**
 * `render (FILE | --dataset ID) --out OUT.svg|OUT.png […]`: a standalone chart image with its
 * title, source line and notes drawn in, from the same spec the dashboard draws. Returns the
 * exit status: 0, or 2 with one `error: …` line for input it cannot use.
 */
export async function renderCommand(args: string[], io: RenderIo): Promise<number> {
  try {
    const parsed = parseRenderArgs(args);
    const { table, config: base } = await loadTable(parsed, io);
    const nothing = nothingToChart(table);
    if (nothing) fail(nothing);
    const config = chooseColumns(table, base, parsed);
    if (!config.x) fail('the table has no column to chart along; name one with --x COL.');
    // The command line draws a map at once: its outlines are read with the rest of the program.
    if (config.type === 'map') config.atlas = (await import('../lib/charts/map/mapAtlas')).atlas;
    const build = (size: ChartSize) => {
      const built = buildChartSpec(table, config, size);
      const { source } = parsed;
      return source
        ? { ...built, sources: [{ id: 'user-source', text: source }, ...built.sources] }
        : built;
    };
    const preset = PRESETS.find((p) => p.id === parsed.size);
    // A preset is laid out anew for its size (ticks, wrapping, plot height), as the page does.
    const spec = preset
      ? specForSize(build, preset.width, preset.height)
      : build({ width: parsed.width, height: parsed.height });
    if (spec.why) fail(`cannot draw a ${spec.kind} of this table: ${spec.why}`);
    const svg = renderSvg(spec);
    const bytes =
      parsed.format === 'svg' ? new TextEncoder().encode(svg) : await renderPng(svg, parsed.scale);
    const write =
      io.writeFile ??
      (async (p: string, b: Uint8Array) => (await import('node:fs/promises')).writeFile(p, b));
    try {
      await write(parsed.out, bytes);
    } catch {
      fail(`cannot write "${parsed.out}". Check that its folder exists and can be written to.`);
    }
    io.stdout(`${parsed.out}: ${spec.kind} chart “${spec.title}”, ${bytes.length} bytes\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof RenderUsageError)) {
      const detail = e instanceof Error ? e.message : String(e);
      io.stderr(
        `error: render failed (${detail.replace(/\s+/g, ' ')}). Please report it with the command you ran.\n`,
      );
      return 1;
    }
    io.stderr(`error: ${e.message.replace(/\s+/g, ' ')}\n`);
    return 2;
  }
}

/** `render` as an entry of the CLI's command table (src/cli/commands.ts). */
export const renderCliCommand = {
  name: 'render',
  usage: RENDER_USAGE,
  summary:
    'a standalone chart image (SVG or PNG) of FILE or a built-in dataset, with title, sources and notes drawn in',
  run: renderCommand,
};
