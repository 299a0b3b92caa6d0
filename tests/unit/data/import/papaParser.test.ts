import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { Parser } from '../../../../src/lib/data/import/papaParser';

const SEED = 20240501;
const DELIMITERS = [',', ';', '\t', '|'] as const;
const NEWLINES = ['\n', '\r\n', '\r'] as const;

type Newline = (typeof NEWLINES)[number];
type Missing = { code: string; row: number; index: number };
type Parsed = { data: string[][]; missing: Missing[]; meta: { cursor: number } };

/** Only what the importer reads of the errors: quoted fields left open. */
const missingQuotes = (errors: Missing[]) =>
  errors
    .filter((e) => e.code === 'MissingQuotes')
    .map(({ code, row, index }) => ({ code, row, index }));

/** What papaparse itself gives for the same call. */
function papa(text: string, delimiter: string, newline: Newline, ignoreLastRow: boolean): Parsed {
  const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
  const { data, errors, meta } = parser.parse(text, 0, ignoreLastRow) as Parsed & {
    errors: Missing[];
  };
  return { data, missing: missingQuotes(errors), meta: { cursor: meta.cursor } };
}

function port(text: string, delimiter: string, newline: Newline, ignoreLastRow: boolean): Parsed {
  const { data, errors, meta } = new Parser({ delimiter, newline, quoteChar: '"' }).parse(
    text,
    0,
    ignoreLastRow,
  );
  return { data, missing: missingQuotes(errors), meta };
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.csv') ? [path] : [];
  });
}

describe('new Parser(config).parse(text, 0, ignoreLastRow)', () => {
  it('gives the same records and cursor as papaparse on generated text: quotes, doubled quotes, stray quotes, spaces, every delimiter and line end', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b7', ' ', ',', ';', '\t', '|', '"', '""', '\n', '\r', '\r\n'), {
        maxLength: 40,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        text,
        fc.constantFrom(...DELIMITERS),
        fc.constantFrom(...NEWLINES),
        fc.boolean(),
        (t, d, n, ignore) => {
          expect(port(t, d, n, ignore)).toEqual(papa(t, d, n, ignore));
        },
      ),
      { seed: SEED, numRuns: 4000 },
    );
  });

  it('gives the same records as papaparse for every real fixture, whole and cut at random places', () => {
    const root = resolve(import.meta.dirname, '../../../fixtures/real');
    const paths = files(root);
    expect(paths.length).toBeGreaterThanOrEqual(10);
    for (const path of paths) {
      const text = new TextDecoder('windows-1252').decode(readFileSync(path));
      const newline = text.includes('\r\n') ? '\r\n' : '\n';
      const delimiter = text.split('\n', 8).join('').includes(';') ? ';' : ',';
      for (const ignore of [false, true]) {
        const ours = port(text, delimiter, newline, ignore);
        expect(ours.data.length).toBeGreaterThan(2);
        expect(ours).toEqual(papa(text, delimiter, newline, ignore));
      }
      fc.assert(
        fc.property(fc.nat({ max: text.length }), (cut) => {
          const head = text.slice(0, cut);
          expect(port(head, delimiter, newline, true)).toEqual(
            papa(head, delimiter, newline, true),
          );
        }),
        { seed: SEED, numRuns: 25 },
      );
    }
  });

  it('reads quoted delimiters, line breaks and doubled quotes, and says where an unfinished record starts', () => {
    const text = 'a,"b,1","c\n2"\n"say ""hi""",x\nlast,"open';
    expect(port(text, ',', '\n', false).data).toEqual([
      ['a', 'b,1', 'c\n2'],
      ['say "hi"', 'x'],
      ['last', 'open'],
    ]);
    const partial = port(text, ',', '\n', true);
    expect(partial.data).toHaveLength(2);
    expect(text.slice(partial.meta.cursor)).toBe('last,"open');
  });
});
