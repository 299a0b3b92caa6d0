import { describe, expect, it } from 'vitest';
import { embedRefusal } from '../../../src/lib/export/embedRefusal';
import { STATE_LIMITS, type ChartState } from '../../../src/lib/export/urlState';

const base: ChartState = {
  src: 'https://example.org/data.csv',
  type: 'bar',
  x: 'Commodity',
  y: ['Trade Value (US$)'],
};

describe('embedRefusal(state)', () => {
  it('is null for a chart a link can carry', () => {
    expect(embedRefusal({ ...base, title: 'US exports to China, 2017' })).toBeNull();
  });

  it('names the filter that keeps too many values, not the title', () => {
    const values = Array.from({ length: 151 }, (_, i) => `Commodity ${i}`);
    const why = embedRefusal({ ...base, title: 'Short', filters: { Commodity: values } });
    expect(why).toBe(
      `This chart cannot travel in an embed link: the Commodity filter keeps 151 values, and a link holds ${STATE_LIMITS.list}. Keep fewer in that filter.`,
    );
    expect(why).not.toMatch(/title/);
  });

  it('names a text too long, or with markup, and says what to do', () => {
    expect(embedRefusal({ ...base, subtitle: 'x'.repeat(STATE_LIMITS.text + 1) })).toMatch(
      /its subtitle is 201 characters long, and a link holds 200\. Shorten it\.$/,
    );
    expect(embedRefusal({ ...base, title: 'Trade <b>up</b>' })).toMatch(
      /its title contains < or >, which an embed refuses\. Remove them\.$/,
    );
  });

  it('says when the settings as a whole are more than a link holds', () => {
    const values = Array.from({ length: 40 }, (_, i) => `${'Long commodity name '.repeat(8)}${i}`);
    const filters = { A: values, B: values };
    expect(embedRefusal({ ...base, filters })).toMatch(
      /more than a link holds \(4096 characters\)/,
    );
  });
});
