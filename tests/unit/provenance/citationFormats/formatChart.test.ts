import { describe, expect, it } from 'vitest';
import {
  chartCslJson,
  formatChartApa,
  formatChartBibtex,
  formatChartChicago,
  formatChartRis,
  stringifyCslJson,
  type ChartWork,
} from '../../../../src/lib/provenance/citationFormats';
import { annualCitation, dotsCitation } from '../../../../src/lib/data/datasets/annual';
import { hostile, releaseCitation, tass } from './fixtures';

const DATA =
  'Data: General Administration of Customs of China (GACC), as reported by news agencies; International Monetary Fund; CGTN';

/** The annual chart as the dashboard draws it, seen at the page's address. */
const annual: ChartWork = {
  title: 'China–Russia two-way trade, 2012–2023',
  url: 'https://tradelens.example/',
  accessed: '2026-12-04',
  sources: [annualCitation, dotsCitation, releaseCitation],
};

describe('the chart as a work, in five formats', () => {
  it('APA: title, [Chart], n.d., Tradelens, retrieval date with the URL, then the data', () =>
    expect(formatChartApa(annual)).toBe(
      `China–Russia two-way trade, 2012–2023 [Chart]. (n.d.). Tradelens. Retrieved December 4, 2026, from https://tradelens.example/ ${DATA}.`,
    ));

  it('Chicago: title in quotes, Tradelens chart, access date, URL, then the data', () =>
    expect(formatChartChicago(annual)).toBe(
      `“China–Russia two-way trade, 2012–2023.” Tradelens chart. Accessed December 4, 2026. https://tradelens.example/. ${DATA}.`,
    ));

  it('BibTeX: @misc with howpublished, url, urldate and the data in a note', () =>
    expect(formatChartBibtex(annual)).toBe(
      [
        '@misc{tradelens2026china,',
        '  title = {{China–Russia two-way trade, 2012–2023}},',
        '  howpublished = {Tradelens chart},',
        '  url = {https://tradelens.example/},',
        '  urldate = {2026-12-04},',
        `  note = {${DATA}},`,
        '}',
      ].join('\n'),
    ));

  it('RIS: a CHART record, no PY or DA, the data in N1', () =>
    expect(formatChartRis(annual)).toBe(
      [
        'TY  - CHART',
        'TI  - China–Russia two-way trade, 2012–2023',
        'PB  - Tradelens',
        'UR  - https://tradelens.example/',
        'Y2  - 2026/12/04/',
        `N1  - ${DATA}`,
        'ER  - ',
        '',
      ].join('\r\n'),
    ));

  it('CSL-JSON: a graphic of genre Chart, accessed, with no issued date', () =>
    expect(chartCslJson(annual)).toEqual({
      id: 'tradelens-chart',
      type: 'graphic',
      genre: 'Chart',
      title: 'China–Russia two-way trade, 2012–2023',
      publisher: 'Tradelens',
      accessed: { 'date-parts': [[2026, 12, 4]] },
      URL: 'https://tradelens.example/',
      note: DATA,
    }));

  it('names each producer once, an outlet as a producer', () =>
    expect(formatChartApa({ ...annual, sources: [tass, tass, releaseCitation] })).toContain(
      'Data: TASS; CGTN.',
    ));

  it('without an address: no retrieval clause, no URL, and no sources: no Data', () => {
    const bare = { title: 'Trade', accessed: '2026-12-04', sources: [] };
    expect(formatChartApa(bare)).toBe('Trade [Chart]. (n.d.). Tradelens.');
    expect(formatChartChicago(bare)).toBe('“Trade.” Tradelens chart.');
    expect(formatChartRis(bare)).not.toMatch(/UR {2}-|N1 {2}-/);
  });

  it('an untitled chart is called so, not left as empty quotes or brackets', () => {
    const untitled = { ...annual, title: ' \n ' };
    expect(formatChartApa(untitled)).toMatch(/^Untitled chart \[Chart\]\./);
    expect(formatChartChicago(untitled)).toMatch(/^“Untitled chart\.”/);
  });
});

describe('the chart as a work, from hostile text', () => {
  const evil: ChartWork = {
    title: '}\n@misc{evil,\nER  - \r\nTY  - JOUR <b>x</b>',
    url: 'javascript:alert(1)',
    accessed: '2026-12-04',
    sources: [hostile],
  };

  it('drops a URL that is not http(s) in every format', () => {
    for (const text of [
      formatChartApa(evil),
      formatChartChicago(evil),
      formatChartBibtex(evil),
      formatChartRis(evil),
      stringifyCslJson([chartCslJson(evil)]),
    ])
      expect(text).not.toContain('javascript');
  });

  it('BibTeX: one entry, every brace of the title and producer escaped', () => {
    const entry = formatChartBibtex(evil);
    expect(entry.split('\n').filter((l) => l.startsWith('@'))).toHaveLength(1);
    expect(entry).toContain('title = {{\\} @misc\\{evil, ER - TY - JOUR <b>x</b>}},');
    expect(entry).toContain(
      'note = {Data: Me \\& \\{you\\} <script>alert(1)</script> \\} @misc\\{evil, ER - TY - JOUR},',
    );
  });

  it('RIS: one record, the title on one TI line', () => {
    const lines = formatChartRis(evil).split('\r\n');
    expect(lines.filter((l) => l.startsWith('ER  -'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('TY  -'))).toEqual(['TY  - CHART']);
    expect(lines).toContain('TI  - } @misc{evil, ER - TY - JOUR <b>x</b>');
  });

  it('CSL-JSON: no markup characters in the text', () =>
    expect(stringifyCslJson([chartCslJson(evil)])).not.toMatch(/[<>&]/));

  it('names a user’s own file by its name among the data', () => {
    const upload: ChartWork = {
      ...annual,
      sources: [
        {
          id: 'file',
          kind: 'user-file',
          publisher: 'User-supplied file',
          title: 'gdp.csv',
          accessed: '2026-12-04',
        },
      ],
    };
    expect(formatChartApa(upload)).toMatch(/Data: User-supplied file gdp\.csv\.$/);
  });
});
