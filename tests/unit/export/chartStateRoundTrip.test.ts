import { switchChartType } from '../../../src/lib/charts/config/switchChartType';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultChartConfig } from '../../../src/lib/charts/defaults/defaultChartConfig';
import { UNIT_CHOICES } from '../../../src/lib/charts/units/pickedUnit';
import { configFromState } from '../../../src/lib/export/configFromState';
import { decodeState } from '../../../src/lib/export/decodeState';
import { stateToAttributes } from '../../../src/lib/export/stateAttributes';
import { stateFromConfig } from '../../../src/lib/export/stateFromConfig';
import { encodeState, type ChartState } from '../../../src/lib/export/urlState';
import { patchedRecord } from '../../../src/lib/storage/tableStore';
import { attributesToState } from '../../../src/webcomponent/attributesToState';
import { tradeTable } from '../charts/tradeTable';

/*
 * One chart state, carried everywhere a chart goes: the address, an upload's saved record in
 * IndexedDB (a structured clone), the web component's attributes, and back into a chart's
 * config. Every route gives back the same state.
 */

/** Text as an author types it into a field: no markup, no control characters, trimmed. */
const word = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 24 })
  .map((s) => s.trim())
  .filter(
    // eslint-disable-next-line no-control-regex
    (s) => s.length > 0 && !/[\u0000-\u001f\u007f-\u009f]|<[a-z!/?]/i.test(s),
  );
/**
 * A series name in the attributes' lists: commas, quotes and colons too (`Korea, Republic of`,
 * `GACC, as reported`), which are quoted there; `;`, `|` and `=` separate filters only.
 */
const item = fc.oneof(
  word.filter((s) => !/[;|=]/.test(s)),
  fc.constantFrom('Korea, Republic of', 'GACC, as reported', 'say "hi", then: go', '"'),
);
const hex = fc
  .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);
const bound = fc.integer({ min: -1e6, max: 1e6 });

const table = tradeTable();
const columns = table.columns.map((c) => c.name);

const edited: fc.Arbitrary<ChartState> = fc
  .record(
    {
      title: word,
      subtitle: word,
      notes: fc.array(word, { minLength: 1, maxLength: 3 }),
      byline: word,
      unit: word,
      valueunit: fc.oneof(fc.constantFrom(...UNIT_CHOICES), word),
      decimals: fc.integer({ min: 0, max: 6 }),
      colors: fc.dictionary(item, hex, { minKeys: 1, maxKeys: 3 }),
      yrange: fc.oneof(
        fc.constant('zero' as const),
        fc
          .tuple(bound, bound)
          .filter(([a, b]) => a !== b)
          .map(([a, b]) => (a < b ? [a, b] : [b, a]) as [number, number]),
      ),
      hidden: fc.array(item, { minLength: 1, maxLength: 3 }),
      highlight: word,
      estimates: word,
      labels: fc.constant('ends' as const),
    },
    { requiredKeys: [] },
  )
  .map((s) => ({ dataset: 'release', type: 'line' as const, ...s }));

const RUNS = { numRuns: 300, seed: 20261203 };

describe('a chart state, carried everywhere', () => {
  it('comes back unchanged from the address', () =>
    fc.assert(
      fc.property(edited, (state) => {
        expect(decodeState(encodeState(state))).toEqual({ ok: true, state });
      }),
      RUNS,
    ));

  it('comes back unchanged from the web component’s attributes', () =>
    fc.assert(
      fc.property(
        edited.filter((s) => !s.notes?.some((n) => /\n/.test(n))),
        (state) => {
          const attributes = new Map(stateToAttributes(state));
          const read = attributesToState(
            (n) => attributes.get(n as never) ?? null,
            'https://x.example/',
            ['release'],
          );
          expect(read).toEqual({ ok: true, state });
        },
      ),
      RUNS,
    ));

  it('comes back unchanged from an upload’s saved record (a structured clone)', () =>
    fc.assert(
      fc.property(edited, (chart) => {
        const { dataset: _d, ...own } = chart;
        const stored = structuredClone({ id: 'u', savedAt: '', table });
        const back = patchedRecord(stored, structuredClone({ id: 'u', chart: own }));
        expect(back.chart).toEqual(own);
      }),
      RUNS,
    ));

  it('comes back unchanged through a chart’s config', () =>
    fc.assert(
      fc.property(edited, (state) => {
        const { hidden: _h, ...rest } = state;
        const base = defaultChartConfig(table);
        const applied = configFromState(
          table,
          base,
          { ...rest, x: base.x, y: base.y },
          switchChartType,
        );
        if (!applied.ok) throw new Error(applied.error);
        const back = stateFromConfig(applied.config, { dataset: 'release' });
        for (const key of [
          'title',
          'subtitle',
          'notes',
          'byline',
          'unit',
          'valueunit',
          'decimals',
          'colors',
        ] as const)
          expect(back[key]).toEqual(state[key]);
        expect(back.yrange).toEqual(state.yrange);
        expect(columns).toContain(back.x);
      }),
      RUNS,
    ));
});

describe('hostile text in every field', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  it.each(['title', 'subtitle', 'byline', 'unit', 'valueunit', 'notes', 'hidden'])(
    'a link with markup in %s is refused, with a sentence',
    (key) => {
      const r = decodeState(`v=1&dataset=release&type=line&${key}=${encodeURIComponent(hostile)}`);
      expect(r).toEqual({ ok: false, error: expect.stringContaining('markup') });
    },
  );
  it('an attribute with markup is refused too', () => {
    const r = attributesToState(
      (n) => ({ dataset: 'release', subtitle: hostile })[n] ?? null,
      'https://x.example/',
      ['release'],
    );
    expect(r.ok).toBe(false);
  });
  it('a colour that is not #rrggbb is refused', () => {
    const r = decodeState(`v=1&dataset=release&type=line&colors=A:${encodeURIComponent('red;x')}`);
    expect(r.ok).toBe(false);
  });
});
