import { escapeXml } from './escapeXml';

/**
 * Text or a quoted attribute value, safe in HTML: `& < > " '` become references, so a title or a
 * cell never becomes a tag, never closes an attribute. (HTML and XML need the same five.)
 */
export function escapeHtml(value: string | number): string {
  return escapeXml(value);
}
