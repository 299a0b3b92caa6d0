import { isPattern, type Paint } from './shape';

export type Theme = 'light' | 'dark';

/**
 * Five classes of one hue (blue; in dark, the lightest class is the highest, so more reads as
 * brighter against the dark ground). Even the lowest stands at 3:1 or more against the ground
 * (WCAG 1.4.11), in light as in dark, so a value near zero is not lost beside the ground or the
 * no-data pattern; each class is about 1.4 times as light as the one beside it. Also in
 * chart.css.
 */
const SEQUENTIAL: Record<Theme, Record<`seq-${number}`, string>> = {
  light: {
    'seq-0': '#6394cc',
    'seq-1': '#4679bb',
    'seq-2': '#2c5fa3',
    'seq-3': '#174585',
    'seq-4': '#061d42',
  },
  dark: {
    'seq-0': '#3d72ad',
    'seq-1': '#4f8cc8',
    'seq-2': '#6aa7df',
    'seq-3': '#93c4f0',
    'seq-4': '#c8e2fb',
  },
};

/**
 * Three classes below zero, where a map's values cross it (a balance's deficits), in the
 * balance chart's deficit hue (orange), darker away from zero in light, brighter in dark; from
 * 3:1 against the ground nearest zero, as the classes above it. Also in chart.css.
 */
const NEGATIVE: Record<Theme, Record<`neg-${number}`, string>> = {
  light: { 'neg-0': '#c9762d', 'neg-1': '#a85512', 'neg-2': '#7f3a06' },
  dark: { 'neg-0': '#a65b2b', 'neg-1': '#dc8a45', 'neg-2': '#fac489' },
};

/** The page's colours (src/app/global.css) for a file or a canvas, where CSS variables do not reach. */
export const PALETTES: Record<Theme, Record<string, string>> = {
  light: {
    bg: '#ffffff',
    surface: '#ffffff',
    fg: '#1b1b1f',
    muted: '#55585f',
    grid: '#d5d7db',
    accent: '#b3261e',
    'series-0': '#1f5fa8',
    'series-1': '#b35a00',
    'series-2': '#3f7a3a',
    'series-3': '#b3261e',
    'series-4': '#6a3d9a',
    'series-5': '#0f7b7b',
    'series-6': '#8c564b',
    'series-7': '#c2185b',
    'series-8': '#7a6400',
    'series-9': '#4f5b6e',
    context: '#878c94',
    ...SEQUENTIAL.light,
    ...NEGATIVE.light,
  },
  dark: {
    bg: '#1c1e22',
    surface: '#1c1e22',
    fg: '#ececef',
    muted: '#b0b3ba',
    grid: '#3a3d44',
    accent: '#ff8a80',
    'series-0': '#7fb0f0',
    'series-1': '#f0a95a',
    'series-2': '#8fcf86',
    'series-3': '#ff8a80',
    'series-4': '#c3a6ff',
    'series-5': '#6fd6d0',
    'series-6': '#d7a58f',
    'series-7': '#f48fb1',
    'series-8': '#e3c65a',
    'series-9': '#a9b4c6',
    context: '#73777f',
    ...SEQUENTIAL.dark,
    ...NEGATIVE.dark,
  },
};

/** Concrete colours by paint name: a theme's, with a chart's own series colours over them. */
export type Colors = Record<string, string>;

/** A theme's colours, or colours already resolved, as one record. */
export const colorsOf = (theme: Theme | Colors): Colors =>
  typeof theme === 'string' ? PALETTES[theme] : theme;

/** A theme's colours with a chart's series colours (`series-3` → `#d62728`) over them. */
export function themeColors(theme: Theme, overrides: Colors = {}): Colors {
  return { ...PALETTES[theme], ...overrides };
}

/** A paint as a colour of a theme; hatch paints name their pattern's id. */
export function paintColor(paint: Paint, theme: Theme | Colors, uid = 'chart'): string {
  if (paint === 'none') return 'none';
  if (isPattern(paint)) return `url(#${uid}-${paint})`;
  const colors = colorsOf(theme);
  return colors[paint] ?? colors.fg;
}
