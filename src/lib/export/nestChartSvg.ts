import {
  attr,
  isElement,
  localName,
  parseMarkup,
  setAttr,
  type MarkupElement,
  type MarkupNode,
} from './markup/parseMarkup';
import { sanitizeSvg } from './markup/sanitizeSvg';
import { serializeMarkup } from './markup/serializeMarkup';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function findSvg(nodes: MarkupNode[]): MarkupElement | undefined {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (localName(node.name) === 'svg') return node;
    const inner = findSvg(node.children);
    if (inner) return inner;
  }
  return undefined;
}

/** A size attribute in user units (`640`, `640px`); not `100%` or `auto`. */
function userUnits(value: string | undefined): number | undefined {
  const m = /^\s*([\d.]+)\s*(px)?\s*$/.exec(value ?? '');
  const n = m ? Number(m[1]) : NaN;
  return n > 0 && Number.isFinite(n) ? n : undefined;
}

/**
 * The chart's `<svg>` as a nested `<svg>` placed in `box` of another SVG: sanitised, its
 * coordinate system kept (the viewBox, or its own width and height), its page styling and classes
 * dropped (they mean nothing away from the page). Markup without an `<svg>` is wrapped in one.
 * `transform` may rewrite the parsed tree first (to inline the page's colours).
 */
export function nestChartSvg(
  markup: string,
  box: Box,
  transform?: (tree: MarkupNode[]) => void,
): string {
  const tree = sanitizeSvg(parseMarkup(markup));
  transform?.(tree);
  const svg = findSvg(tree) ?? { name: 'svg', attrs: [], children: tree };
  const viewBox =
    attr(svg, 'viewBox') ??
    `0 0 ${userUnits(attr(svg, 'width')) ?? box.width} ${userUnits(attr(svg, 'height')) ?? box.height}`;
  svg.attrs = svg.attrs.filter(([name]) => !['style', 'class', 'x', 'y'].includes(name));
  setAttr(svg, 'x', String(box.x));
  setAttr(svg, 'y', String(box.y));
  setAttr(svg, 'width', String(box.width));
  setAttr(svg, 'height', String(box.height));
  setAttr(svg, 'viewBox', viewBox);
  // The page lets labels spill past the plot; so does the file.
  setAttr(svg, 'overflow', 'visible');
  return serializeMarkup([svg]);
}
