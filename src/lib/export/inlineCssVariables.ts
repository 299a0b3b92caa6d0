import { isElement, parseMarkup, type MarkupNode } from './markup/parseMarkup';
import { serializeMarkup } from './markup/serializeMarkup';

/** `var(--name)` or `var(--name, fallback)`, the fallback allowed one level of brackets (`rgb(…)`). */
const VAR = /var\(\s*--([\w-]+)\s*(?:,\s*((?:[^()]|\([^()]*\))*?))?\s*\)/g;

/**
 * Replaces CSS variables in one value with concrete values: the page's own, else the fallback
 * written in the `var()`; an unknown variable with no fallback is left as written. Fallbacks that
 * are variables themselves are followed a few levels deep.
 */
export function resolveCssVariables(value: string, vars: Record<string, string>): string {
  let out = value;
  for (let depth = 0; depth < 4 && out.includes('var('); depth++) {
    const next = out.replace(VAR, (whole, name: string, fallback?: string) => {
      for (const key of [name, `--${name}`]) if (Object.hasOwn(vars, key)) return vars[key];
      return fallback !== undefined ? fallback.trim() : whole;
    });
    if (next === out) break;
    out = next;
  }
  return out;
}

/** The same as {@link inlineCssVariables}, on a parsed tree (in place). */
export function inlineCssVariablesInTree(nodes: MarkupNode[], vars: Record<string, string>): void {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    node.attrs = node.attrs.map(([name, value]) => [name, resolveCssVariables(value, vars)]);
    inlineCssVariablesInTree(node.children, vars);
  }
}

/**
 * Writes the page's colours into SVG markup: every `var(--series-0)`, `var(--grid)`, `var(--fg)`…
 * in an attribute (`fill`, `stroke`, `style`, …) becomes its value from `vars` (keyed `series-0`
 * or `--series-0`), so the markup draws the same away from the page's CSS. Text is not touched: a
 * title that reads "var(--bg)" keeps reading so. The result is re-serialised as well-formed XML.
 */
export function inlineCssVariables(svgMarkup: string, vars: Record<string, string>): string {
  const nodes = parseMarkup(svgMarkup);
  inlineCssVariablesInTree(nodes, vars);
  return serializeMarkup(nodes);
}
