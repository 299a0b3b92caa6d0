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
 * Bytes decoded at once in a browser (see DECODE_BYTES). A browser's TextDecoder hands each
 * piece's text back as a string held outside the engine's heap, and every such string costs a
 * callback when a full collection frees it, whatever its size: in Chromium, a 1M-row file
 * decoded in 120 KB pieces spent about 180 ms of its workers' time in those callbacks, and read
 * in about 5 % more time than with 512 KB pieces. From 1 MB (a 2 MB string of two-byte text),
 * each string is memory mapped and unmapped on its own, and reading took 8 % longer again.
 */
export const BROWSER_DECODE_BYTES = 512 * 1024;

/**
 * Characters tokenized at once. Small pieces keep few parsed rows alive at a time, so
 * young-generation garbage collection stays cheap (1 MB was 3x slower than 64 KB).
 */
export const PARSE_CHARS = 65536;
