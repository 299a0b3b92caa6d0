/** The largest file the importer reads; bigger files are refused with a message, not a crash. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024 * 1024;

/**
 * The most columns a table may have: as many as a spreadsheet holds. Each column keeps storage
 * of its own while rows stream in, so a line of millions of fields would exhaust memory.
 */
export const MAX_COLUMNS = 16_384;

/** How much of the file's start is read to guess encoding, delimiter and header. */
export const SNIFF_BYTES = 64 * 1024;

/** Rows read from the start of the file to guess delimiter and header. */
export const SNIFF_ROWS = 200;

/** Per-cell issues reported one by one per column before a single summary issue. */
export const MAX_CELL_ISSUES = 10;

/** Ragged-row issues reported one by one before a single summary issue. */
export const MAX_ROW_ISSUES = 20;

/**
 * Bytes decoded at once. TextDecoder has a cost per call that differs by engine: in Node,
 * 64 KB pieces import a large file a fifth faster than 256 KB ones; in Chromium, 256 KB
 * pieces decode in about two thirds of the time of 64 KB ones.
 */
export const DECODE_BYTES = 64 * 1024;

/**
 * Bytes decoded at once in a browser (see DECODE_BYTES). Under 128 KB, each piece's text is
 * an ordinary young object for the engine rather than one in its large-object space, which
 * fills the old generation and brings full collections: a 1M-row file read in two parts
 * took about 5 % less than with 256 KB pieces (and than with 64 KB ones).
 */
export const BROWSER_DECODE_BYTES = 120 * 1024;

/**
 * Characters tokenized at once. Small pieces keep few parsed rows alive at a time, so
 * young-generation garbage collection stays cheap (1 MB was 3x slower than 64 KB).
 */
export const PARSE_CHARS = 65536;
