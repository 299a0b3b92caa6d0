import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { release, releaseFigure, releaseTable } from '../../../../src/lib/data/datasets/release';
import { releaseText } from '../../../../src/lib/data/datasets/releaseText';
import { recomputeFigure } from '../../../../src/lib/provenance/recomputeFigure';

const SEED = 'seeds/000_f6935ff67abff69e.txt';
const byId = new Map(release.figures.map((f) => [f.id, f]));

describe('seeds/', () => {
  it('holds the press release byte for byte', () => {
    const bytes = readFileSync(SEED);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      '1350df8e53461cbc821beab5e08ae41b60d1237e169458f76b4360fbdf5f2f57',
    );
    const shared = '../shared/seeds/000_f6935ff67abff69e.txt';
    if (existsSync(shared)) expect(bytes.equals(readFileSync(shared))).toBe(true);
    expect(releaseText).toBe(bytes.toString('utf8'));
  });
});

describe('release figures', () => {
  it('cite the release as printed, with no invented URL', () => {
    expect(release.citation).toMatchObject({
      publisher: 'CGTN',
      distributor: 'PR Newswire',
      place: 'Beijing',
      date: '2023-03-22',
      title: 'CGTN: China-Russia ties deepened as Xi stresses ‘new chapter’ in his visit',
    });
    expect(release.citation.url).toBeUndefined();
    expect(releaseText.startsWith(release.citation.title)).toBe(true);
    expect(releaseText).toContain('BEIJING, March 22, 2023 /PRNewswire/');
  });

  for (const f of release.figures.filter((f) => f.quote)) {
    it(`${f.id}: its quote appears verbatim in the release`, () => {
      expect(releaseText).toContain(f.quote);
    });
    it(`${f.id}: its number (${f.value}) is the number in its quote`, () => {
      expect(f.figureText).toBeDefined();
      expect(f.quote).toContain(f.figureText);
      const numbers = (f.figureText ?? '').match(/\d+(?:\.\d+)?/g)?.map(Number);
      expect(numbers).toEqual([f.value]);
    });
  }

  it('store “exceeding $190 billion” as a lower bound', () => {
    const f = releaseFigure('trade-2022');
    expect(f.qualifier).toBe('lower-bound');
    expect(f.figureText).toBe('exceeding $190 billion');
  });

  it('store 116 percent as rounded, 115.5–116.5', () => {
    expect(releaseFigure('growth-2012-2022').interval).toEqual({ low: 115.5, high: 116.5 });
  });

  for (const f of release.figures.filter((f) => f.derived)) {
    it(`${f.id}: is marked derived, has no quote of its own, and recomputes from its inputs`, () => {
      expect(f.qualifier).toBe('derived');
      expect(f.quote).toBeUndefined();
      const { value, interval } = recomputeFigure(f, byId);
      expect(value).toBe(f.value);
      expect(interval).toEqual(f.interval);
    });
  }

  it('derive 2012 as ≈ $88.0 bn = 190 / 2.16, and the yearly growth as ≈ 8.0 %', () => {
    expect(releaseFigure('trade-2012-derived').value).toBeCloseTo(190 / 2.16, 2);
    expect(releaseFigure('cagr-2012-2022-derived').value).toBeCloseTo(
      (2.16 ** (1 / 10) - 1) * 100,
      2,
    );
  });
});

describe('releaseTable()', () => {
  it('gives the two levels with their qualifiers: 2022 a lower bound, 2012 derived from it, so one too, at its lowest', () => {
    const t = releaseTable();
    expect(t.rowCount).toBe(2);
    const q = t.columns.find((c) => c.name === 'qualifier');
    const p = t.columns.find((c) => c.name === 'period');
    if (q?.type === 'number' || p?.type === 'number' || !q || !p) throw new Error('bad columns');
    const rows = [0, 1].map((i) => [p.dictionary[p.codes[i]], q.dictionary[q.codes[i]]]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['2022', 'lower-bound'],
        ['2012', 'derived-lower-bound'],
      ]),
    );
    const v = t.columns.find((c) => c.name === 'value');
    // 190 / (1 + 1.165): the growth of 116 % being rounded.
    expect(v?.type === 'number' && [...v.values].sort((a, b) => a - b)).toEqual([87.76, 190]);
  });
});
