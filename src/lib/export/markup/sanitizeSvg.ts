import { safeUrl } from '../../provenance/safeUrl';
import { isElement, localName, type MarkupElement, type MarkupNode } from './parseMarkup';

/** Elements that run code, embed other documents, or (animations) can rewrite a link into script. */
const DROPPED = new Set([
  'script',
  'foreignobject',
  'iframe',
  'object',
  'embed',
  'handler',
  'listener',
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
  'discard',
]);

const LINKS = new Set(['href', 'xlink:href', 'src']);

/** A link stays when it points inside the file, or (on `<a>` only) to an http(s) page. */
function linkAllowed(element: MarkupElement, value: string): boolean {
  if (value.trim().startsWith('#')) return true;
  return localName(element.name) === 'a' && safeUrl(value) !== undefined;
}

/**
 * Defence in depth for SVG markup that leaves the page: drops scripts, foreign content,
 * animations, event handler attributes (`onload`, …) and links anywhere but inside the file or to
 * an http(s) page. The chart's own drawing (shapes, text, gradients, patterns, `url(#…)` fills) stays.
 */
export function sanitizeSvg(nodes: MarkupNode[]): MarkupNode[] {
  const out: MarkupNode[] = [];
  for (const node of nodes) {
    if (!isElement(node)) {
      out.push(node);
      continue;
    }
    if (DROPPED.has(localName(node.name))) continue;
    const attrs = node.attrs.filter(([name, value]) => {
      const n = name.toLowerCase();
      if (n.startsWith('on')) return false;
      return !LINKS.has(n) || linkAllowed(node, value);
    });
    out.push({ name: node.name, attrs, children: sanitizeSvg(node.children) });
  }
  return out;
}
