import { escapeXml } from '../escapeXml';
import { isElement, type MarkupNode } from './parseMarkup';

const NAME = /^[A-Za-z_][\w:.-]*$/;

/**
 * Writes a tree back as XML: every text and attribute value escaped, every element closed, and any
 * element or attribute whose name is not a plain XML name left out. Nothing in the tree can
 * become markup it was not already.
 */
export function serializeMarkup(nodes: MarkupNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (!isElement(node)) {
      out += escapeXml(node);
      continue;
    }
    if (!NAME.test(node.name)) continue;
    const seen = new Set<string>();
    let attrs = '';
    for (const [name, value] of node.attrs) {
      if (!NAME.test(name) || seen.has(name)) continue;
      seen.add(name);
      attrs += ` ${name}="${escapeXml(value)}"`;
    }
    out += node.children.length
      ? `<${node.name}${attrs}>${serializeMarkup(node.children)}</${node.name}>`
      : `<${node.name}${attrs}/>`;
  }
  return out;
}
