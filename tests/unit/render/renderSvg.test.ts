import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../../src/lib/charts/buildChartSpec';
import { releaseChartSpec } from '../../../src/lib/dashboard/dashboardSpecs';
import { makeNumberColumn, makeTextColumn } from '../../../src/lib/data/makeColumn';
import type { Table } from '../../../src/lib/data/table';
import { renderSvg } from '../../../src/render/renderSvg';
import { longSeries } from '../charts/tradeTable';

const SIZE = { width: 640, height: 360 };

describe('renderSvg(spec)', () => {
  const svg = renderSvg(releaseChartSpec(SIZE));

  it('is a standalone document: namespace, size, background, fonts, no CSS variables or classes from the page', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="\d+"/);
    expect(svg).toContain("font-family=\"'DejaVu Sans'");
    expect(svg).not.toMatch(/var\(--|<style|svelte-/);
  });

  it('draws the title, the source line and the notes as text', () => {
    expect(svg).toContain('>China–Russia trade more than doubled in a decade</text>');
    expect(svg).toMatch(/>Source: CGTN via PR Newswire, [^<]*<\/text>/);
    expect(svg).toContain('>Note: 2022: “exceeding $190 billion”, a lower bound.</text>');
    expect(svg).toContain('>+116 %</text>');
  });

  it('leaves out the words of a note that point to a table: an image has none', () => {
    const spec = releaseChartSpec(SIZE);
    const image = renderSvg({
      ...spec,
      notes: [
        'Groups are not drawn as countries: EU (27 members). The table lists them.',
        '“Other” holds 12 small codes together, $1.2 bn; the table lists each.',
      ],
    });
    expect(image).toContain('>Note: Groups are not drawn as countries: EU (27 members).</text>');
    expect(image).toContain('>Note: “Other” holds 12 small codes together, $1.2 bn.</text>');
    expect(image).not.toMatch(/the table lists/i);
  });

  it('wraps long lines to the width', () => {
    const narrow = renderSvg(releaseChartSpec({ width: 320, height: 300 }));
    const lines = [
      ...narrow.matchAll(/<text x="16" y="[\d.]+" font-size="11" fill="#55585f">([^<]*)<\/text>/g),
    ];
    expect(lines.length).toBeGreaterThan(4);
    for (const [, text] of lines) expect(text.length).toBeLessThan(60);
  });

  it('escapes hostile text from a file: it stays text, never markup', () => {
    const evil = '<script>alert(1)</script> & "quotes"';
    const table: Table = {
      id: 'x',
      name: evil,
      rowCount: 2,
      columns: [
        makeTextColumn('year', 'period', ['2020', '2021'], Number),
        Object.assign(makeNumberColumn(evil, [1, 2]), { role: 'measure' as const }),
      ],
      provenance: { citations: [{ id: 'f', kind: 'user-file', publisher: evil, title: evil }] },
      issues: [],
    };
    const out = renderSvg(buildChartSpec(table, { x: 'year', y: [evil] }, SIZE));
    expect(out).not.toContain('<script');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
  });
});

describe('renderSvg(spec) of a dense series (drawn on canvas in the page)', () => {
  it('still draws the line, written from its coordinates', () => {
    const spec = buildChartSpec(longSeries(20_000), { x: 't', y: ['value'] }, SIZE);
    expect(spec.render).toBe('canvas');
    expect(spec.series[0].path).toBe('');
    const d = /<g class="marks"><path d="([^"]+)"/.exec(renderSvg(spec))?.[1] ?? '';
    expect(d.split('L').length).toBeGreaterThan(500);
    expect(d.match(/M/g)).toHaveLength(2);
  });
});
