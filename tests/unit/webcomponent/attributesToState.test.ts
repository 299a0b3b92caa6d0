import { describe, expect, it } from 'vitest';
import { attributesToState } from '../../../src/webcomponent/attributesToState';

const DATASETS = ['release', 'china-russia-annual'];
const BASE = 'https://report.example/2026/trade/index.html';

function read(attributes: Record<string, string>) {
  return attributesToState((name) => attributes[name] ?? null, BASE, DATASETS);
}

describe('attributesToState(get, baseUrl, datasets)', () => {
  it('keeps a built-in dataset without a type, so it keeps its own kind of chart', () => {
    expect(read({ dataset: 'release' })).toEqual({ ok: true, state: { dataset: 'release' } });
  });

  it('resolves a relative src against the page and reads the mapping attributes', () => {
    const r = read({
      src: '../data/trade.csv',
      type: 'column',
      x: 'year',
      y: 'exports, imports',
      series: 'partner',
      title: 'Trade with Aland',
      source: 'My survey',
    });
    expect(r).toEqual({
      ok: true,
      state: {
        src: 'https://report.example/2026/data/trade.csv',
        type: 'column',
        x: 'year',
        y: ['exports', 'imports'],
        series: 'partner',
        title: 'Trade with Aland',
        source: 'My survey',
      },
    });
  });

  it('reads locale as a canonical language tag, and refuses one that is not', () => {
    expect(read({ dataset: 'release', locale: 'fr-fr' })).toEqual({
      ok: true,
      state: { dataset: 'release', locale: 'fr-FR' },
    });
    expect(read({ dataset: 'release', locale: 'fr_FR!' })).toEqual({
      ok: false,
      error: expect.stringMatching(/^The locale attribute is not a language tag/),
    });
  });

  it.each([
    [{}, 'Give the chart a dataset or a src attribute.'],
    [{ dataset: 'release', type: 'pie' }, 'The type “pie” is not one of'],
    [{ dataset: 'gdp' }, 'The dataset attribute names a dataset Tradelens does not have.'],
    [
      { dataset: 'release', title: '<img src=x onerror=alert(1)>' },
      'The title attribute contains markup',
    ],
    [{ src: 'javascript:alert(1)' }, 'The src address must start with http:// or https://.'],
    [
      { dataset: 'release', src: 'a.csv' },
      'Give the chart a dataset or a src attribute, not both.',
    ],
  ])('refuses %j, saying which attribute is wrong', (attributes, message) => {
    const r = read(attributes as Record<string, string>);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain(message);
      expect(r.error).not.toContain('link');
    }
  });
});
