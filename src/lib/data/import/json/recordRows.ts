import { MAX_COLUMNS } from '../importLimits';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON object (not an array, not null). */
export const isObject = (v: unknown): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{id, value}` pairs (World Bank's `country`, `indicator`): the label, and the id beside it. */
const isIdValue = (v: Record<string, Json>) => {
  const keys = Object.keys(v);
  return keys.length === 2 && 'id' in v && 'value' in v;
};

function cellText(v: Json | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** A record's fields as flat name → value: nested objects as `a.b`, `{id, value}` as two fields. */
function flatten(record: Record<string, Json>, prefix: string, out: Map<string, Json>, depth = 0) {
  for (const [key, v] of Object.entries(record)) {
    const name = prefix + key;
    if (isObject(v) && isIdValue(v)) {
      out.set(name, v.value);
      out.set(`${name}_id`, v.id);
    } else if (isObject(v) && depth < 3) flatten(v, `${name}.`, out, depth + 1);
    else out.set(name, v);
  }
}

/**
 * JSON records as rows of text, the first row the field names (every field any record has,
 * in the order first met; `rename` gives a field another name, or null to leave it out), so
 * the CSV importer's typing reads them as it reads a CSV's cells. Numbers keep all their
 * digits; null is an empty cell; lists stay JSON text. Fields empty in every record are left out.
 */
export function recordRows(
  records: readonly unknown[],
  rename: Readonly<Record<string, string | null>> = {},
): string[][] {
  const names = new Map<string, number>();
  const filled = new Set<string>();
  const flat: Map<string, Json>[] = [];
  for (const record of records) {
    const fields = new Map<string, Json>();
    if (isObject(record)) flatten(record, '', fields);
    else fields.set('value', record as Json);
    for (const [name, v] of fields) {
      if (rename[name] === null) continue;
      if (!names.has(name) && names.size < MAX_COLUMNS) names.set(name, names.size);
      if (cellText(v) !== '') filled.add(name);
    }
    flat.push(fields);
  }
  const fieldNames = [...names.keys()].filter((name) => filled.has(name));
  const rows = [fieldNames.map((name) => rename[name] ?? name)];
  for (const fields of flat) rows.push(fieldNames.map((name) => cellText(fields.get(name))));
  return rows;
}
