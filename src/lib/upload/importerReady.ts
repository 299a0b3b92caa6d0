/** The user-timing mark set when a spare import worker has warmed up. */
export const IMPORTER_READY = 'tradelens:importer-ready';
