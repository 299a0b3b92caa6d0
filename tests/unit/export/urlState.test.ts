import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeState } from '../../../src/lib/export/decodeState';
import {
  CHART_MODES,
  CHART_SCALES,
  CHART_TYPES,
  encodeState,
  STATE_LIMITS,
  type ChartState,
} from '../../../src/lib/export/urlState';

describe('encodeState(state)', () => {
  const cases: { state: ChartState; expected: string }[] = [
    {
      state: { dataset: 'release', type: 'column' },
      expected: 'v=1&dataset=release&type=column',
    },
    {
      state: {
        dataset: 'china-russia-annual',
        type: 'line',
        x: 'year',
        y: ['total_usd_bn_as_reported', 'imf, dots'],
        mode: 'index',
        base: '2012',
        scale: 'log',
        range: [2012, 2020.5],
        title: 'China–Russia trade & more',
      },
      expected:
        'v=1&dataset=china-russia-annual&type=line&x=year&y=total_usd_bn_as_reported,imf%2C%20dots&mode=index&base=2012&scale=log&range=2012,2020.5&title=China%E2%80%93Russia%20trade%20%26%20more',
    },
    {
      state: {
        src: 'https://example.org/data.csv?a=1&b=2',
        type: 'bar',
        filters: { 'reporter country': ['China', 'Russia,Federation'] },
      },
      expected:
        'v=1&src=https%3A%2F%2Fexample.org%2Fdata.csv%3Fa%3D1%26b%3D2&type=bar&f.reporter%20country=China,Russia%2CFederation',
    },
    { state: { type: 'line', range: [-0, 1e-7] }, expected: 'v=1&type=line&range=-0,1e-7' },
  ];
  for (const { state, expected } of cases)
    it(`encodeState(${JSON.stringify(state)}) → '${expected}'`, () => {
      expect(encodeState(state)).toBe(expected);
      expect(decodeState(expected)).toEqual({ ok: true, state });
    });

  it('turns a lone surrogate into U+FFFD instead of throwing', () =>
    expect(encodeState({ type: 'line', title: 'a\ud800' })).toBe('v=1&type=line&title=a%EF%BF%BD'));
});

/** What decodeState refuses in text: control characters and markup. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f]|<[a-z!/?]/i;

/** Text a chart state may hold: no control characters, no markup, and the hash's own delimiters. */
const text = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
    fc.constantFrom(',', '&', '=', '%', '#', '%2C', 'a,b', ' ', 'f.x', '__proto__', '<1', 'a < b'),
  )
  .filter((s) => s.length <= STATE_LIMITS.text && !UNSAFE.test(s));

const src = fc
  .webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true })
  .filter((s) => s.length <= STATE_LIMITS.src && !/\s/.test(s) && !UNSAFE.test(s));

const number = fc.double({ noNaN: true, noDefaultInfinity: true });
const hex = fc
  .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);

const validState: fc.Arbitrary<ChartState> = fc
  .record(
    {
      dataset: fc.stringMatching(/^[a-z0-9-]{1,64}$/),
      src,
      type: fc.constantFrom(...CHART_TYPES),
      x: text,
      y: fc.array(text, { minLength: 1, maxLength: 4 }),
      series: text,
      filters: fc.dictionary(text, fc.array(text, { minLength: 1, maxLength: 4 }), {
        minKeys: 1,
        maxKeys: 4,
      }),
      mode: fc.constantFrom(...CHART_MODES),
      base: text,
      scale: fc.constantFrom(...CHART_SCALES),
      range: fc
        .tuple(number, number)
        .map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]),
      title: text,
      source: text,
      locale: fc.constantFrom('en', 'de-DE', 'fr-FR', 'ru-RU', 'zh-CN', 'pt-BR', 'ar-EG'),
      subtitle: text,
      notes: fc.array(text, { minLength: 1, maxLength: 4 }),
      byline: text,
      unit: text,
      decimals: fc.integer({ min: 0, max: 6 }),
      colors: fc.dictionary(text, hex, { minKeys: 1, maxKeys: 4 }),
      yrange: fc.oneof(
        fc.constant('zero' as const),
        fc
          .tuple(number, number)
          .filter(([a, b]) => a !== b)
          .map(([a, b]) => (a < b ? [a, b] : [b, a]) as [number, number]),
      ),
      hidden: fc.array(text, { minLength: 1, maxLength: 4 }),
    },
    { requiredKeys: ['type'] },
  )
  .map((s) => (s.dataset && s.src ? { ...s, src: undefined } : s))
  .map(
    (s) =>
      Object.fromEntries(
        Object.entries(s).filter(([, v]) => v !== undefined),
      ) as unknown as ChartState,
  )
  .filter((s) => encodeState(s).length <= STATE_LIMITS.hash);

describe('decodeState(encodeState(state))', () => {
  it('gives back every valid state, exactly', () =>
    fc.assert(
      fc.property(validState, (state) => {
        expect(decodeState(encodeState(state))).toEqual({ ok: true, state });
      }),
      { numRuns: 500, seed: 20261203 },
    ));
});

describe('decodeState(hash) on arbitrary input', () => {
  const check = (hash: string) => {
    const result = decodeState(hash);
    if (result.ok) expect(CHART_TYPES).toContain(result.state.type);
    else expect(typeof result.error).toBe('string');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  };

  it('never throws on any string', () =>
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), {
      numRuns: 1000,
    }));

  const piece = fc.constantFrom(
    'v=1',
    'type=line',
    'type=',
    '&',
    '=',
    '%',
    '%E0%A4%A',
    '%00',
    'f.',
    'f.__proto__=x',
    'dataset=release',
    'src=https%3A%2F%2Fa.b%2Fc.csv',
    'range=1,2',
    'range=,',
    'y=,,',
    ',',
    '#',
    '%3Cscript%3E',
    'constructor',
    'title=',
    'x=a',
  );
  it('never throws on strings made of the hash syntax', () =>
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
        check,
      ),
      {
        numRuns: 1000,
      },
    ));
});
