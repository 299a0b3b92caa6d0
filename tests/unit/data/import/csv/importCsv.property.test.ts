import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnValue } from '../../../../../src/lib/data/columnValue';
import { createCsvImporter, importCsv, isMissingMarker } from '../../../../../src/lib/data/import';

const SEED = 20240501;
const options = { name: 'p.csv', accessed: '2024-05-01' };

/** The importer's answer is a result, never an exception, and never its internal-error net. */
function expectWellFormed(result: ReturnType<typeof importCsv>) {
  if (result.ok) {
    expect(result.table.rowCount).toBe(result.meta.rows);
    for (const column of result.table.columns) {
      const length = column.type === 'number' ? column.values.length : column.codes.length;
      expect(length).toBe(result.table.rowCount);
    }
  } else {
    expect(result.error).not.toMatch(/failed unexpectedly/);
    expect(result.error.length).toBeGreaterThan(10);
  }
}

// ---- generated tables ------------------------------------------------------------------

type Delimiter = ',' | ';' | '\t' | '|';
type Locale = { decimal: '.' | ','; group: string; prefix: string; suffix: string };
type Kind = { kind: 'text' } | { kind: 'number'; locale: Locale };

const LETTERS = 'abcdefghijklmnpqrstuvwxyzABCDEFGHIJKLMNPQRSTUVWXYZéüß';
const letter = fc.constantFrom(...LETTERS);
const extra = fc.constantFrom(' ', ',', ';', '\t', '|', '"', '\n', '\r\n', "'", '.', '(');
const text = fc
  .tuple(
    letter,
    fc.array(fc.oneof({ weight: 4, arbitrary: letter }, { weight: 1, arbitrary: extra }), {
      maxLength: 12,
    }),
  )
  .map(([first, rest]) => first + rest.join(''))
  .filter((s) => !isMissingMarker(s.trim()));

const locale: fc.Arbitrary<Locale> = fc
  .record({
    decimal: fc.constantFrom('.' as const, ',' as const),
    group: fc.constantFrom('', 'sep', ' ', '\u00a0', '\u202f', "'"),
    prefix: fc.constantFrom('', '', '$', '€ '),
    suffix: fc.constantFrom('', '', '%'),
  })
  .map((l) => ({ ...l, group: l.group === 'sep' ? (l.decimal === '.' ? ',' : '.') : l.group }));

/** A number with one or two decimals (so every value shows its decimal separator). */
const amount = fc
  .tuple(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.constantFrom(1, 2))
  .map(([units, decimals]) => ({ units: units === 0 ? 1 : units, decimals }));

function formatAmount({ units, decimals }: { units: number; decimals: number }, l: Locale): string {
  const digits = String(Math.abs(units)).padStart(decimals + 1, '0');
  const int = digits.slice(0, -decimals).replace(/\B(?=(\d{3})+(?!\d))/g, l.group);
  const sign = units < 0 ? '-' : '';
  return `${sign}${l.prefix}${int}${l.decimal}${digits.slice(-decimals)}${l.suffix}`;
}

const kinds = fc.array(
  fc.oneof(
    fc.constant<Kind>({ kind: 'text' }),
    locale.map<Kind>((l) => ({ kind: 'number', locale: l })),
  ),
  {
    minLength: 2,
    maxLength: 6,
  },
);

interface GeneratedTable {
  kinds: Kind[];
  cells: (string | { units: number; decimals: number } | null)[][];
}

const table: fc.Arbitrary<GeneratedTable> = kinds.chain((ks) =>
  fc
    .array(
      fc.tuple(...ks.map((k) => (k.kind === 'text' ? text : fc.option(amount, { freq: 8 })))),
      { minLength: 1, maxLength: 25 },
    )
    // Every row keeps at least one text cell or two values, so no row is empty or looks like a note.
    .map((rows) => ({ kinds: ks, cells: rows as GeneratedTable['cells'] }))
    .filter(
      ({ cells, kinds: k }) =>
        k.some((x) => x.kind === 'text') ||
        cells.every((r) => r.filter((c) => c !== null).length >= 2),
    ),
);

const writing = fc.record({
  delimiter: fc.constantFrom<Delimiter>(',', ';', '\t', '|'),
  newline: fc.constantFrom('\n', '\r\n', 'mixed'),
  quoteAll: fc.boolean(),
  finalNewline: fc.boolean(),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'),
});

function quote(field: string, delimiter: string, all: boolean): string {
  const needs = all || field.includes(delimiter) || /["\r\n]/.test(field) || field !== field.trim();
  return needs ? `"${field.replace(/"/g, '""')}"` : field;
}

function encode(s: string, encoding: string): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(s);
  if (encoding === 'utf-8-bom') return new TextEncoder().encode('\ufeff' + s);
  if (encoding === 'windows-1252') {
    // Latin-1 plus the euro sign; text with other characters (U+202F) is written as UTF-8.
    const codes = Array.from(s, (c) => (c === '€' ? 0x80 : c.charCodeAt(0)));
    return codes.every((b) => b < 256) ? Uint8Array.from(codes) : new TextEncoder().encode(s);
  }
  const units = [0xfeff, ...Array.from(s, (c) => c.charCodeAt(0))];
  const le = encoding === 'utf-16le';
  return Uint8Array.from(units.flatMap((u) => (le ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff])));
}

