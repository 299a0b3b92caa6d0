/**
 * An element tree as comparable text: tags, sorted attributes and text, without comments,
 * blank text, the (empty) focus layer or scoped-style classes. Two renderers of one spec must give the same.
 */
export function svgOutline(node: Element): string {
  if (node.getAttribute('class') === 'focus') return '';
  // Svelte's scoped-style classes are the dashboard's own, not part of the picture.
  const attrs = [...node.attributes]
    .map((a) => [a.name, a.value.replace(/\bsvelte-\w+/g, '').trim()])
    .filter(([name, value]) => name !== 'class' || value)
    .map(([name, value]) => `${name}="${value}"`)
    .sort()
    .join(' ');
  const inner = [...node.childNodes]
    .map((c) =>
      c.nodeType === 1
        ? svgOutline(c as Element)
        : c.nodeType === 3 && c.textContent?.trim()
          ? c.textContent
          : '',
    )
    .join('');
  return `<${node.tagName.toLowerCase()} ${attrs}>${inner}</${node.tagName.toLowerCase()}>`;
}
