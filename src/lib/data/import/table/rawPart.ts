import type { RawTable } from './rawTable';
import type { ScientificTally } from '../values/scientificNotation';

/** A column of a part, as plain data: its dictionary and codes, or its numbers. */
export interface PartColumn {
  dictionary: string[];
  codes: Int32Array;
  breaks: Map<number, number> | null;
  numbers: {
    values: Float64Array;
    comma: Float64Array | null;
    tags: Uint8Array;
    written: Map<number, string>;
    ambiguousExample: string | null;
    scientific: ScientificTally;
  } | null;
}

/**
 * The rows of one part of a file, read apart from the rest (in a worker of its own) by a
 * builder that was given the file's header: what joinRawParts needs to put them after the
 * rows before them. Plain data and typed arrays only, so it crosses threads as is. Row
 * positions and lines count from the part's start (its first line is line 1).
 */
export interface RawPart {
  columns: PartColumn[];
  rowCount: number;
  rowLines: Int32Array;
  blankAt: Int32Array;
  blankLines: Int32Array;
  raggedRows: Int32Array;
  raggedFields: Int32Array;
  emptySurplus: number;
  /** The part's last line that is not blank (0 when none is). */
  lastLine: number;
  /** Physical lines the part spans, blank ones included. */
  lines: number;
}

/**
 * A part's raw rows as plain data, trimmed to its rows: copies, to send to another thread, or
 * views of the builder's storage (`view`), to read here at once.
 */
export function rawPart(raw: RawTable, lines: number, view = false): RawPart {
  const n = raw.rowCount;
  const trim = <T extends Int32Array | Float64Array | Uint8Array>(a: T, n: number): T =>
    a.length === n ? a : ((view ? a.subarray(0, n) : a.slice(0, n)) as T);
  return {
    columns: raw.columns.map((c) => ({
      dictionary: c.dictionary,
      codes: trim(c.codes, c.numbers ? 0 : n),
      breaks: c.breaks,
      numbers: c.numbers && {
        values: trim(c.numbers.values, n),
        comma: c.numbers.comma && trim(c.numbers.comma, n),
        tags: trim(c.numbers.tags, n),
        written: c.numbers.written,
        ambiguousExample: c.numbers.ambiguousExample,
        scientific: c.numbers.scientific,
      },
    })),
    rowCount: n,
    rowLines: trim(raw.rowLines, n),
    blankAt: raw.blankAt.toInt32Array(),
    blankLines: raw.blankLines.toInt32Array(),
    raggedRows: raw.raggedRows.toInt32Array(),
    raggedFields: raw.raggedFields.toInt32Array(),
    emptySurplus: raw.emptySurplus,
    lastLine: raw.lastLine,
    lines,
  };
}

/** The buffers of a part, to transfer rather than copy. */
export function rawPartBuffers(part: RawPart): ArrayBuffer[] {
  const out = new Set<ArrayBufferLike>();
  for (const a of [
    part.rowLines,
    part.blankAt,
    part.blankLines,
    part.raggedRows,
    part.raggedFields,
  ])
    out.add(a.buffer);
  for (const c of part.columns) {
    out.add(c.codes.buffer);
    if (c.numbers)
      for (const a of [c.numbers.values, c.numbers.comma, c.numbers.tags]) if (a) out.add(a.buffer);
  }
  return [...out].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer && b.byteLength > 0);
}
