import { describe, expect, it } from 'vitest';
import { dataLink } from '../../../src/app/dataLink';

describe('dataLink(search, hash)', () => {
  it('reads #src= and ?src=, the hash first', () => {
    const a = 'https://data.example.org/a.csv';
    expect(dataLink('', `#src=${encodeURIComponent(a)}`)).toEqual({ src: a });
    expect(dataLink(`?src=${encodeURIComponent(a)}`, '')).toEqual({ src: a });
    expect(dataLink('?src=https://x.example/b.csv', `#src=${a}`)).toEqual({ src: a });
  });
  it('leaves chart links and plain addresses alone', () => {
    expect(dataLink('', '#v=1&dataset=release&type=line')).toBeNull();
    expect(dataLink('', '')).toBeNull();
  });
  it.each([
    ['javascript:alert(1)', 'http:// or https://'],
    ['data:text/csv,a', 'http:// or https://'],
    ['https://u:p@x.example/a.csv', 'password'],
    ['https://x.example/<script>', 'markup'],
    ['', 'empty'],
  ])('refuses %j with a sentence', (raw, message) => {
    const got = dataLink('', `#src=${encodeURIComponent(raw)}`);
    expect(got).toMatchObject({ error: expect.stringContaining(message) });
  });
});
