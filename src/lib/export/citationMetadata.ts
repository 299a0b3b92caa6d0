import type { Citation } from '../data/citation';
import { stringifyCslJson } from '../provenance/citationFormats/stringifyCslJson';
import { toCslJson } from '../provenance/citationFormats/toCslJson';

/** The `<metadata>` element an exported SVG carries: its citations as CSL-JSON. */
export function citationMetadata(citations: Citation[], accessed: string): string {
  const items = citations.map((c) => toCslJson(c, { accessed }));
  return `<metadata id="tradelens-citations"><![CDATA[${stringifyCslJson(items, 0)}]]></metadata>`;
}

/** Adds the citation metadata to a standalone SVG document, right after its root tag. */
export function withCitationMetadata(svg: string, citations: Citation[], accessed: string): string {
  return svg.replace(/<svg\b[^>]*>/, (root) => `${root}\n${citationMetadata(citations, accessed)}`);
}
