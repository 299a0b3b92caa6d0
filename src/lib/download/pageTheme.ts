import type { SvgTheme } from '../export';

const VARIABLES = ['bg', 'surface', 'fg', 'muted', 'grid', 'accent', 'link', 'highlight'];

/**
 * The page's colours as concrete values, read from the element's computed style, so an exported
 * file looks like the chart on screen (light or dark) without any page CSS.
 */
export function pageTheme(element: Element): {
  theme: SvgTheme;
  variables: Record<string, string>;
} {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(`--${name}`).trim();
  const variables: Record<string, string> = {};
  for (const name of VARIABLES) variables[name] = read(name);
  for (let i = 0; i < 8; i++) {
    const v = read(`series-${i}`);
    if (v) variables[`series-${i}`] = v;
  }
  return {
    variables,
    theme: {
      background: variables.surface || '#ffffff',
      foreground: variables.fg || '#1b1b1f',
      muted: variables.muted || '#55585f',
      font: "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif",
    },
  };
}
