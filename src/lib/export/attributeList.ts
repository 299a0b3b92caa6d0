/**
 * Lists in `<trade-chart>` attributes, as an author writes them by hand: items joined with `,`;
 * an item that holds the separator or a quote is written in double quotes, a quote in it
 * doubled, as in a CSV file (`hidden='"Korea, Republic of",China'`). Series names from real
 * files hold commas (`Korea, Republic of`, `GACC, as reported`).
 */

/** `value`, quoted when it would not read back as one item. */
export function quoteItem(value: string, separator = ','): string {
  const plain = !value.includes(separator) && !value.includes('"') && value.trim() === value;
  return plain ? value : `"${value.replaceAll('"', '""')}"`;
}

/** Items joined for an attribute (see splitList). */
export const joinList = (values: readonly string[], separator = ','): string =>
  values.map((v) => quoteItem(v, separator)).join(separator);

/**
 * The items of an attribute's list: split at `separator` outside double quotes, quoted parts
 * unquoted (`""` is one quote), unquoted parts trimmed (unless `keepSpace`); empty items left out.
 */
export function splitList(text: string, separator = ',', keepSpace = false): string[] {
  const items: string[] = [];
  let item = '';
  let quoted = false;
  const end = () => {
    if (item.trim()) items.push(keepSpace ? item : item.trim());
    item = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') item += ch;
      else if (text[i + 1] === '"') item += text[i++];
      else quoted = false;
    } else if (ch === '"' && item.trim() === '') {
      item = '';
      quoted = true;
    } else if (text.startsWith(separator, i)) {
      end();
      i += separator.length - 1;
    } else item += ch;
  }
  end();
  return items;
}

/**
 * Series colours, `Series:#rrggbb` items: a series name is quoted when it holds a comma, and
 * one written by hand without quotes still reads (`Korea, Republic of:#d62728`): an item
 * without its colour joins the next.
 */
export function splitColorList(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  let pending = '';
  // Spaces kept until an item is whole: `Korea, Republic of` keeps the one after its comma.
  for (const item of splitList(text, ',', true)) {
    pending = pending ? `${pending},${item}` : item;
    const at = pending.lastIndexOf(':');
    if (at > 0 && /^\s*#/.test(pending.slice(at + 1))) {
      pairs.push([pending.slice(0, at).trim(), pending.slice(at + 1).trim()]);
      pending = '';
    }
  }
  if (pending.trim()) pairs.push([pending.trim(), '']);
  return pairs;
}

/** Colours as an attribute: `Series:#rrggbb` items (see splitColorList). */
export const joinColorList = (colors: Record<string, string>): string =>
  Object.entries(colors)
    .map(([label, color]) => `${quoteItem(label)}:${color}`)
    .join(',');
