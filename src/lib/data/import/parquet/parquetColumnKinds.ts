import type { SchemaElement, SchemaTree } from 'hyparquet';

/** How a Parquet column goes into the table. */
export type ParquetKind = 'number' | 'date' | 'text';

/** A top-level column to read, or why one is left out. */
export type ParquetColumnPlan =
  { name: string; kind: ParquetKind } | { name: string; kind: null; why: string };

const NUMERIC = new Set(['INT32', 'INT64', 'FLOAT', 'DOUBLE']);
const DATE_TYPES = new Set(['DATE', 'TIMESTAMP_MILLIS', 'TIMESTAMP_MICROS']);
const UNSUPPORTED = new Set(['JSON', 'BSON', 'INTERVAL', 'TIME_MILLIS', 'TIME_MICROS']);

/** The kind of a flat column from its physical, converted and logical types. */
function leafKind(e: SchemaElement): ParquetKind | string {
  const logical = e.logical_type?.type;
  const converted = e.converted_type;
  if (converted && UNSUPPORTED.has(converted)) return converted.split('_')[0].toLowerCase();
  if (logical && ['JSON', 'BSON', 'VARIANT', 'GEOMETRY', 'GEOGRAPHY', 'TIME'].includes(logical))
    return logical.toLowerCase();
  if (logical === 'DATE' || logical === 'TIMESTAMP' || e.type === 'INT96') return 'date';
  if (converted && DATE_TYPES.has(converted)) return 'date';
  if (converted === 'DECIMAL' || logical === 'DECIMAL' || logical === 'FLOAT16') return 'number';
  if (e.type && NUMERIC.has(e.type)) return 'number';
  if (e.type === 'BOOLEAN' || e.type === 'BYTE_ARRAY' || logical === 'UUID') return 'text';
  return 'binary';
}

/**
 * What to do with each top-level column of a Parquet schema: numbers, dates and timestamps,
 * and text (strings, booleans) are read; nested columns (lists, maps, structs) and types a
 * table cannot hold (JSON, time of day, raw bytes) are left out, each with the reason.
 */
export function parquetColumnKinds(schema: SchemaTree): ParquetColumnPlan[] {
  return schema.children.map(({ element, children }) => {
    const name = element.name;
    const nested = element.converted_type ?? element.logical_type?.type;
    if (children.length > 0 || element.repetition_type === 'REPEATED') {
      const what = nested === 'LIST' ? 'a list' : nested?.startsWith('MAP') ? 'a map' : 'a struct';
      return { name, kind: null, why: `nested values (${what} per row)` };
    }
    const kind = leafKind(element);
    if (kind === 'number' || kind === 'date' || kind === 'text') return { name, kind };
    return { name, kind: null, why: `values of a type a table cannot hold (${kind})` };
  });
}
