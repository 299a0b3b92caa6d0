import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/provenance/figure';
import { recomputeFigure } from '../../../src/lib/provenance/recomputeFigure';

const level: Figure = {
  id: 'level',
  label: 'Level',
  value: 100,
  unit: 'USD billion',
  period: '2020',
  reporter: 'A',
  partner: 'B',
  flow: 'two-way',
  qualifier: 'exact',
};
const growth: Figure = {
  ...level,
  id: 'growth',
  value: 100,
  unit: 'percent',
  qualifier: 'rounded',
  interval: { low: 99.5, high: 100.5 },
};
const byId = new Map([level, growth].map((f) => [f.id, f]));
const derived = (method: 'base-from-growth' | 'compound-rate', inputs: string[]): Figure => ({
  ...level,
  id: 'd',
  qualifier: 'derived',
  derived: { formula: '', expression: '', method, inputs, decimals: 3, years: 10 },
});

describe('recomputeFigure(figure, byId)', () => {
  it('base-from-growth: halves a level that doubled, with a closed interval for an exact level', () => {
    const r = recomputeFigure(derived('base-from-growth', ['level', 'growth']), byId);
    expect(r.value).toBe(50);
    expect(r.interval).toEqual({ low: 49.875, high: 50.125 });
  });

  it('base-from-growth: leaves the top open when the level is a lower bound', () => {
    const bounded = new Map(byId).set('level', { ...level, qualifier: 'lower-bound' });
    const r = recomputeFigure(derived('base-from-growth', ['level', 'growth']), bounded);
    expect(r.interval.high).toBeNull();
    expect(r.interval.ifExact).toEqual({ low: 49.875, high: 50.125 });
  });

  it('compound-rate: doubling in ten years is 7.177 % a year', () => {
    const r = recomputeFigure(derived('compound-rate', ['growth']), byId);
    expect(r.value).toBe(7.177);
  });

  it('throws for a figure that is not derived or lacks an input (a data error, caught in tests)', () => {
    expect(() => recomputeFigure(level, byId)).toThrow(/not derived/);
    expect(() => recomputeFigure(derived('compound-rate', ['nope']), byId)).toThrow(/missing/);
  });
});
