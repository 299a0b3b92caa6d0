import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRowReader } from '../../../../../src/lib/data/import/text/createRowReader';
import type { Newline } from '../../../../../src/lib/data/import/text/lineBreaks';

/** All records of `text` fed in pieces of `size` characters. */
function readAll(
  text: string,
  size: number,
  delimiter: ',' | ';' | '\t' | '|' = ',',
  newline: Newline = '\n',
) {
  const reader = createRowReader(delimiter, newline);
  const rows: string[][] = [];
  for (let at = 0; at < text.length; at += size)
    rows.push(...reader.push(text.slice(at, at + size)));
  rows.push(...reader.end());
  return rows;
}

describe('createRowReader', () => {
  const text = 'name,value\n"Korea, Republic of","1,234"\n"line\nbreak",""""\n\nlast,1';
  const expected = [
    ['name', 'value'],
    ['Korea, Republic of', '1,234'],
    ['line\nbreak', '"'],
    [''],
    ['last', '1'],
  ];

  for (const size of [1, 2, 3, 7, 1000]) {
    it(`push(text in ${size}-character pieces) gives the same records, quotes respected`, () => {
      expect(readAll(text, size)).toEqual(expected);
    });
  }

  it('end() adds no empty record for a final line break', () => {
    expect(readAll('a,b\n1,2\n', 4)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('push(CRLF text split between CR and LF) keeps records whole', () => {
    expect(readAll('a;b\r\n1;2\r\n', 4, ';', '\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('push(mixed CRLF and LF) reads every line', () => {
    expect(readAll('a|b\r\n1|2\n3|4\r\n', 5, '|', 'mixed')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('end() reads a quote that never closes as a plain character, so the rest of the file is not one field', () => {
    const reader = createRowReader(',', '\n');
    const text = 'a,b\n"open,1\n2,3\n4,"5\n6,7\n';
    const rows: string[][] = [];
    for (let at = 0; at < text.length; at += 2) rows.push(...reader.push(text.slice(at, at + 2)));
    const last = reader.end();
    expect([...rows, ...last]).toEqual([
      ['a', 'b'],
      ['"open', '1'],
      ['2', '3'],
      ['4', '"5'],
      ['6', '7'],
    ]);
    // Records are counted in what end() gave.
    expect(reader.unclosed.map((u) => last[u.record][u.field])).toEqual(['"open', '"5']);
  });

  it('end() keeps a quoted field with line breaks that does close, and repairs nothing', () => {
    const reader = createRowReader(',', '\n');
    expect(reader.push('a,b\n"two\nlines",1\n')).toEqual([
      ['a', 'b'],
      ['two\nlines', '1'],
    ]);
    expect(reader.end()).toEqual([]);
    expect(reader.unclosed).toEqual([]);
  });
});

describe('createRowReader(delimiter, newline).push(pieces cut anywhere)', () => {
  /** A field: plain, empty, or quoted with delimiters, quotes and line breaks inside. */
  const field = fc.oneof(
    fc.stringMatching(/^[a-z0-9 .]{0,6}$/),
    fc
      .array(fc.constantFrom('a', ',', '""', '\n', '\r\n', ' ', 'é'), { maxLength: 6 })
      .map((parts) => `"${parts.join('')}"`),
  );
  const record = fc.array(field, { minLength: 1, maxLength: 4 }).map((f) => f.join(','));

  it('gives the records the whole text gives, for any line breaks and any cuts', () => {
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 12 }),
        fc.constantFrom<Newline>('\n', '\r\n', '\r'),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 20 }),
        (records, newline, cuts) => {
          const text = records.join(newline);
          const whole = createRowReader(',', newline);
          const expected = [...whole.push(text), ...whole.end()];
          const reader = createRowReader(',', newline);
          const rows: string[][] = [];
          for (let at = 0, i = 0; at < text.length; at += cuts[i++ % cuts.length])
            rows.push(...reader.push(text.slice(at, at + cuts[i % cuts.length])));
          rows.push(...reader.end());
          expect(rows).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