type Writing = typeof writing extends fc.Arbitrary<infer T> ? T : never;

function writeCsv(t: GeneratedTable, w: Writing) {
  const names = t.kinds.map((k, j) =>
    k.kind === 'text'
      ? `Label ${String.fromCharCode(65 + j)}`
      : `Amount ${String.fromCharCode(65 + j)}`,
  );
  const lines = [
    names,
    ...t.cells.map((row) =>
      row.map((c, j) => {
        const kind = t.kinds[j];
        if (c === null) return '';
        return typeof c === 'string' ? c : formatAmount(c, (kind as { locale: Locale }).locale);
      }),
    ),
  ].map((fields) => fields.map((f) => quote(f, w.delimiter, w.quoteAll)).join(w.delimiter));
  const nl = (i: number) => (w.newline === 'mixed' ? (i % 2 ? '\r\n' : '\n') : w.newline);
  const body = lines
    .map((line, i) => line + (i < lines.length - 1 || w.finalNewline ? nl(i) : ''))
    .join('');
  return { names, bytes: encode(body, w.encoding) };
}

describe('importCsv (property-based)', () => {
  it('importCsv(random bytes) never throws and answers a table or a message', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) =>
        expectWellFormed(importCsv(bytes, options)),
      ),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('importCsv(random CSV-like text) never throws', () => {
    const csvish = fc.string({
      unit: fc.constantFrom(
        'a',
        'B',
        '1',
        '0',
        '.',
        ',',
        ';',
        '\t',
        '|',
        '"',
        '\r',
        '\n',
        ' ',
        '-',
        ':',
        '\u00a0',
        'é',
      ),
      maxLength: 300,
    });
    fc.assert(
      fc.property(csvish, (s) => expectWellFormed(importCsv(new TextEncoder().encode(s), options))),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('importCsv(a written table, any delimiter, quoting, line ends, encoding and number locale) reads back every row and cell', () => {
    fc.assert(
      fc.property(table, writing, (t, w) => {
        const { names, bytes } = writeCsv(t, w);
        const result = importCsv(bytes, options);
        if (!result.ok) throw new Error(result.error);
        const { table: got, meta } = result;
        expect(meta.delimiter).toBe(w.delimiter);
        expect(meta.rows).toBe(t.cells.length);
        expect(got.columns.map((c) => c.name)).toEqual(names);
        t.cells.forEach((row, r) =>
          row.forEach((c, j) => {
            const expected =
              c === null ? null : typeof c === 'string' ? c.trim() : c.units / 10 ** c.decimals;
            expect(columnValue(got.columns[j], r)).toBe(expected);
          }),
        );
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('createCsvImporter(the same bytes in random chunks) gives what importCsv gives', () => {
    fc.assert(
      fc.property(
        table,
        writing,
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 }),
        (t, w, sizes) => {
          const { bytes } = writeCsv(t, w);
          const importer = createCsvImporter({ ...options, size: bytes.length });
          for (let at = 0, i = 0; at < bytes.length; i++) {
            const size = sizes[i % sizes.length];
            importer.push(bytes.subarray(at, at + size));
            at += size;
          }
          expect(importer.finish()).toEqual(importCsv(bytes, options));
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('importCsv(5 000-row tables) reads numbers kept without a dictionary just as well', () => {
    const big = fc.tuple(locale, locale).map(([a, b]) => ({
      kinds: [
        { kind: 'text' } as Kind,
        { kind: 'number', locale: a } as Kind,
        { kind: 'number', locale: b } as Kind,
      ],
    }));
    fc.assert(
      fc.property(big, writing, fc.integer(), (shape, w, seed) => {
        const rnd = fc.sample(fc.tuple(text, fc.option(amount, { freq: 20 }), amount), {
          numRuns: 5000,
          seed,
        });
        const t: GeneratedTable = { kinds: shape.kinds, cells: rnd.map(([a, b, c]) => [a, b, c]) };
        const { bytes } = writeCsv(t, w);
        const result = importCsv(bytes, options);
        if (!result.ok) throw new Error(result.error);
        expect(result.meta.rows).toBe(5000);
        t.cells.forEach((row, r) =>
          row.forEach((c, j) => {
            const expected =
              c === null ? null : typeof c === 'string' ? c.trim() : c.units / 10 ** c.decimals;
            if (columnValue(result.table.columns[j], r) !== expected)
              expect(columnValue(result.table.columns[j], r)).toBe(expected);
          }),
        );
      }),
      { seed: SEED, numRuns: 12 },
    );
  });
});
