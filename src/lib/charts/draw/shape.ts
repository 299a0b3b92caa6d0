/**
 * Drawing instructions: what every renderer of a chart draws (Svelte's SVG in the page, the
 * standalone SVG string, a canvas for big data). Colours are theme tokens, resolved by the
 * renderer: CSS variables in the page, fixed colours in a file.
 */
export type Paint =
  | 'none'
  | 'fg'
  | 'muted'
  | 'grid'
  | 'bg'
  | 'surface'
  | 'accent'
  /** Series set back behind the one an author highlights. */
  | 'context'
  | `series-${number}`
  /** A class of a sequential scale, 0 (lowest) to 4 (highest): a map's choropleth. */
  | `seq-${number}`
  /** A class below zero where a map's classes are cut at zero: 0 (nearest zero) to 2. */
  | `neg-${number}`
  /** The pattern of areas with no figure (a map's countries without data). */
  | 'nodata'
  /** The hatch pattern in a series' colour (derived bars). */
  | `hatch-${number}`;

export interface ShapeStyle {
  fill?: Paint;
  stroke?: Paint;
  strokeWidth?: number;
  dash?: string;
  opacity?: number;
}

export type Shape =
  | (ShapeStyle & { type: 'path'; d: string; round?: boolean; arrow?: boolean })
  /** A line through pixel coordinates, NaN breaking it: canvas draws it without a path string. */
  | (ShapeStyle & { type: 'polyline'; xs: ArrayLike<number>; ys: ArrayLike<number> })
  | (ShapeStyle & { type: 'rect'; x: number; y: number; width: number; height: number })
  | (ShapeStyle & { type: 'circle'; cx: number; cy: number; r: number })
  | (ShapeStyle & { type: 'line'; x1: number; y1: number; x2: number; y2: number })
  | (ShapeStyle & {
      type: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      anchor?: 'start' | 'middle' | 'end';
      weight?: number;
      /** Centre the text on y (axis labels) instead of sitting on it. */
      middle?: boolean;
    });

/** Patterns and markers a chart's shapes refer to. */
export interface ShapeDefs {
  /** Series colours that need a hatch pattern. */
  hatches: number[];
  arrow: boolean;
  /** The no-data pattern (paint `nodata`). */
  nodata?: boolean;
}

/** Paints drawn with a pattern from the chart's defs rather than a colour. */
export const isPattern = (p: Paint): boolean => p === 'nodata' || p.startsWith('hatch-');

/** Stroke dash of a series line style. */
export const DASH_ARRAY = { solid: undefined, dashed: '6 4', dotted: '1.5 3.5' } as const;

/** Stroke dash of a line's stretches into and through estimates. */
export const ESTIMATE_DASH = '5 4';
/** How light an estimated bar is beside a reported one. */
export const ESTIMATE_OPACITY = 0.45;

/** Series colours in the palette; more series cycle through them. */
export const SERIES_COLORS = 10;

/** The colour slot of a series set back behind a highlighted one: drawn in `context` grey. */
export const CONTEXT_COLOR = -1;

/** The palette has ten series colours; more series cycle through them. */
export const seriesPaint = (color: number): `series-${number}` | 'context' =>
  color < 0 ? 'context' : `series-${color % SERIES_COLORS}`;
