import { describe, expect, it } from 'vitest';
import { leadInRange } from '../../../../src/lib/charts/defaults/leadInRange';
import type { NumberColumn, TextColumn } from '../../../../src/lib/data/table';

/** A period column of years, and a measure beside it: one row per year given. */
function yearly(years: number[], values = years.map(() => 1)) {
  const dictionary = [...new Set(years.map(String))];
  const time: TextColumn = {
    name: 'Year',
    type: 'period',
    dictionary,
    codes: Int32Array.from(years, (y) => dictionary.indexOf(String(y))),
    keys: Float64Array.from(dictionary, Number),
  };
  const measure: NumberColumn = {
    name: 'Value',
    type: 'number',
    values: Float64Array.from(values),
  };
  return { time, measure, mask: new Uint8Array(years.length).fill(1) };
}
const span = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('leadInRange(time, measure, mask)', () => {
  it('starts after a lone early year far from the rest (IMF DOTS: 1961, then 1978–2020)', () => {
    const { time, measure, mask } = yearly([1961, ...span(1978, 2020)]);
    expect(leadInRange(time, measure, mask)).toEqual([1978, 2020]);
  });

  it('starts after two early years apart from the rest (a databank download: 1990, 2000, 2013–2022)', () => {
    const { time, measure, mask } = yearly([1990, 2000, ...span(2013, 2022)]);
    expect(leadInRange(time, measure, mask)).toEqual([2013, 2022]);
  });

  it('keeps a series whose gaps are short, or in its middle, or whose early part is long', () => {
    expect(leadInRange(...args(yearly([2010, 2012, ...span(2013, 2022)])))).toBeUndefined();
    expect(
      leadInRange(...args(yearly([...span(1990, 1995), ...span(2010, 2020)]))),
    ).toBeUndefined();
    expect(
      leadInRange(...args(yearly([...span(1990, 2000), ...span(2015, 2022)]))),
    ).toBeUndefined();
  });

  it('reads only the rows kept, with a figure: a year of blanks or filtered out is no lead-in', () => {
    const given = yearly([1961, ...span(1978, 2020)], [NaN, ...span(1978, 2020)]);
    expect(leadInRange(given.time, given.measure, given.mask)).toBeUndefined();
    const kept = yearly([1961, ...span(1978, 2020)]);
    kept.mask[0] = 0;
    expect(leadInRange(kept.time, kept.measure, kept.mask)).toBeUndefined();
  });

  it('leaves short series, dates and numbers alone', () => {
    expect(leadInRange(...args(yearly([1961, 1990, 1991, 1992, 1993])))).toBeUndefined();
    const dates = yearly([1961, ...span(1978, 2020)]);
    expect(leadInRange({ ...dates.time, type: 'date' }, dates.measure, dates.mask)).toBeUndefined();
  });
});

function args(t: ReturnType<typeof yearly>): [TextColumn, NumberColumn, Uint8Array] {
  return [t.time, t.measure, t.mask];
}
