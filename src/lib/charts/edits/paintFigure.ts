import { isHexColor } from './chartEdits';

/**
 * Sets a chart's own series colours on its figure as CSS variables (`--series-3`), through the
 * style object: a strict Content-Security-Policy allows that, where it refuses style attributes
 * written as text. Only `#rrggbb` values are set; the rest keep the theme's colours.
 */
export function paintFigure(
  figure: HTMLElement,
  palette: Record<string, string> | undefined,
): { update(palette: Record<string, string> | undefined): void } {
  let set: string[] = [];
  const apply = (next: Record<string, string> | undefined) => {
    for (const name of set) figure.style.removeProperty(`--${name}`);
    set = [];
    for (const [name, color] of Object.entries(next ?? {}))
      if (/^series-\d+$/.test(name) && isHexColor(color)) {
        figure.style.setProperty(`--${name}`, color);
        set.push(name);
      }
  };
  apply(palette);
  return { update: apply };
}
