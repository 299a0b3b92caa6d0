/** The user-timing mark set when a spare import worker has warmed up. */
export const IMPORTER_READY = 'tradelens:importer-ready';

/** The name of an import worker started for a file already chosen: it does not warm up. */
export const IMPORT_AT_ONCE = 'tradelens-import';
