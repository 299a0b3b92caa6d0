import type { FileSource, FileText } from './readSource';

/** A line that names the source in words: `Source: …`, `# Data source: …`, `Sources: …`. */
const STATED = /^[#\s]*(?:data\s+)?sources?\s*:\s*(\S.*)$/i;

/**
 * The source a line above or below the table names in words (`Source: Statistics Norway`,
 * `# Source: World Bank, WDI`), for files of no layout the other readers know. The publisher is
 * the line's text as written, kept short: the file's word, shown as text, never an address.
 */
export function statedSource(t: FileText): FileSource | null {
  for (const { line, text } of [...t.preamble, ...t.footer]) {
    const said = STATED.exec(text)?.[1]
      .trim()
      .replace(/[.;,]+$/, '')
      .slice(0, 160);
    if (said)
      return {
        publisher: said,
        title: null,
        dataset: null,
        updated: null,
        url: null,
        readFrom: `line ${line}`,
      };
  }
  return null;
}
