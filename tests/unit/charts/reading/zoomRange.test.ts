import { describe, expect, it } from 'vitest';
import type { ChartView } from '../../../../src/lib/charts/spec';
import {
  brushRange,
  keyAt,
  panRange,
  snapRange,
  zoomRange,
} from '../../../../src/lib/charts/reading/zoomRange';
import { chartKey } from '../../../../src/lib/charts/reading/chartKey';

const view: ChartView = {
  mode: 'values',
  scale: 'linear',
  periods: [],
  range: [2012, 2020],
  domain: [2012, 2020],
  xMap: { px: [100, 500], keys: [2012, 2020] },
  zoomable: true,
  relative: true,
  loggable: true,
};

describe('zoom helpers', () => {
  it('keyAt(view, px) maps a pixel to its key, clamped to the plot', () => {
    expect(keyAt(view, 300)).toBe(2016);
    expect(keyAt(view, 0)).toBe(2012);
  });
  it('brushRange(view, px0, px1) gives the brushed keys; a click-sized brush is no zoom', () => {
    expect(brushRange(view, 350, 150)).toEqual([2013, 2017]);
    expect(brushRange(view, 200, 203)).toBeNull();
  });
  it('zoomRange(view, 0.5, at) halves the range around a key, and zooming out to all resets', () => {
    expect(zoomRange(view, 0.5, 2016)).toEqual([2014, 2018]);
    expect(zoomRange({ ...view, range: [2014, 2018] }, 2)).toBeNull();
    expect(zoomRange(view, 0.5, 2012)).toEqual([2012, 2016]);
  });
  it('panRange(view, fraction) moves the range and stops at the ends', () => {
    expect(panRange({ ...view, range: [2014, 2016] }, 0.5)).toEqual([2015, 2017]);
    expect(panRange({ ...view, range: [2018, 2020] }, 1)).toEqual([2018, 2020]);
  });
});

describe('zoom helpers on a view with periods', () => {
  const years = { ...view, keys: Float64Array.from({ length: 9 }, (_, i) => 2012 + i) };
  it('snapRange(view, range) puts both ends on periods: a link holds 2016,2020, not floats', () => {
    expect(snapRange(years, [2015.9999996070699, 2020.2000004191254])).toEqual([2016, 2020]);
    expect(snapRange(years, [2011.8, 2020.3])).toBeNull();
  });
  it('snapRange(view, range) widens a range to at least three periods, inside the domain', () => {
    expect(snapRange(years, [2016.4, 2016.6])).toEqual([2015, 2017]);
    expect(snapRange(years, [2012, 2012.2])).toEqual([2012, 2014]);
    expect(snapRange(years, [2019.9, 2020])).toEqual([2018, 2020]);
  });
  it('zoomRange and brushRange land on periods, and zooming in twice keeps three periods', () => {
    const once = zoomRange(years, 0.5)!;
    expect(once).toEqual([2014, 2018]);
    expect(zoomRange({ ...years, range: once }, 0.5)).toEqual([2015, 2017]);
    expect(zoomRange({ ...years, range: [2015, 2017] }, 0.5)).toEqual([2015, 2017]);
    expect(brushRange(years, 151, 349)).toEqual([2013, 2017]);
  });
  it('panRange moves by whole periods, at least one, both ways, and stops at the ends', () => {
    const three = { ...years, range: [2015, 2017] as [number, number] };
    expect(panRange(three, -0.25)).toEqual([2014, 2016]);
    expect(panRange(three, 0.25)).toEqual([2016, 2018]);
    expect(panRange({ ...years, range: [2018, 2020] }, 0.25)).toEqual([2018, 2020]);
  });
});

describe('chartKey(key, shift, view, zoomable, activeX)', () => {
  const cases = [
    { key: 'Escape', shift: false, active: undefined, expected: { kind: 'leave' } },
    { key: 'Enter', shift: false, active: 300, expected: { kind: 'open' } },
    // No point shown (a zoom puts it away): Enter shows the first.
    { key: 'Enter', shift: false, active: undefined, expected: { kind: 'move', key: 'Home' } },
    {
      key: 'ArrowRight',
      shift: false,
      active: undefined,
      expected: { kind: 'move', key: 'ArrowRight' },
    },
    { key: '+', shift: false, active: 300, expected: { kind: 'zoom', range: [2014, 2018] } },
    { key: '0', shift: false, active: undefined, expected: { kind: 'zoom', range: null } },
    { key: 'ArrowRight', shift: true, active: undefined, expected: { kind: 'zoom', range: null } },
    { key: 'a', shift: false, active: undefined, expected: null },
  ] as const;
  for (const c of cases)
    it(`chartKey('${c.key}', ${c.shift}) → ${JSON.stringify(c.expected)}`, () =>
      expect(chartKey(c.key, c.shift, view, true, c.active)).toEqual(c.expected));
});
