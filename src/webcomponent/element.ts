/** Attribute values; `undefined` and `false` leave the attribute out. */
export type Attributes = Record<string, string | number | boolean | undefined>;
/** Children: elements, or strings that become text nodes (never markup). */
export type Child = Node | string | null | undefined | false;

function build<E extends Element>(node: E, attributes: Attributes, children: Child[]): E {
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined && value !== false)
      node.setAttribute(name, value === true ? '' : String(value));
  for (const child of children) if (child) node.append(child);
  return node;
}

/**
 * An HTML element built from its attributes and children. Text from files and links is hostile:
 * it only ever arrives here as a string child or an attribute value, so it stays text.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  return build(document.createElement(tag), attributes, children);
}

/** An SVG element, as `element` builds HTML ones. */
export function svgElement(
  tag: string,
  attributes: Attributes = {},
  ...children: Child[]
): SVGElement {
  return build(document.createElementNS('http://www.w3.org/2000/svg', tag), attributes, children);
}
