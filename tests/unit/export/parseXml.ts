import { createRequire } from 'node:module';

/** The part of jsdom these tests use (the project has no @types/jsdom). */
interface Jsdom {
  JSDOM: new (text: string, options: { contentType: string }) => { window: { document: Document } };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as Jsdom;

/**
 * Parses a string as XML with a strict parser (jsdom's), so a test can ask what elements the file
 * really holds. Throws on any well-formedness error.
 */
export function parseXml(xml: string): Document {
  return new JSDOM(xml, { contentType: 'image/svg+xml' }).window.document;
}
