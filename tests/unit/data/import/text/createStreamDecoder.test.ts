import { describe, expect, it } from 'vitest';
import {
  createStreamDecoder,
  decodeText,
} from '../../../../../src/lib/data/import/text/createStreamDecoder';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('createStreamDecoder', () => {
  it('decodeText(UTF-8 with BOM) drops the BOM', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]), 'utf-8')).toBe('a');
  });

  it('decodeText(Windows-1252 bytes) reads Côte and Türkiye', () => {
    const bytes = Uint8Array.from([
      0x43, 0xf4, 0x74, 0x65, 0x20, 0x54, 0xfc, 0x72, 0x6b, 0x69, 0x79, 0x65,
    ]);
    expect(decodeText(bytes, 'windows-1252')).toBe('Côte Türkiye');
  });

  it('decodeText(Windows-1252 bytes 0x80–0x9F) reads € “ ” – ™, not control characters', () => {
    expect(decodeText(Uint8Array.of(0x80, 0x93, 0x94, 0x96, 0x99, 0x41), 'windows-1252')).toBe(
      '€“”–™A',
    );
  });

  it('decodeText(UTF-16LE with BOM) drops the BOM', () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x61, 0, 0x62, 0]), 'utf-16le')).toBe('ab');
  });

  it('decode(chunks) joins a character split across chunks', () => {
    const bytes = utf8('é€');
    const decoder = createStreamDecoder('utf-8');
    const text = [bytes.subarray(0, 1), bytes.subarray(1, 3), bytes.subarray(3)]
      .map((b, i) => decoder.decode(b, i === 2))
      .join('');
    expect(text).toBe('é€');
  });

  it('decode(ASCII, then a Windows-1252 byte) switches to windows-1252 without losing text', () => {
    const decoder = createStreamDecoder('utf-8');
    const first = decoder.decode(utf8('name\nAlbania\n'));
    const second = decoder.decode(Uint8Array.from([0x43, 0xf4, 0x74, 0x65, 0x0a]), true);
    expect(first + second).toBe('name\nAlbania\nCôte\n');
    expect(decoder.encoding).toBe('windows-1252');
    expect(decoder.replacedInvalid).toBe(false);
  });

  it('decode(UTF-8 text, then an invalid byte) replaces it and says so', () => {
    const decoder = createStreamDecoder('utf-8');
    decoder.decode(utf8('Zürich\n'));
    const rest = decoder.decode(Uint8Array.from([0x41, 0xff, 0x42]), true);
    expect(rest).toBe('A\ufffdB');
    expect(decoder.encoding).toBe('utf-8');
    expect(decoder.replacedInvalid).toBe(true);
  });

  it('decode(a U+FFFD written in the file) keeps it and reports nothing replaced', () => {
    const decoder = createStreamDecoder('utf-8');
    const bytes = utf8('name\nA\ufffdB\n');
    const text = decoder.decode(bytes.subarray(0, 7)) + decoder.decode(bytes.subarray(7), true);
    expect(text).toBe('name\nA\ufffdB\n');
    expect(decoder.encoding).toBe('utf-8');
    expect(decoder.replacedInvalid).toBe(false);
  });

  it('decode(a character split across chunks, then U+FFFD) judges the character whole', () => {
    const decoder = createStreamDecoder('utf-8');
    const bytes = utf8('Zü\ufffdrich');
    const text = [bytes.subarray(0, 2), bytes.subarray(2, 3), bytes.subarray(3)]
      .map((b, i) => decoder.decode(b, i === 2))
      .join('');
    expect(text).toBe('Zü\ufffdrich');
    expect(decoder.replacedInvalid).toBe(false);
  });

  it('decode(a character cut off by the end of the file) replaces it and says so', () => {
    const decoder = createStreamDecoder('utf-8');
    const first = decoder.decode(utf8('Zürich\n'));
    const rest = decoder.decode(Uint8Array.of(0x41, 0xe2, 0x82), true);
    expect(first + rest).toBe('Zürich\nA\ufffd');
    expect(decoder.replacedInvalid).toBe(true);
  });

  it('decode(a lead byte ending one chunk, ASCII starting the next) replaces it and says so', () => {
    const decoder = createStreamDecoder('utf-8');
    const first = decoder.decode(Uint8Array.of(...utf8('Zürich\n'), 0xe2));
    const rest = decoder.decode(utf8('AB'), true);
    expect(first + rest).toBe('Zürich\n\ufffdAB');
    expect(decoder.replacedInvalid).toBe(true);
  });
});
