import { describe, expect, it } from 'vitest';
import { decodeState } from '../../../src/lib/export/decodeState';

describe('decodeState(hash) accepts', () => {
  const cases = [
    { hash: '#v=1&dataset=release&type=column', state: { dataset: 'release', type: 'column' } },
    { hash: 'type=line&dataset=release&', state: { dataset: 'release', type: 'line' } },
    { hash: 'type=line&y=a%2Cb,c', state: { type: 'line', y: ['a,b', 'c'] } },
    { hash: 'type=line&title=Trade%20%3C%201%25', state: { type: 'line', title: 'Trade < 1%' } },
    { hash: 'type=line&range=-5,1e3', state: { type: 'line', range: [-5, 1000] } },
    { hash: 'type=line&locale=de-de', state: { type: 'line', locale: 'de-DE' } },
    { hash: 'type=line&locale=zh-CN', state: { type: 'line', locale: 'zh-CN' } },
  ];
  for (const { hash, state } of cases)
    it(`decodeState('${hash}')`, () => expect(decodeState(hash)).toEqual({ ok: true, state }));

  it("keeps a filter on a column named __proto__ as the state's own, polluting nothing", () => {
    const result = decodeState('type=line&f.__proto__=x');
    expect(result.ok && Object.hasOwn(result.state.filters!, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('checks datasets against the list it is given', () => {
    expect(decodeState('type=line&dataset=release', { datasets: ['release'] }).ok).toBe(true);
    expect(decodeState('type=line&dataset=other', { datasets: ['release'] })).toEqual({
      ok: false,
      error: 'The link names a dataset Tradelens does not have.',
    });
  });
});

describe('decodeState(hash) refuses, with a message', () => {
  const cases = [
    { name: 'an empty hash', hash: '', error: /no chart/ },
    { name: 'a bare #', hash: '#', error: /no chart/ },
    { name: 'no chart type', hash: 'dataset=release', error: /which kind of chart/ },
    { name: 'an unknown chart type', hash: 'type=pie', error: /must be one of: line, column/ },
    { name: 'an unknown mode', hash: 'type=line&mode=eval', error: /“mode” must be one of/ },
    {
      name: 'a script in the title',
      hash: 'type=line&title=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      error: /markup/,
    },
    {
      name: 'an img tag in a column',
      hash: 'type=line&x=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      error: /markup/,
    },
    { name: 'a javascript: src', hash: 'type=line&src=javascript%3Aalert(1)', error: /http/ },
    { name: 'a data: src', hash: 'type=line&src=data%3Atext%2Fcsv%2Ca', error: /http/ },
    { name: 'a relative src', hash: 'type=line&src=data.csv', error: /full web address/ },
    {
      name: 'a src with a password',
      hash: 'type=line&src=https%3A%2F%2Fu%3Ap%40evil.example%2Fx.csv',
      error: /password/,
    },
    {
      name: 'both dataset and src',
      hash: 'type=line&dataset=release&src=https%3A%2F%2Fa.b%2Fc.csv',
      error: /both/,
    },
    { name: 'an infinite range', hash: 'type=line&range=1,Infinity', error: /range/ },
    {
      name: 'a locale that is no language tag',
      hash: 'type=line&locale=de_DE%21',
      error: /language tag/,
    },
    { name: 'markup as a locale', hash: 'type=line&locale=%3Cb%3E', error: /markup/ },
    { name: 'a reversed range', hash: 'type=line&range=2,1', error: /low then high/ },
    { name: 'a hex number', hash: 'type=line&range=0x10,20', error: /range/ },
    { name: 'one number', hash: 'type=line&range=1', error: /range/ },
    {
      name: 'broken percent-encoding',
      hash: 'type=line&title=%E0%A4%A',
      error: /not properly encoded/,
    },
    { name: 'a key given twice', hash: 'type=line&type=column', error: /“type” twice/ },
    { name: 'a filter given twice', hash: 'type=line&f.a=1&f.%61=2', error: /“filter” twice/ },
    { name: 'an unknown key', hash: 'type=line&onload=alert(1)', error: /does not know/ },
    { name: 'a key with no value', hash: 'type=line&x', error: /broken/ },
    { name: 'an upper-case dataset id', hash: 'type=line&dataset=Release', error: /dataset/ },
    { name: 'an empty value', hash: 'type=line&x=', error: /empty/ },
    { name: 'an empty list item', hash: 'type=line&y=a,,b', error: /empty/ },
    { name: 'a newline in the title', hash: 'type=line&title=a%0Ab', error: /control/ },
    {
      name: 'a 201-character title',
      hash: `type=line&title=${'a'.repeat(201)}`,
      error: /too long/,
    },
    { name: 'a 5 KB hash', hash: `type=line&title=${'a'.repeat(5000)}`, error: /too long/ },
    { name: 'a newer format', hash: 'v=2&type=line', error: /newer/ },
    {
      name: 'too many values',
      hash: `type=line&y=${Array(51).fill('a').join(',')}`,
      error: /too many/,
    },
  ];
  for (const { name, hash, error } of cases)
    it(`decodeState refuses ${name}`, () => {
      const result = decodeState(hash);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(error);
    });

  it('never echoes the hostile text in its message', () => {
    const result = decodeState('type=line&zz%3Cscript%3E=1');
    expect(result.ok === false && result.error).not.toMatch(/script|zz/);
  });

  it('answers a value that is not a string instead of throwing', () =>
    expect(decodeState(42 as unknown as string).ok).toBe(false));
});
