import { describe, expect, it } from 'vitest';
import {
  FALLBACK_MAX_ROWS,
  fallbackFigure,
  sharedColumns,
} from '../../../src/lib/export/fallbackFigure';

const input = {
  title: 'China–Russia trade',
  table: {
    columns: ['period', 'value'],
    rows: [
      ['2012', 87.96],
      ['2015', null],
    ],
  },
  citationText: 'CGTN via PR Newswire, 22 March 2023',
  chartUrl: 'https://example.org/embed.html#v=1&type=column',
};

describe('fallbackFigure(input)', () => {
  it('writes the figures as a table with column headers, the citation and a link in the caption', () =>
    expect(fallbackFigure(input)).toBe(
      [
        '<figure data-tradelens-fallback>',
        '<table>',
        '<thead><tr><th scope="col">period</th><th scope="col">value</th></tr></thead>',
        '<tbody>',
        '<tr><td>2012</td><td>87.96</td></tr>',
        '<tr><td>2015</td><td></td></tr>',
        '</tbody>',
        '</table>',
        '<figcaption>China–Russia trade. Source: CGTN via PR Newswire, 22 March 2023. <a href="https://example.org/embed.html#v=1&amp;type=column">Open the interactive chart</a></figcaption>',
        '</figure>',
      ].join('\n'),
    ));

  it('says when it shows only the first rows', () => {
    const rows = Array.from({ length: FALLBACK_MAX_ROWS + 5 }, (_, i) => [String(i), i]);
    const html = fallbackFigure({ ...input, table: { columns: ['a', 'b'], rows } });
    expect(html.match(/<tr>/g)).toHaveLength(FALLBACK_MAX_ROWS + 1);
    expect(html).toContain(
      `Showing the first ${FALLBACK_MAX_ROWS} of ${FALLBACK_MAX_ROWS + 5} rows.`,
    );
  });

  it('says what every row shares once, in the caption, not on each row', () => {
    const source = 'World Bank, “World Development Indicators” (as the file API.csv says)';
    const rows = [2020, 2021, 2022].map((y) => [String(y), 'Germany', y - 2000, '%', null, source]);
    const table = { columns: ['period', 'series', 'value', 'unit', 'qualifier', 'source'], rows };
    const html = fallbackFigure({ ...input, table, citationText: source });
    expect(html).toContain(
      '<thead><tr><th scope="col">period</th><th scope="col">value</th></tr></thead>',
    );
    expect(html).toContain('<tr><td>2021</td><td>21</td></tr>');
    expect(html).toContain('China–Russia trade. Series: Germany. Unit: %. Source: World Bank');
    expect(html.split(source)).toHaveLength(2);
  });

  it('sharedColumns(one row) keeps every column: nothing is said by the others', () => {
    const table = { columns: ['period', 'value', 'unit'], rows: [['2012', 1, '%']] };
    expect(sharedColumns(table)).toEqual({ table, shared: [] });
  });
});
