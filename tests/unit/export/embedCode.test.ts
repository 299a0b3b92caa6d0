import { describe, expect, it } from 'vitest';
import { embedSnippet, webComponentSnippet } from '../../../src/lib/export/embedCode';
import type { ChartState } from '../../../src/lib/export/urlState';

const HOSTILE = `"><script>alert(1)</script><img src=x onerror=alert(1)>`;
const BASE = 'https://example.org/tradelens/';
const state: ChartState = { dataset: 'release', type: 'column', x: 'period', y: ['value'] };
const input = {
  baseUrl: BASE,
  state,
  title: 'China–Russia trade more than doubled in a decade',
  table: {
    columns: ['period', 'value'],
    rows: [
      ['2012', 87.96],
      ['2022', 190],
    ],
  },
  citationText: 'CGTN via PR Newswire, “CGTN: China-Russia ties deepened”, Beijing, 22 March 2023',
  height: 480,
};

/** The tags of a snippet, by name, in order. */
const tags = (html: string) =>
  [...html.matchAll(/<([a-z][\w-]*)/gi)].map((m) => m[1].toLowerCase());

describe('embedSnippet(input)', () => {
  const html = embedSnippet(input);

  it('frames embed.html with the chart state in the hash, lazily, full width, borderless', () =>
    expect(html).toContain(
      '<iframe src="https://example.org/tradelens/embed.html#v=1&amp;dataset=release&amp;type=column&amp;x=period&amp;y=value" title="China–Russia trade more than doubled in a decade" loading="lazy" style="width:100%;border:0" height="480" data-tradelens-frame></iframe>',
    ));

  it("has one script, which takes heights only from that origin's frames", () => {
    const script = html.match(/<script>([\s\S]*?)<\/script>/)![1];
    expect(tags(html).filter((t) => t === 'script')).toHaveLength(1);
    expect(script).toContain('var o="https://example.org"');
    expect(script).toContain('e.origin!==o');
    expect(script).toContain('contentWindow!==e.source');
    expect(script).toContain('"tradelens:height"');
    expect(() => new Function(script)).not.toThrow();
  });

  it('carries a static figure with the table and the citation', () => {
    expect(tags(html)).toEqual(
      expect.arrayContaining(['figure', 'table', 'thead', 'th', 'tbody', 'td', 'figcaption', 'a']),
    );
    expect(html).toContain('<td>190</td>');
    expect(html).toContain('Source: CGTN via PR Newswire, “CGTN: China-Russia ties deepened”');
  });

  it('keeps hostile titles, cells, columns and citations as text: the same tags as a plain snippet', () => {
    const shaped = (text: string) =>
      embedSnippet({
        ...input,
        title: text,
        table: { columns: [text], rows: [[text]] },
        citationText: text,
        state: { ...state, title: text },
      });
    const evil = shaped(HOSTILE);
    expect(tags(evil)).toEqual(tags(shaped('plain')));
    expect(evil).toContain(
      'title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"',
    );
  });

  it('clamps an unreasonable height', () => {
    expect(embedSnippet({ ...input, height: 1e9 })).toContain('height="5000"');
    expect(embedSnippet({ ...input, height: NaN })).toContain('height="400"');
  });
});

describe('webComponentSnippet({baseUrl, state})', () => {
  it('loads trade-chart.js and writes the state as attributes', () =>
    expect(webComponentSnippet({ baseUrl: BASE, state })).toBe(
      '<script type="module" src="https://example.org/tradelens/trade-chart.js"></script>\n<trade-chart dataset="release" type="column" x="period" y="value"></trade-chart>',
    ));

  it('joins several y columns with commas and writes every field of the state', () =>
    expect(
      webComponentSnippet({
        baseUrl: BASE,
        state: {
          src: 'https://example.org/data.csv',
          type: 'line',
          x: 'year',
          y: ['a', 'b'],
          series: 'partner',
          title: 'T',
          source: 'S',
          locale: 'de-DE',
          mode: 'index',
        },
      }),
    ).toContain(
      '<trade-chart src="https://example.org/data.csv" type="line" x="year" y="a,b" series="partner" title="T" source="S" locale="de-DE" mode="index"></trade-chart>',
    ));

  it('writes the editor’s fields as attributes: notes one per line, colours as Series:#hex', () => {
    const snippet = webComponentSnippet({
      baseUrl: BASE,
      state: {
        dataset: 'china-russia-annual',
        type: 'line',
        subtitle: 'US$ billion',
        notes: ['First note', 'Second, with a comma'],
        byline: 'Chart: A. Writer',
        decimals: 1,
        colors: { 'China-reported': '#d62728' },
        yrange: [0, 300],
        hidden: ['dots'],
        filters: { partner: ['Russia', 'Kazakhstan'] },
      },
    });
    expect(snippet).toContain('subtitle="US$ billion"');
    expect(snippet).toContain('notes="First note\nSecond, with a comma"');
    expect(snippet).toContain('byline="Chart: A. Writer" decimals="1"');
    expect(snippet).toContain('colors="China-reported:#d62728" yrange="0,300" hidden="dots"');
    expect(snippet).toContain('filters="partner=Russia|Kazakhstan"');
  });

  it('escapes hostile attribute values', () => {
    const html = webComponentSnippet({
      baseUrl: BASE,
      state: { type: 'line', title: HOSTILE, x: HOSTILE },
    });
    expect(tags(html)).toEqual(['script', 'trade-chart']);
  });
});
