import type { ChartKind } from '../lib/charts/spec';
import { MAP_CLASSINGS, type MapClassing } from '../lib/charts/map/mapClassing';
import { CHART_TYPES } from '../lib/export/urlState';
import { CliError } from '../cli/cliCommand';
import { parseOptions, type OptionSpec, type ParsedOptions } from '../cli/parseOptions';
import { EXPORT_SIZES } from './specForSize';

export interface RenderArgs {
  file?: string;
  dataset?: string;
  out: string;
  format: 'svg' | 'png';
  type?: ChartKind;
  x?: string;
  y?: string[];
  series?: string;
  title?: string;
  source?: string;
  /** BCP 47 locale of the chart's numbers and dates, canonical (`de-DE`). */
  locale?: string;
  /** Map: quantile, equal or natural classes. */
  classes?: MapClassing;
  /** Map: the period drawn; treemap: the group drilled into. */
  period?: string;
  drill?: string;
  width: number;
  height: number;
  /** An export preset (`social`: 1200 × 630): the chart laid out anew for it, as the page does. */
  size?: string;
  /** PNG pixels per SVG pixel, 1 to 4. */
  scale: number;
}

/** The export presets `--size` takes: every size but the page's own. */
export const PRESETS = EXPORT_SIZES.filter((s) => 'width' in s);

/** A mistake in the command line, said so the user can fix it. */
export class RenderUsageError extends Error {
  override name = 'RenderUsageError';
}

export const RENDER_USAGE =
  '(FILE | --dataset ID) --out OUT.svg|OUT.png [--type line|column|bar|area|slope|scatter|map|treemap|balance] [--x COL] [--y COL] [--series COL] [--title T] [--source S] [--locale L] [--classes quantile|equal|natural] [--period P] [--drill CODE] [--width W] [--height H | --size landscape|social|square|a4|letter] [--scale 1-4]';
/** The options `render` takes; those with a few values list them, to name them when missing. */
const OPTIONS: OptionSpec = {
  dataset: 'value',
  out: 'value',
  type: CHART_TYPES,
  x: 'value',
  y: 'value',
  series: 'value',
  title: 'value',
  source: 'value',
  locale: 'value',
  classes: MAP_CLASSINGS,
  period: 'value',
  drill: 'value',
  width: 'value',
  height: 'value',
  size: PRESETS.map((p) => p.id),
  scale: ['1', '2', '3', '4'],
};

/** A language tag Intl can format numbers in, canonical; a RenderUsageError otherwise. */
function locale(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(raw);
  } catch {
    canonical = undefined;
  }
  if (!canonical || !Intl.NumberFormat.supportedLocalesOf(canonical).length)
    throw new RenderUsageError(
      `--locale must be a language tag such as de-DE, fr or zh-CN, not "${raw}".`,
    );
  return canonical;
}

function size(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 200 || n > 4000)
    throw new RenderUsageError(
      `--${name} must be a whole number of pixels from 200 to 4000, not "${raw}".`,
    );
  return n;
}

/** Reads `render`'s arguments; anything wrong is a RenderUsageError that says how to call it. */
export function parseRenderArgs(args: readonly string[]): RenderArgs {
  let options: ParsedOptions;
  try {
    options = parseOptions('render', args, OPTIONS);
  } catch (e) {
    throw e instanceof CliError ? new RenderUsageError(e.message) : e;
  }
  const { values, positionals: files } = options;
  const dataset = values.get('dataset');
  if (files.length > 1) throw new RenderUsageError(`render takes one FILE, got ${files.length}.`);
  if (!files.length && !dataset)
    throw new RenderUsageError(
      `render needs a FILE or --dataset ID: tradelens render ${RENDER_USAGE}`,
    );
  if (files.length && dataset)
    throw new RenderUsageError('render takes a FILE or --dataset ID, not both.');
  const out = values.get('out');
  if (!out) throw new RenderUsageError('render needs --out OUT.svg or --out OUT.png.');
  const ext = /\.(svg|png)$/i.exec(out)?.[1]?.toLowerCase();
  if (!ext) throw new RenderUsageError(`--out must end in .svg or .png, not "${out}".`);
  const type = values.get('type');
  if (type !== undefined && !(CHART_TYPES as readonly string[]).includes(type))
    throw new RenderUsageError(`--type must be one of ${CHART_TYPES.join(', ')}, not "${type}".`);
  const classes = values.get('classes');
  if (classes !== undefined && !MAP_CLASSINGS.includes(classes as MapClassing))
    throw new RenderUsageError(
      `--classes must be one of ${MAP_CLASSINGS.join(', ')}, not "${classes}".`,
    );
  return {
    file: files[0],
    dataset,
    out,
    format: ext as 'svg' | 'png',
    type: type as ChartKind | undefined,
    x: values.get('x'),
    y: values
      .get('y')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    series: values.get('series'),
    title: values.get('title'),
    source: values.get('source'),
    locale: locale(values.get('locale')),
    classes: classes as MapClassing | undefined,
    period: values.get('period'),
    drill: values.get('drill'),
    width: size('width', values.get('width'), 800),
    height: size('height', values.get('height'), 420),
    size: preset(values),
    scale: scale(values.get('scale')),
  };
}

function preset(values: Map<string, string>): string | undefined {
  const raw = values.get('size');
  if (raw === undefined) return undefined;
  if (!PRESETS.some((p) => p.id === raw))
    throw new RenderUsageError(
      `--size must be one of ${PRESETS.map((p) => p.id).join(', ')}, not "${raw}".`,
    );
  if (values.has('width') || values.has('height'))
    throw new RenderUsageError('--size sets the width and height: give --size or them, not both.');
  return raw;
}

function scale(raw: string | undefined): number {
  if (raw === undefined) return 2;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 4)
    throw new RenderUsageError(`--scale must be 1, 2, 3 or 4, not "${raw}".`);
  return n;
}
