import type { Provenance } from './citation';

/** What a column holds, decided once at import. */
export type ColumnType = 'number' | 'period' | 'date' | 'category' | 'text';

/** What a column means for a trade chart, inferred at import and changeable by the user. */
export type ColumnRole =
  | 'time'
  | 'reporter'
  | 'partner'
  | 'entity'
  | 'flow'
  | 'measure'
  | 'unit'
  | 'code'
  | 'source'
  | 'note'
  | 'other';

/** Numbers live in a Float64Array; a missing value is NaN, never 0. */
export interface NumberColumn {
  name: string;
  type: 'number';
  values: Float64Array;
  /** Flags that came with a value (Eurostat `p`, `e`, `b`), dictionary-coded; -1 = none. */
  flags?: { codes: Int32Array; dictionary: string[] };
  /** A reader's name for the column, when the file's name is terse. */
  label?: string;
  /** Unit of the values, such as `USD billion`. */
  unit?: string;
  /** Which of the table's citations the column's values come from. */
  citationId?: string;
  role?: ColumnRole;
}

/**
 * Text-like values are dictionary-coded: `codes[row]` indexes `dictionary`; -1 = missing.
 * Periods and dates carry a sortable key per dictionary entry (decimal year for periods,
 * epoch milliseconds for dates), so charts never re-parse labels.
 */
export interface TextColumn {
  name: string;
  type: 'period' | 'date' | 'category' | 'text';
  codes: Int32Array;
  dictionary: string[];
  keys?: Float64Array;
  /** Values the file indented others under (UNCTADstat's hierarchy): groups, whatever their names. */
  groups?: string[];
  /** A reader's name for the column, when the file's name is terse. */
  label?: string;
  /** Unit of the values, such as `USD billion`. */
  unit?: string;
  /** Which of the table's citations the column's values come from. */
  citationId?: string;
  role?: ColumnRole;
}

export type Column = NumberColumn | TextColumn;

/** A problem met while importing: where it is, what it is, and what was done about it. */
export interface ImportIssue {
  /** Physical line in the file, counted from 1; null when the issue is about the whole file. */
  line: number | null;
  column: string | null;
  /** The workbook cell (`'Exports, FOB'!C9`), when the file is a workbook. */
  cell?: string;
  message: string;
  severity?: 'info' | 'warning' | 'error';
}

/** A typed, columnar table: the one shape every import produces and every chart reads. */
export interface Table {
  id: string;
  name: string;
  rowCount: number;
  columns: Column[];
  provenance: Provenance;
  issues: ImportIssue[];
}

export const MISSING_CODE = -1;
