import fc from 'fast-check';
import * as d3 from 'd3-interpolate';
import { scaleLinear, scaleLog } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import {
  interpolate,
  interpolateNumber,
  interpolateRound,
  piecewise,
} from '../../../../src/lib/charts/scales/numberInterpolate';

const SEED = 20240501;
const num = fc.double({ min: -1e12, max: 1e12, noNaN: true });
const t = fc.double({ min: -0.5, max: 1.5, noNaN: true });

describe('number interpolators (what browser builds give d3-scale for d3-interpolate)', () => {
  it('interpolateNumber, interpolateRound and interpolate match d3-interpolate on numbers', () => {
    fc.assert(
      fc.property(num, num, t, (a, b, x) => {
        expect(interpolateNumber(a, b)(x)).toBe(d3.interpolateNumber(a, b)(x));
        expect(interpolateRound(a, b)(x)).toBe(d3.interpolateRound(a, b)(x));
        expect(interpolate(a, b)(x)).toBe((d3.interpolate(a, b) as (t: number) => number)(x));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('piecewise matches d3 through several stops', () => {
    const stops = [0, 40, 10, 300];
    for (const x of [0, 0.1, 1 / 3, 0.5, 0.9, 1]) {
      expect(piecewise(interpolateNumber, stops)(x)).toBe(
        d3.piecewise(d3.interpolateNumber, stops)(x),
      );
    }
  });

  it('gives linear and log scales the same pixels as d3’s own interpolators', () => {
    const lin = scaleLinear().domain([-3, 190.271]).range([340, 20]);
    const log = scaleLog().domain([1, 1e6]).range([0, 600]);
    for (const v of [-3, 0, 87.96, 190, 190.271]) {
      expect(lin.copy().interpolate(interpolate)(v)).toBe(lin(v));
    }
    for (const v of [1, 10, 555, 1e6]) expect(log.copy().interpolate(interpolate)(v)).toBe(log(v));
    expect(lin.copy().interpolate(interpolateRound)(87.96)).toBe(Math.round(lin(87.96)));
  });

  it('refuses a colour or text range instead of drawing it wrong', () => {
    expect(() => interpolate('red', 'blue')).toThrow('numbers only');
  });
});
