import { describe, expect, it } from 'vitest';
import { dashboardCharts } from '../../../src/app/dashboardCharts';
import { fillIsland, fillPlace, prerenderDashboard } from '../../../src/app/prerenderDashboard';

describe('prerenderDashboard', () => {
  it('writes each chart into its own island, with hydration markers of its own', () => {
    const { body } = prerenderDashboard();
    for (const { uid } of dashboardCharts()) {
      const at = body.indexOf(`data-island="${uid}"`);
      expect(at).toBeGreaterThan(-1);
      const inside = body.slice(body.indexOf('>', at) + 1);
      expect(inside.startsWith('<!--[-->')).toBe(true);
      expect(inside).toMatch(new RegExp(`^<!--\\[--><div class="chart-block[^"]*"[^>]*>`));
    }
    expect(body.match(/<figure/g)).toHaveLength(2);
    // Each plot is in the place its chart keeps for it, to be drawn anew a task after the rest.
    const places = body.match(/<div class="place"><!--\[--><div class="plot"[^>]*>/g);
    expect(places).toHaveLength(2);
    expect(body.match(/<svg[^>]*role="img"/g)).toHaveLength(2);
    expect(body).toContain('CGTN');
    expect(body).toContain('General Administration of Customs');
  });
});

describe('fillIsland', () => {
  const page = '<main><div class="island x" data-island="a"></div><p>b</p></main>';

  it('puts the HTML inside the empty island', () => {
    expect(fillIsland(page, 'a', '<svg></svg>')).toBe(
      '<main><div class="island x" data-island="a"><svg></svg></div><p>b</p></main>',
    );
  });

  it('refuses a page without that island, or with two', () => {
    expect(() => fillIsland(page, 'b', 'x')).toThrow(/0 empty islands for “b”/);
    expect(() => fillIsland(page + page, 'a', 'x')).toThrow(/2 empty islands/);
  });

  it('takes `$` in the HTML as text, not as a replacement pattern', () => {
    expect(fillIsland(page, 'a', '$1 $& $$')).toContain('>$1 $& $$</div>');
  });
});

describe('fillPlace', () => {
  const chart = '<figure><div class="measure"><div class="place"></div></div></figure>';

  it('puts the plot into the chart’s empty place for it', () => {
    expect(fillPlace(chart, '<svg></svg>')).toBe(
      '<figure><div class="measure"><div class="place"><svg></svg></div></div></figure>',
    );
  });

  it('refuses a chart without that place, or with two', () => {
    expect(() => fillPlace('<figure></figure>', 'x')).toThrow(/0 empty places/);
    expect(() => fillPlace(chart + chart, 'x')).toThrow(/2 empty places/);
  });
});
