import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { release } from '../../../src/lib/data/datasets/release';
import { standaloneSvg, type StandaloneSvgInput } from '../../../src/lib/export/standaloneSvg';
import { toCslJson } from '../../../src/lib/provenance/citationFormats/toCslJson';
import { formatCitation } from '../../../src/lib/provenance/formatCitation';
import { parseXml } from './parseXml';

const HOSTILE = '</text><script>alert(1)</script>';
const VARS = {
  'series-0': '#1f5fa8',
  grid: '#e3e3e3',
  muted: '#5c5c5c',
  fg: '#161616',
  bg: '#ffffff',
  accent: '#b3261e',
};

/** A small fixed chart, so the snapshot is the export's and not the chart engine's. */
const CHART = `<svg viewBox="0 0 320 160" width="100%" class="c" style="height:auto"><title>T</title><line x1="40" x2="310" y1="140" y2="140" stroke="var(--grid)"/><rect x="60" y="40" width="80" height="100" fill="var(--series-0)"/><text x="100" y="34" text-anchor="middle" fill="var(--fg)">&gt; $190 bn</text></svg>`;

const base: StandaloneSvgInput = {
  svg: CHART,
  width: 320,
  height: 160,
  title: 'China–Russia trade more than doubled in a decade',
  subtitle: 'US$ billion',
  sources: [formatCitation(release.citation)],
  notes: ['2022: “exceeding $190 billion”, a lower bound.'],
  citations: [release.citation],
  accessed: '2024-05-06',
  theme: {
    background: '#ffffff',
    foreground: '#161616',
    muted: '#5c5c5c',
    font: "system-ui, 'Segoe UI', sans-serif",
  },
  cssVariables: VARS,
};

describe('standaloneSvg(input)', () => {
  it('draws title, subtitle, the chart, sources and notes into one file', async () => {
    await expect(standaloneSvg(base)).toMatchFileSnapshot(
      '__snapshots__/standaloneSvg.release.svg',
    );
  });

  it('is well-formed XML in the SVG namespace, with a background and the font inline', () => {
    const doc = parseXml(standaloneSvg(base));
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('320');
    expect(root.getAttribute('font-family')).toBe("system-ui, 'Segoe UI', sans-serif");
    expect(root.querySelector(':scope > rect')?.getAttribute('fill')).toBe('#ffffff');
    const texts = [...root.querySelectorAll(':scope > text')].map((t) => t.textContent).join(' ');
    expect(texts).toContain('CGTN via PR Newswire');
    expect(texts).toContain('Note: 2022');
  });

  it('holds the citations as CSL-JSON in <metadata>', () => {
    const doc = parseXml(standaloneSvg(base));
    const json = JSON.parse(doc.querySelector('metadata')!.textContent!);
    expect(json).toEqual([toCslJson(release.citation, { accessed: '2024-05-06' })]);
  });

  it('nests the chart below the title, in its own coordinates, with the page colours written in', () => {
    const doc = parseXml(standaloneSvg(base));
    const chart = doc.documentElement.querySelector(':scope > svg')!;
    expect(chart.getAttribute('viewBox')).toBe('0 0 320 160');
    expect(chart.getAttribute('width')).toBe('320');
    expect(Number(chart.getAttribute('y'))).toBeGreaterThan(30);
    expect(chart.getAttribute('style')).toBeNull();
    expect(chart.querySelector('rect')!.getAttribute('fill')).toBe('#1f5fa8');
    expect(standaloneSvg(base)).not.toContain('var(--');
  });

  it('draws the key between the subtitle and the chart, and takes theme colours as page variables', () => {
    const doc = parseXml(
      standaloneSvg({
        ...base,
        legend: [{ label: 'GACC, as reported', color: 'var(--series-0)' }],
        theme: { ...base.theme, background: 'var(--bg)' },
      }),
    );
    const root = doc.documentElement;
    const key = [...root.querySelectorAll(':scope > text')].find(
      (t) => t.textContent === 'GACC, as reported',
    )!;
    const chartTop = Number(root.querySelector(':scope > svg')!.getAttribute('y'));
    expect(Number(key.getAttribute('y'))).toBeLessThan(chartTop);
    expect(root.querySelector(':scope > line')!.getAttribute('stroke')).toBe('#1f5fa8');
    expect(root.querySelector(':scope > rect')!.getAttribute('fill')).toBe('#ffffff');
  });

  it('keeps a hostile title, subtitle, source, note and citation as text', () => {
    const svg = standaloneSvg({
      ...base,
      title: HOSTILE,
      subtitle: HOSTILE,
      sources: [HOSTILE],
      notes: [`${HOSTILE} ]]> &amp;`],
      citations: [{ ...release.citation, title: `]]>${HOSTILE}` }],
      theme: { ...base.theme, font: `"/><script>alert(1)</script>` },
    });
    expect(svg).not.toMatch(/<script/i);
    const doc = parseXml(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.querySelector('title')!.textContent).toBe(HOSTILE);
    expect(JSON.parse(doc.querySelector('metadata')!.textContent!)[0].title).toBe(`]]>${HOSTILE}`);
  });

  it('strips scripts, handlers and foreign content from the chart markup', () => {
    const svg = standaloneSvg({
      ...base,
      svg: '<svg onload="alert(1)"><script>alert(1)</script><foreignObject><div>x</div></foreignObject><rect width="1" height="1"/></svg>',
    });
    expect(svg).not.toMatch(/<script|onload|foreignObject/i);
    expect(parseXml(svg).querySelectorAll('rect')).toHaveLength(2);
  });

  it('wraps a long source line to the width and grows the file to hold it', () => {
    const short = parseXml(standaloneSvg({ ...base, sources: ['A'] })).documentElement;
    const long = parseXml(
      standaloneSvg({ ...base, sources: ['word '.repeat(60)] }),
    ).documentElement;
    const lines = [...long.querySelectorAll(':scope > text')].filter((t) =>
      t.textContent!.includes('word'),
    );
    expect(lines.length).toBeGreaterThan(2);
    expect(Number(long.getAttribute('height'))).toBeGreaterThan(
      Number(short.getAttribute('height')),
    );
  });

  it('exports the dashboard release chart (fixtures/README.md), and resvg renders it at its size', () => {
    const markup = readFileSync(new URL('fixtures/release-chart.ssr.txt', import.meta.url), 'utf8');
    const svg = standaloneSvg({ ...base, svg: markup, width: 640, height: 360 });
    const doc = parseXml(svg);
    expect(doc.documentElement.querySelector(':scope > svg')!.textContent).toContain('190');
    expect(svg).not.toContain('var(--');
    const png = new Resvg(svg).render();
    expect(png.width).toBe(640);
    expect(png.height).toBe(Number(doc.documentElement.getAttribute('height')));
  });
});
