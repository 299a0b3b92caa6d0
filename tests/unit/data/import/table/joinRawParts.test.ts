import { describe, expect, it } from 'vitest';
import {
  createCsvImporter,
  importCsv,
  type ImportResult,
  type RawPart,
} from '../../../../../src/lib/data/import';
import { ACCESSED, fixtureBytes, tableContent } from '../importHelpers';

const options = (size: number) => ({ name: 'test.csv', accessed: ACCESSED, size });

/**
 * Imports `bytes` as the import worker does with several threads: the start is read until the
 * header is in, then the rest is cut just after the line feed past each of `at` (fractions of
 * the file), each part read by an importer of its own, and joined to the start's.
 */
function importInParts(
  bytes: Uint8Array,
  at: number[],
  startSize = bytes.length,
): ImportResult | 'not joined' {
  const start = createCsvImporter(options(startSize));
  let pushed = 0;
  while (pushed < bytes.length && !start.partPlan()) {
    start.push(bytes.subarray(pushed, pushed + 4096));
    pushed = Math.min(bytes.length, pushed + 4096);
  }
  const plan = start.partPlan();
  if (!plan) throw new Error('no plan: the file is too small to cut');
  const cuts = at
    .map((f) => bytes.indexOf(10, Math.max(pushed, Math.floor(bytes.length * f))) + 1)
    .filter((c, i, all) => c > pushed && c < bytes.length && all.indexOf(c) === i);
  if (cuts.length === 0) throw new Error('no cut past the header');
  start.push(bytes.subarray(pushed, cuts[0]));
  const parts: (RawPart | null)[] = cuts.map((cut, i) => {
    const end = cuts[i + 1] ?? bytes.length;
    const part = createCsvImporter(options(end - cut), plan);
    // In pieces, as a worker reads a file, so rows cross the pieces' borders.
    for (let a = cut; a < end; a += 7919) part.push(bytes.subarray(a, Math.min(a + 7919, end)));
    return part.endPart();
  });
  if (parts.some((p) => p === null)) return 'not joined';
  return start.join(parts as RawPart[]) ? start.finish() : 'not joined';
}

/** Both imports as what a reader sees: columns, every cell, issues, and what was learnt. */
function seen(result: ImportResult | 'not joined') {
  if (result === 'not joined' || !result.ok) return result;
  return { content: tableContent(result.table), meta: result.meta };
}

function expectSame(bytes: Uint8Array, at: number[], startSize = bytes.length) {
  const whole = importCsv(bytes, options(bytes.length));
  expect(whole.ok).toBe(true);
  expect(seen(importInParts(bytes, at, startSize))).toEqual(seen(whole));
}

/** A long trade file with what real downloads have: quotes, blanks, gaps, notes at the end. */
function tradeFile(rows: number): Uint8Array {
  const lines = ['Reporter,Partner,Commodity,Year,Trade Value (US$),Note'];
  for (let r = 0; r < rows; r++) {
    const value = r % 97 === 0 ? '..' : `"${(r * 1234.5).toLocaleString('en')}"`;
    const note = r % 500 === 0 ? '"two\nlines"' : r % 7 === 0 ? 'x' : '';
    lines.push(`"Korea, Rep.",P${r % 40},C${r % 13},${2000 + (r % 20)},${value},${note}`);
    if (r % 1000 === 999) lines.push('');
    if (r % 1500 === 1) lines[lines.length - 1] += ',surplus';
  }
  lines.push('', 'Source: a note below the table,,,,,');
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}

describe('joinRawParts (a file read in parts, joined)', () => {
  it('gives the table the whole file gives: quotes, blanks, ragged rows, gaps, notes', () => {
    const bytes = tradeFile(20_000);
    expectSame(bytes, [0.5]);
    expectSame(bytes, [0.25, 0.5, 0.75]);
  });

  it('gives the same table whether the start has room for every row or not', () => {
    // Sized for the whole file, the start's storage takes the parts' rows after its own; sized
    // for less (rows shorter than the file's first ones told), the rows are copied into new.
    const bytes = tradeFile(20_000);
    expectSame(bytes, [0.5], bytes.length * 4);
    expectSame(bytes, [0.5], 2000);
    expectSame(bytes, [0.25, 0.5, 0.75], 2000);
  });

  it('gives the same table for real downloads, cut anywhere', () => {
    for (const path of [
      'comtrade/shjain6670_IBE-China_comtrade_S4_CHN-DEU_2010.csv',
      'misc/owid_trade-as-share-of-gdp.csv',
      'worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv',
      'imf/david880110_WEO_Data.csv',
    ])
      for (const at of [[0.3], [0.6, 0.9], [0.5, 0.51, 0.99]]) expectSame(fixtureBytes(path), at);
  });

  it('keeps the lines of rows, blanks and issues past a cut', () => {
    const bytes = tradeFile(5000);
    const parts = importInParts(bytes, [0.5]);
    if (parts === 'not joined' || !parts.ok) throw new Error('not joined');
    const whole = importCsv(bytes, options(bytes.length));
    if (!whole.ok) throw new Error(whole.error);
    expect(parts.table.issues).toEqual(whole.table.issues);
    expect(parts.table.issues.some((i) => (i.line ?? 0) > 2500)).toBe(true);
  });

  it('is not joined when a cut falls inside a quoted line break', () => {
    const head = 'Name,Note\n' + 'a,b\n'.repeat(30_000);
    const bytes = new TextEncoder().encode(head + 'c,"one\n' + 'still quoted\n'.repeat(20) + '"\n');
    const inside = (head.length + 20) / bytes.length;
    expect(importInParts(bytes, [inside])).toBe('not joined');
  });
});
