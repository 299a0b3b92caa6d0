import { NumberStore } from '../values/numberStore';
import { rawPart, type PartColumn, type RawPart } from './rawPart';
import { IntList, RawColumn, type RawTable } from './rawTable';

/** One column of every part, in file order, as one column of `total` rows. */
function joinColumn(
  parts: readonly PartColumn[],
  rows: readonly number[],
  total: number,
  codeLike: boolean,
): RawColumn {
  const out = new RawColumn(0);
  out.index = null;
  if (parts.every((c) => !c.numbers)) {
    const index = new Map<string, number>();
    const dictionary: string[] = [];
    out.codes = new Int32Array(total);
    let at = 0;
    parts.forEach((c, p) => {
      const remap = new Int32Array(c.dictionary.length);
      c.dictionary.forEach((s, k) => {
        let code = index.get(s);
        if (code === undefined) index.set(s, (code = dictionary.push(s) - 1));
        remap[k] = code;
      });
      // The first part's codes are the merged ones (its dictionary comes first, in order).
      if (p === 0) out.codes.set(c.codes.subarray(0, rows[p]), at);
      else for (let r = 0; r < rows[p]; r++) out.codes[at + r] = remap[c.codes[r]];
      if (c.breaks) for (const [k, n] of c.breaks) (out.breaks ??= new Map()).set(remap[k], n);
      at += rows[p];
    });
    out.dictionary = dictionary;
    // As the file read whole would have: a column of varied numbers leaves its dictionary.
    out.review(total, total, codeLike);
    return out;
  }
  const store = new NumberStore(total);
  let at = 0;
  parts.forEach((c, p) => {
    const n = rows[p];
    if (c.numbers) {
      store.dot.set(c.numbers.dot.subarray(0, n), at);
      store.comma.set(c.numbers.comma.subarray(0, n), at);
      store.tags.set(c.numbers.tags.subarray(0, n), at);
      for (const [r, s] of c.numbers.written) store.written.set(at + r, s);
      store.ambiguousExample ??= c.numbers.ambiguousExample;
    } else for (let r = 0; r < n; r++) store.add(at + r, c.dictionary[c.codes[r]]);
    at += n;
  });
  out.dictionary = [];
  out.codes = new Int32Array(0);
  out.numbers = store;
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
  const rowLines = new Int32Array(total);
  all.forEach((p, i) => {
    if (i === 0) rowLines.set(p.rowLines.subarray(0, p.rowCount));
    else for (let r = 0; r < p.rowCount; r++) rowLines[rowAt[i] + r] = p.rowLines[r] + lineAt[i];
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
    columns: raw.columns.map((_, j) =>
      joinColumn(
        all.map((p) => p.columns[j]),
        counts,
        total,
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
