import { afterEach, describe, expect, it, vi } from 'vitest';
import { dashboardContent } from '../../../src/app/dashboardContent';
import { withHandlers } from '../../../src/app/dashboardCharts';

/** A device's storage holding `saved` as the dashboard keeps its charts. */
const storageWith = (saved: Record<string, string>) =>
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => (key === 'tradelens:dashboard-charts' ? JSON.stringify(saved) : null),
  });

afterEach(() => vi.unstubAllGlobals());

describe('dashboardContent', () => {
  it('dashboardContent() reads the release’s four cards, its two charts and the cross-check', () => {
    const content = dashboardContent();
    expect(content.cards.map((c) => [c.heading, c.display])).toEqual([
      ['Two-way trade, 2022', '> $190 bn'],
      ['Growth since 2012', '+116 %'],
      ['Two-way trade, 2012', '> $87.7 bn'],
      ['Yearly growth, 2012–2022', '≈ 8.0 % a year'],
    ]);
    // Each card's source opens on the sentence its figure comes from, or is worked out from.
    const [f2022, growth, f2012, cagr] = content.cards;
    expect(f2012.quote).toBe(f2022.quote);
    expect(cagr.quote).toBe(growth.quote);
    expect(f2022.quote).toMatch(/190 billion/);
    expect(content.charts.map((c) => c.uid)).toEqual(['release-chart', 'annual-chart']);
    expect(content.check?.agrees).toBe(true);
    expect(content).toMatchObject({ hash: '', placed: '' });
  });

  it('dashboardContent(hash) places a link to one of its charts, and no other address', () => {
    const hash = '#v=1&dataset=china-russia-annual&type=column&title=Columns';
    const linked = dashboardContent(hash);
    expect(linked.placed).toBe(hash);
    expect(linked.charts[1].restore?.edits?.title).toBe('Columns');
    expect(dashboardContent('#upload-heading').placed).toBe('');
    expect(dashboardContent('#v=1&src=https%3A%2F%2Fexample.org%2Fa.csv').placed).toBe('');
  });

  it('dashboardContent(hash) shows a chart as this device left it, the address first', () => {
    storageWith({ release: '#v=1&dataset=release&type=column&title=Kept' });
    const [release, annual] = dashboardContent().charts;
    expect(release.restore?.edits?.title).toBe('Kept');
    expect(annual.restore).toBeUndefined();
  });
});

describe('withHandlers', () => {
  it('withHandlers(chart, on) tells the page of a change to that chart by its dataset', () => {
    const told: string[] = [];
    const chart = withHandlers(dashboardContent().charts[1], {
      onconfig: (dataset) => () => told.push(dataset),
    });
    chart.onconfig?.(chart.config!);
    expect(told).toEqual(['china-russia-annual']);
  });
});
