import { NumberStore } from '../values/numberStore';
import { mergeTallies } from '../values/scientificNotation';
import { rawPart, type PartColumn, type RawPart } from './rawPart';
import { IntList, RawColumn, type RawTable } from './rawTable';

type Storage = Int32Array | Float64Array | Uint8Array;

/**
 * `total` entries that begin with the first `n` of `start`: `start`'s own storage when it has
 * room (the start of a file is stored for the whole file's estimated rows), so its rows are
 * neither copied nor stored twice; else a copy.
 */
function withRoom<T extends Storage>(start: T, n: number, total: number, make: (n: number) => T) {
  if (start.length >= total) return start.subarray(0, total) as T;
  const out = make(total);
  out.set(start.subarray(0, n));
  return out;
}

/** A text column of every part, in file order, as one column of `total` rows. */
/** One column to join: the start's, and the parts' after it, with each one's rows and all. */
interface Joining {
  start: RawColumn;
  parts: readonly PartColumn[];
  rows: readonly number[];
  total: number;
}

/** A column made by joining: no index, as no rows are added to it. */
function joined(): RawColumn {
  const out = new RawColumn(0);
  out.index = null;
  return out;
}

function joinText({ start, parts, rows, total }: Joining) {
  const out = joined();
  // The start's dictionary comes first, in order: its codes are the joined ones.
  const dictionary = [...start.dictionary];
  const index = new Map(dictionary.map((s, k) => [s, k]));
  out.codes = withRoom(start.codes, rows[0], total, (n) => new Int32Array(n));
  out.breaks = start.breaks && new Map(start.breaks);
  let at = rows[0];
  parts.forEach((c, p) => {
    const remap = new Int32Array(c.dictionary.length);
    c.dictionary.forEach((s, k) => {
      let code = index.get(s);
      if (code === undefined) index.set(s, (code = dictionary.push(s) - 1));
      remap[k] = code;
    });
    const n = rows[p + 1];
    for (let r = 0; r < n; r++) out.codes[at + r] = remap[c.codes[r]];
    if (c.breaks) for (const [k, b] of c.breaks) (out.breaks ??= new Map()).set(remap[k], b);
    at += n;
  });
  out.dictionary = dictionary;
  return out;
}

/** A column of numbers of every part (a part still in its dictionary read anew), as one. */
function joinNumbers({ start, parts, rows, total }: Joining) {
  const out = joined();
  out.dictionary = [];
  out.codes = new Int32Array(0);
  const first = start.numbers;
  const store = new NumberStore(first ? 0 : total);
  if (first) {
    store.values = withRoom(first.values, rows[0], total, (n) => new Float64Array(n));
    store.comma = first.comma && withRoom(first.comma, rows[0], total, (n) => new Float64Array(n));
    store.tags = withRoom(first.tags, rows[0], total, (n) => new Uint8Array(n));
    for (const [r, s] of first.written) store.written.set(r, s);
    store.ambiguousExample = first.ambiguousExample;
    store.scientific = first.scientific;
  } else for (let r = 0; r < rows[0]; r++) store.add(r, start.dictionary[start.codes[r]]);
  let at = rows[0];
  parts.forEach((c, p) => {
    const n = rows[p + 1];
    if (c.numbers) {
      store.values.set(c.numbers.values.subarray(0, n), at);
      if (c.numbers.comma)
        (store.comma ??= new Float64Array(total)).set(c.numbers.comma.subarray(0, n), at);
      store.tags.set(c.numbers.tags.subarray(0, n), at);
      for (const [r, s] of c.numbers.written) store.written.set(at + r, s);
      store.ambiguousExample ??= c.numbers.ambiguousExample;
      mergeTallies(store.scientific, c.numbers.scientific, at);
    } else for (let r = 0; r < n; r++) store.add(at + r, c.dictionary[c.codes[r]]);
    at += n;
  });
  out.numbers = store;
  return out;
}

/** One column of the start and of every part after it, in file order, as one column. */
function joinColumn(joining: Joining, codeLike: boolean): RawColumn {
  if (joining.start.numbers || joining.parts.some((c) => c.numbers)) return joinNumbers(joining);
  const out = joinText(joining);
  // As the file read whole would have: a column of varied numbers leaves its dictionary.
  out.review(joining.total, joining.total, codeLike);
  return out;
}

/** `lists` of every part, each entry plus its part's offset, as one list. */
function joinList(lists: readonly Int32Array[], offsets: readonly number[]): IntList {
  const out = new IntList();
  lists.forEach((list, p) => {
    for (const v of list) out.push(v + offsets[p]);
  });
  return out;
}

/**
 * The rows of `raw` (the file's start: preamble, header and first rows; `lines` physical lines)
 * followed by those of `parts`, read apart from it, in file order: the table the whole file read
 * in one go would have given. Rows, positions and lines of each part are moved past those
 * before it; dictionaries are merged, and codes renumbered. `codeLike(j)` says whether column j
 * is named like a code (kept as text even when it looks numeric).
 */
export function joinRawParts(
  raw: RawTable,
  lines: number,
  parts: readonly RawPart[],
  codeLike: (j: number) => boolean,
): RawTable {
  const all = [rawPart(raw, lines, true), ...parts];
  const rowAt = [0];
  const lineAt = [0];
  for (const p of all) {
    rowAt.push(rowAt.at(-1)! + p.rowCount);
    lineAt.push(lineAt.at(-1)! + p.lines);
  }
  const total = rowAt.at(-1)!;
  const rowLines = withRoom(raw.rowLines, raw.rowCount, total, (n) => new Int32Array(n));
  all.forEach((p, i) => {
    if (i > 0)
      for (let r = 0; r < p.rowCount; r++) rowLines[rowAt[i] + r] = p.rowLines[r] + lineAt[i];
  });
  let lastLine = 0;
  all.forEach((p, i) => p.lastLine > 0 && (lastLine = p.lastLine + lineAt[i]));
  const zero = all.map(() => 0);
  type ListKey = 'blankAt' | 'blankLines' | 'raggedRows' | 'raggedFields';
  const list = (key: ListKey, offsets: number[]) =>
    joinList(
      all.map((p) => p[key]),
      offsets,
    );
  const counts = all.map((p) => p.rowCount);
  return {
    ...raw,
    columns: raw.columns.map((start, j) =>
      joinColumn(
        { start, parts: parts.map((p) => p.columns[j]), rows: counts, total },
        codeLike(j),
      ),
    ),
    rowCount: total,
    rowLines,
    blankAt: list('blankAt', rowAt),
    blankLines: list('blankLines', lineAt),
    raggedRows: list('raggedRows', rowAt),
    raggedFields: list('raggedFields', zero),
    emptySurplus: all.reduce((n, p) => n + p.emptySurplus, 0),
    lastLine,
  };
}
