import { annotationShapes } from '../lib/charts/draw/annotationShapes';
import { noteLine } from '../lib/charts/words/noteLine';
import { imageNote } from '../lib/charts/words/pageOnlyWords';
import { axisShapes } from '../lib/charts/draw/axisShapes';
import { chartDefs } from '../lib/charts/draw/chartDefs';
import { keyItems } from '../lib/charts/draw/keyItems';
import { markShapes } from '../lib/charts/draw/markShapes';
import { themeColors, type Theme } from '../lib/charts/draw/palette';
import type { Shape } from '../lib/charts/draw/shape';
import { wrapText } from '../lib/charts/layout/textWidth';
import type { ChartSpec } from '../lib/charts/spec';
import { legendShapes } from './legendShapes';
import { escapeXml } from '../lib/export/escapeXml';
import { defsToSvg, shapeToSvg } from './shapeToSvg';

export interface RenderOptions {
  theme?: Theme;
  /** Prefix of ids inside the file. */
  uid?: string;
  /** The file's background colour; `none` for a transparent one. The theme's by default. */
  background?: string;
  /** At least this tall (an export size): the space left is below the notes. */
  minHeight?: number;
}

/** Fonts a renderer without a browser can find (resvg, Inkscape), then the usual ones. */
export const FONT_FAMILY = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";
const PAD = 16;

/** Lines of text as shapes from y, each `lead` apart; returns them and the y after the last. */
function textLines(
  lines: string[],
  y: number,
  size: number,
  lead: number,
  fill: Shape['fill'],
  weight?: number,
): { shapes: Shape[]; y: number } {
  const shapes: Shape[] = lines.map((text, i) => ({
    type: 'text',
    x: PAD,
    y: y + size + i * lead,
    text,
    size,
    fill,
    weight,
  }));
  return { shapes, y: y + (lines.length ? size + (lines.length - 1) * lead + lead - size : 0) };
}

/**
 * A chart spec as a standalone SVG document: title, subtitle and key above the chart; the
 * sources and notes below it, wrapped to the width. Colours and fonts are written in, so the
 * file looks the same anywhere (a browser, resvg, an editor). Text is escaped, never markup.
 */
export function renderSvg(spec: ChartSpec, options: RenderOptions = {}): string {
  const theme = options.theme ?? 'light';
  const uid = options.uid ?? 'chart';
  const width = spec.width;
  const inner = width - 2 * PAD;
  const head: Shape[] = [];
  let y = PAD - 4;
  const title = textLines(wrapText(spec.title, inner, 18, true), y, 18, 23, 'fg', 700);
  head.push(...title.shapes);
  y = title.y + 2;
  if (spec.subtitle) {
    const sub = textLines(wrapText(spec.subtitle, inner, 13), y, 13, 17, 'muted');
    head.push(...sub.shapes);
    y = sub.y + 2;
  }
  const legend = legendShapes(keyItems(spec.legend), PAD, y + 4, inner);
  head.push(...legend.shapes);
  y += legend.height ? legend.height + 8 : 4;
  const chartTop = Math.round(y);
  y = chartTop + spec.height + 6;
  const foot: Shape[] = [];
  const sources = spec.sources.map((s) => s.text);
  const sourceText = `${sources.length > 1 ? 'Sources' : 'Source'}: ${sources.join('; ')}`;
  const src = textLines(wrapText(sourceText, inner, 11), y, 11, 15, 'muted');
  foot.push(...src.shapes);
  y = src.y;
  if (spec.byline) {
    const by = textLines(wrapText(spec.byline, inner, 11), y + 2, 11, 15, 'muted');
    foot.push(...by.shapes);
    y = by.y + 2;
  }
  for (const note of spec.notes) {
    const n = textLines(wrapText(noteLine(imageNote(note)), inner, 11), y + 2, 11, 15, 'muted');
    foot.push(...n.shapes);
    y = n.y + 2;
  }
  const height = Math.max(Math.ceil(y + PAD - 4), options.minHeight ?? 0);
  const colors = themeColors(theme, spec.palette);
  const draw = (shapes: Shape[]) => shapes.map((s) => shapeToSvg(s, colors, uid)).join('');
  const background = options.background ?? colors.bg;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${uid}-title ${uid}-desc" font-family="${FONT_FAMILY}">`,
    `<title id="${uid}-title">${escapeXml(spec.title)}</title>`,
    `<desc id="${uid}-desc">${escapeXml(spec.description)} ${escapeXml(sourceText)}</desc>`,
    defsToSvg(chartDefs(spec), colors, uid),
    background === 'none'
      ? ''
      : `<rect width="${width}" height="${height}" fill="${escapeXml(background)}"/>`,
    `<g class="head">${draw(head)}</g>`,
    `<g class="chart" transform="translate(0,${chartTop})">`,
    `<g class="axes">${draw(axisShapes(spec))}</g>`,
    `<g class="marks">${draw(markShapes(spec))}</g>`,
    `<g class="annotations">${draw(annotationShapes(spec))}</g>`,
    `</g>`,
    `<g class="foot">${draw(foot)}</g>`,
    `</svg>`,
  ].join('\n');
}
