import { describe, expect, it } from 'vitest';
import { dashboardCharts } from '../../../src/app/dashboardCharts';
import { decodeState, type ChartState } from '../../../src/lib/export';

const link = (hash: string): ChartState => {
  const decoded = decodeState(hash);
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.state;
};

describe('dashboardCharts', () => {
  it('draws the release and the annual series, neither restored without a link', () => {
    const charts = dashboardCharts();
    expect(charts.map((c) => c.dataset)).toEqual(['release', 'china-russia-annual']);
    expect(charts.map((c) => c.restore)).toEqual([undefined, undefined]);
  });

  it('gives a link to the annual series to that chart, with its edits, and leaves the other', () => {
    const [release, annual] = dashboardCharts({}, [
      link('#v=1&dataset=china-russia-annual&type=column&mode=index&title=Columns'),
    ]);
    expect(release.restore).toBeUndefined();
    expect(annual.restore).toMatchObject({ type: 'column', mode: 'index' });
    expect(annual.restore?.edits?.title).toBe('Columns');
    // The prerendered page drew the chart as it first is: that config is untouched.
    expect(annual.config?.type).toBe('line');
  });

  it('restores nothing for a link to data of its own, or to a column the table lacks', () => {
    const url = dashboardCharts({}, [link('#v=1&src=https%3A%2F%2Fexample.org%2Fa.csv&type=line')]);
    expect(url.every((c) => !c.restore)).toBe(true);
    const stale = dashboardCharts({}, [link('#v=1&dataset=release&type=column&y=no_such_column')]);
    expect(stale.every((c) => !c.restore)).toBe(true);
  });

  it('gives each chart the first link that is its own: the address, then what was kept', () => {
    const [release, annual] = dashboardCharts({}, [
      link('#v=1&dataset=china-russia-annual&type=line&title=From%20the%20address'),
      link('#v=1&dataset=release&type=column&title=Kept%20release'),
      link('#v=1&dataset=china-russia-annual&type=line&title=Kept%20annual'),
    ]);
    expect(annual.restore?.edits?.title).toBe('From the address');
    expect(release.restore?.edits?.title).toBe('Kept release');
  });
});
