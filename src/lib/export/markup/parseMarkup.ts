import { tokenizeMarkup } from './tokenizeMarkup';

/** An element of parsed markup: its name as written, its attributes in order, its children. */
export interface MarkupElement {
  name: string;
  attrs: [string, string][];
  children: MarkupNode[];
}

/** A node of parsed markup: an element, or text (already decoded). */
export type MarkupNode = MarkupElement | string;

export const isElement = (node: MarkupNode): node is MarkupElement => typeof node !== 'string';

/** `svg:script` → `script`: what the element is, whatever prefix or case it was written with. */
export const localName = (name: string) => name.slice(name.indexOf(':') + 1).toLowerCase();

/**
 * Parses XML or serialised HTML into a tree, forgivingly: an end tag with no open element is
 * dropped, and elements left open are closed at the end. The tree is always well formed.
 */
export function parseMarkup(markup: string): MarkupNode[] {
  const root: MarkupNode[] = [];
  const stack: MarkupElement[] = [];
  const children = () => (stack.length ? stack[stack.length - 1].children : root);
  for (const token of tokenizeMarkup(markup)) {
    if (token.kind === 'text') children().push(token.text);
    else if (token.kind === 'open') {
      const element: MarkupElement = { name: token.name, attrs: token.attrs, children: [] };
      children().push(element);
      if (!token.selfClosing) stack.push(element);
    } else {
      const at = stack.map((e) => e.name).lastIndexOf(token.name);
      if (at >= 0) stack.length = at;
    }
  }
  return root;
}

/** The value of an attribute, or undefined. */
export function attr(element: MarkupElement, name: string): string | undefined {
  return element.attrs.find(([n]) => n === name)?.[1];
}

/** Sets (or replaces) an attribute, keeping the others in order. */
export function setAttr(element: MarkupElement, name: string, value: string): void {
  const at = element.attrs.findIndex(([n]) => n === name);
  if (at >= 0) element.attrs[at] = [name, value];
  else element.attrs.push([name, value]);
}
