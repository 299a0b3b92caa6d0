import type { CslItem } from './toCslJson';

const UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * CSL-JSON text that is the same JSON to any parser, yet holds no `<`, `>` or `&`: it can sit in an
 * SVG `<metadata>` (even inside CDATA, as it can never contain `]]>`), an HTML `<script>` or an
 * attribute without a single title becoming markup. `indent` 0 gives one line.
 */
export function stringifyCslJson(items: CslItem[], indent = 2): string {
  return JSON.stringify(items, null, indent || undefined).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => UNSAFE[ch],
  );
}
