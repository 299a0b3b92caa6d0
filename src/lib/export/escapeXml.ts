const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Characters XML 1.0 forbids even as references (C0 controls but tab and line ends, lone
 * surrogates, U+FFFE, U+FFFF): one of them in a title would make the whole file unreadable.
 */
const INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Drops what XML cannot hold at all; everything else is kept. */
export function xmlSafeText(s: string): string {
  return s.replace(INVALID, '');
}

/** Text or a double- or single-quoted attribute value, safe in XML and SVG: data never becomes markup. */
export function escapeXml(value: string | number): string {
  return xmlSafeText(String(value)).replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}
