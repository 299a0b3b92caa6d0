import { describe, expect, it } from 'vitest';
import { dashboardCharts } from '../../../src/app/dashboardCharts';
import { fillIsland, prerenderDashboard } from '../../../src/app/prerenderDashboard';

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
