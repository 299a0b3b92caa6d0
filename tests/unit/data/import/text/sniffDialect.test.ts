import { describe, expect, it } from 'vitest';
import { sniffDialect } from '../../../../../src/lib/data/import/text/sniffDialect';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('sniffDialect', () => {
  const cases = [
    {
      name: 'a plain CSV',
      input: 'a,b\n1,2\n',
      expected: { delimiter: ',', newline: '\n', headerLine: 1, headerIndex: 0, fieldCount: 2 },
    },
    {
      name: 'a CRLF file with a preamble',
      input: 'Title\r\n\r\nx;y;z\r\n1;2;3\r\n4;5;6\r\n',
      expected: { delimiter: ';', newline: '\r\n', headerLine: 3, headerIndex: 2, fieldCount: 3 },
    },
    {
      name: 'a blank first line',
      input: '\n\ncountry,value\nChina,1\n',
      expected: { delimiter: ',', headerLine: 3, headerIndex: 2, fieldCount: 2 },
    },
    {
      name: 'an Excel "sep=" line',
      input: 'sep=|\na|b\n1|2\n',
      expected: { delimiter: '|', headerLine: 2, headerIndex: 1 },
    },
    {
      name: 'a quoted line break above the header',
      input: '"note\nmore",\n\na,b\n1,2\n3,4\n',
      expected: { headerLine: 4, headerIndex: 2 },
    },
  ];
  for (const { name, input, expected } of cases) {
    it(`sniffDialect(${name}) reads ${JSON.stringify(expected)}`, () => {
      const result = sniffDialect(utf8(input));
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.dialect).toMatchObject(expected);
    });
  }

  it('sniffDialect(only blank space) refuses with a message', () => {
    const result = sniffDialect(utf8('  \n\t\n'));
    expect(result).toMatchObject({ ok: false, needMore: false });
    if (!result.ok) expect(result.error).toMatch(/only blank space/);
  });

  it('sniffDialect(a partial sample with no row yet) asks for more bytes', () => {
    expect(sniffDialect(utf8('   '), { final: false })).toMatchObject({
      ok: false,
      needMore: true,
    });
  });

  it('sniffDialect(a ZIP header) refuses it', () => {
    expect(sniffDialect(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0, 0))).toMatchObject({
      ok: false,
      needMore: false,
    });
  });
});
