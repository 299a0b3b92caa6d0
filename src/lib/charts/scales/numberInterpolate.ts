/**
 * The d3-interpolate functions d3-scale calls, for numbers only (ports of d3-interpolate 3,
 * ISC licence, © Mike Bostock). Every scale in the charts maps numbers to pixel numbers, so
 * browser builds resolve `d3-interpolate` here and leave out its colour, string and object
 * interpolators, which bring all of d3-color with them (about 5 KB gzip).
 */

/** Linear interpolation between two numbers (d3's interpolateNumber). */
export function interpolateNumber(a: number, b: number): (t: number) => number {
  a = +a;
  b = +b;
  return (t) => a * (1 - t) + b * t;
}

/** As interpolateNumber, rounded to whole numbers (d3's interpolateRound). */
export function interpolateRound(a: number, b: number): (t: number) => number {
  const f = interpolateNumber(a, b);
  return (t) => Math.round(f(t));
}

/**
 * d3's generic `interpolate` as the scales use it: between two range values. Ranges here are
 * always pixel numbers; anything else is refused loudly rather than drawn wrong.
 */
export function interpolate(a: unknown, b: unknown): (t: number) => number {
  if (typeof b !== 'number' || typeof a !== 'number') {
    throw new TypeError('Chart scales interpolate numbers only.');
  }
  return interpolateNumber(a, b);
}

/** An interpolator through several values in turn (d3's piecewise). */
export function piecewise(
  make: (a: number, b: number) => (t: number) => number,
  values: readonly number[],
): (t: number) => number {
  const n = values.length - 1;
  const parts: ((t: number) => number)[] = [];
  for (let i = 0; i < n; i++) parts.push(make(values[i], values[i + 1]));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return parts[i](t - i);
  };
}
