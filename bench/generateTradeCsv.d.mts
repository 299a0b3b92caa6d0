/** Writes a seeded long-format trade CSV of `rows` rows to `path`. */
export function writeTradeCsv(path: string, rows: number, seed?: number): Promise<void>;
