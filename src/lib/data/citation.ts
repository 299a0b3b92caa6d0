import type { FileSource } from './meaning/readSource';
/** Where a figure comes from: enough to find the page again, and nothing invented. */
export interface Citation {
  id: string;
  /** Who published it (CGTN, TASS, World Bank, or "User-supplied file"). */
  publisher: string;
  /** Who distributed it, when that is someone else (PR Newswire). */
  distributor?: string;
  /** The title as printed. */
  title: string;
  /** Publication date, ISO `YYYY-MM-DD` (or `YYYY`). */
  date?: string;
  /** Dateline place, when printed. */
  place?: string;
  /** Only a URL the source really has; never a guessed one. */
  url?: string;
  /** When the user or the project retrieved it, ISO date. */
  accessed?: string;
  kind: 'press-release' | 'news' | 'statistics' | 'dataset' | 'user-file';
  /** A file in this project holding the source text, such as `seeds/…txt`. */
  localCopy?: string;
  /**
   * Read from the file itself (its preamble, footer or layout), not given by a person: the file's
   * name. Shown as the file's word, not as a verified source.
   */
  readFromFile?: string;
  /**
   * The file does not name the source in words: it was recognised by the file's layout (its
   * columns or header are those of UN Comtrade's or Eurostat's downloads). Said so, not `says`.
   */
  byLayout?: boolean;
  /**
   * Where a file citing itself was read from (a chart's `src`): said beside the file's word, never
   * as the source's own address, which only the file can give.
   */
  fetchedFrom?: string;
}

/** The sources of a table: its citations, and how rows point at their own source, if they do. */
export interface Provenance {
  citations: Citation[];
  /** Columns that give each row its own source (page, reporter, exact quote). */
  rowSources?: {
    /** The value columns these row sources speak for. */
    columns: string[];
    url?: string;
    reportedBy?: string;
    quote?: string;
    note?: string;
  };
  /** What the file says of itself: publisher, dataset, edition (see readSource). */
  fileSource?: FileSource;
  /** What the importer saw of the file. */
  file?: {
    name: string;
    size: number;
    encoding: string;
    delimiter: string;
    headerLine: number;
    shape: 'wide' | 'long';
    rows: number;
    /** The file's format when it is not plain CSV text (`gzip`, `parquet`, `xlsx`). */
    format?: string;
    /** The workbook sheet the table was read from. */
    sheet?: string;
  };
}
