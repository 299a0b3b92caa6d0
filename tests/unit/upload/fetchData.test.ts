import { describe, expect, it } from 'vitest';
import { fetchData, linkName } from '../../../src/lib/upload/fetchData';

const answer =
  (body: BodyInit | null, init: ResponseInit = {}): typeof fetch =>
  async () =>
    new Response(body, { headers: { 'content-type': 'text/csv' }, ...init });

describe('fetchData(address, onprogress, signal, fetcher)', () => {
  it('reads the file in pieces with progress, and names it after the address', async () => {
    const seen: number[] = [];
    const got = await fetchData(
      'https://data.example.org/dir/trade%20flows.csv?x=1',
      (bytes) => seen.push(bytes),
      undefined,
      answer('year,value\n2020,1\n'),
    );
    expect(got).toMatchObject({ ok: true, name: 'trade flows.csv' });
    if (got.ok) expect(await got.file.text()).toBe('year,value\n2020,1\n');
    expect(seen.at(-1)).toBe(18);
  });

  it.each([
    ['http://data.example.org/a.csv', answer('a'), 'https only'],
    ['not a url', answer('a'), 'not a full web address'],
    [
      'https://data.example.org/a.csv',
      (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
      'Access-Control-Allow-Origin',
    ],
    [
      'https://data.example.org/a.csv',
      answer('', { status: 404, statusText: 'Not Found' }),
      '404 Not Found',
    ],
    [
      'https://data.example.org/page',
      answer('<html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }),
      'text/html, not a data file',
    ],
    [
      'https://data.example.org/big.csv',
      answer('a', {
        headers: { 'content-type': 'text/csv', 'content-length': String(3 * 2 ** 30) },
      }),
      'filter or split',
    ],
  ])('%s gives one clear message (%#)', async (address, fetcher, message) => {
    const got = await fetchData(address, () => {}, undefined, fetcher);
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.error).toContain(message);
  });
});

describe('linkName(url)', () => {
  it('is the last path segment, decoded, or the host', () => {
    expect(linkName(new URL('https://h.example/a/b.csv'))).toBe('b.csv');
    expect(linkName(new URL('https://h.example/'))).toBe('h.example');
    expect(linkName(new URL('https://h.example/%E0%A4%A'))).toBe('%E0%A4%A');
  });
});
