import type { ChartState } from '../../../src/lib/export';
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import CitePanel from '../../../src/lib/components/toolbar/CitePanel.svelte';
import { release } from '../../../src/lib/data/datasets/release';
import { annualCitation, dotsCitation } from '../../../src/lib/data/datasets/annual';
import { encodeState } from '../../../src/lib/export';

const ANNUAL = 'China–Russia two-way trade, 2012–2023';
const annual = {
  uid: 'c',
  citations: [annualCitation, dotsCitation, release.citation],
  accessed: '2026-12-04',
  title: ANNUAL,
};
const field = (label: string) => screen.getByLabelText(label) as HTMLTextAreaElement;
const page = () => new URL(location.pathname + location.search, location.href).href;

describe('CitePanel', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('names the chart as shown, edited title included, and cites its sources', () => {
    render(CitePanel, {
      uid: 'c',
      citations: [release.citation],
      accessed: '2026-12-04',
      title: 'China and Russia trade <b>more</b>',
    });
    expect(
      screen.getByText(
        'Cite the producers of the figures in “China and Russia trade <b>more</b>”, retrieved 2026-12-04.',
      ),
    ).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
    expect(field('APA').value).toContain('CGTN');
    expect(field('APA, this chart').value).toMatch(
      /^China and Russia trade <b>more<\/b> \[Chart\]/,
    );
  });

  it('cites the chart first, as a work at this page, in all five formats', () => {
    render(CitePanel, annual);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['This chart', 'Its sources']);
    expect(field('APA, this chart').value).toBe(
      `${ANNUAL} [Chart]. (n.d.). Tradelens. Retrieved December 4, 2026, from ${page()} Data: General Administration of Customs of China (GACC), as reported by news agencies; International Monetary Fund; CGTN.`,
    );
    expect(field('Chicago, this chart').value).toContain(`“${ANNUAL}.” Tradelens chart.`);
    expect(field('BibTeX, this chart').value).toContain(`url = {${page()}}`);
    expect(field('RIS, this chart').value).toMatch(/^TY {2}- CHART\nTI {2}- China–Russia/);
    expect(JSON.parse(field('CSL-JSON, this chart').value)[0]).toMatchObject({
      type: 'graphic',
      title: ANNUAL,
      URL: page(),
    });
  });

  it('gives the annual series no malformed RIS date, its span in a note', () => {
    render(CitePanel, annual);
    const ris = field('RIS').value;
    expect(ris).not.toContain('DA  - 2012');
    expect(ris).not.toMatch(/\/\/\/|PY {2}- 2012/);
    expect(ris).toContain('N1  - Covers 2012–2023');
    expect(ris).toContain('DA  - 2023/03/22/');
    expect(field('BibTeX').value).not.toContain('2012--2023');
  });

  it('keeps the address’s chart link only when it holds this chart, and prefers a given link', () => {
    const edited = encodeState({
      dataset: 'china-russia-annual',
      type: 'line',
      title: 'Trade soars',
    });
    history.replaceState(null, '', `#${edited}`);
    const { unmount } = render(CitePanel, { ...annual, title: 'Trade soars' });
    expect(field('RIS, this chart').value).toContain(`UR  - ${page()}#${edited}`);
    unmount();
    render(CitePanel, annual);
    expect(field('RIS, this chart').value).toContain(`UR  - ${page()}\n`);
    expect(field('RIS, this chart').value).not.toContain('#');
  });

  it('cites a chart that can be linked to by its own page, embed.html with its state', () => {
    render(CitePanel, {
      ...annual,
      state: { dataset: 'china-russia-annual', type: 'line', title: 'Mine' } as ChartState,
    });
    const chicago = field('Chicago, this chart').value;
    expect(chicago).toContain('/embed.html#v=1&dataset=china-russia-annual&type=line');
    expect(chicago).toContain('title=Mine');
  });
});
