import type { ImportIssue } from '../../table';
import { joinSplitHeader, splitHeader } from './splitHeader';

/** A header cell as a name: trimmed, inner runs of spaces and line breaks made one space. */
const tidy = (cell: string | undefined) => (cell ?? '').replace(/\s+/g, ' ').trim();

/**
 * One name per field from the header row(s), tidied. With two rows, a label above merged
 * cells (`Exports`, then blanks) is carried right and joined with the row below (`2021`);
 * a header split into a periods row and a labels row (UNCTADstat's `YEAR` over `ECONOMY`)
 * takes each period from the one and each other name from the other.
 */
export function combineHeaderRows(rows: readonly string[][], fieldCount: number): string[] {
  const top = rows[0] ?? [];
  const below = rows[1];
  const split = below && splitHeader(top, below);
  if (split) return joinSplitHeader(rows, split, fieldCount, tidy);
  const names: string[] = [];
  let carried = '';
  for (let j = 0; j < fieldCount; j++) {
    const upper = tidy(top[j]);
    if (!below) {
      names.push(upper);
      continue;
    }
    const lower = tidy(below[j]);
    if (upper !== '') carried = upper;
    const head = upper !== '' ? upper : lower !== '' ? carried : '';
    names.push([head, lower].filter(Boolean).join(' '));
  }
  return names;
}

/**
 * Names made usable: a blank one becomes `Column N` (N = its field position from 1), a repeated
 * one gets ` (2)`, ` (3)`…; each change is an issue on the header line.
 */
export function uniqueNames(
  names: readonly string[],
  positions: readonly number[],
  headerLine: number,
): { names: string[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const used = new Set<string>();
  const out = names.map((name, i) => {
    let unique = name === '' ? `Column ${positions[i]}` : name;
    if (name === '') {
      issues.push({
        line: headerLine,
        column: unique,
        message: `Column ${positions[i]} has no name in the header; it is called "${unique}".`,
        severity: 'warning',
      });
    }
    for (let k = 2; used.has(unique); k++) unique = `${name || `Column ${positions[i]}`} (${k})`;
    if (name !== '' && unique !== name) {
      issues.push({
        line: headerLine,
        column: unique,
        message: `The header names "${name}" more than once; this column is called "${unique}".`,
        severity: 'warning',
      });
    }
    used.add(unique);
    return unique;
  });
  return { names: out, issues };
}

/**
 * Eurostat's combined first header cell, `unit,geo\time`: the dimensions joined in the first
 * column (`unit`, `geo`) and the one across the columns (`time`). Null for other names.
 */
export function dimensionHeader(name: string): { dims: string[]; across: string } | null {
  const slash = name.indexOf('\\');
  if (slash <= 0) return null;
  const dims = name
    .slice(0, slash)
    .split(',')
    .map((d) => d.trim());
  if (dims.some((d) => d === '')) return null;
  return { dims, across: name.slice(slash + 1).trim() };
}

/** Fields up to the last header cell with a name: rows shorter than that miss a named field. */
export function namedFields(header: readonly (readonly string[])[]): number {
  let n = 0;
  for (const row of header) {
    for (let j = row.length - 1; j >= n; j--) if (row[j].trim() !== '') n = j + 1;
  }
  return n;
}
