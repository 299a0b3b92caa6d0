import csv from '../../../../data/china-russia-trade-annual-sources.csv?raw';
import type { Citation } from '../citation';
import { makeNumberColumn, makeTextColumn } from '../makeColumn';
import { parseCsvRecords } from './parseCsvRecords';
import { parsePeriod } from '../period';
import type { Table } from '../table';

export const ANNUAL_ID = 'china-russia-annual';

/** The compiled series: GACC figures, each year quoting the page that reported it. */
export const annualCitation: Citation = {
  id: 'gacc-annual',
  kind: 'statistics',
  publisher: 'General Administration of Customs of China (GACC), as reported by news agencies',
  title: 'China–Russia two-way goods trade, 2012–2023, one quoted page per year',
  date: '2012/2023',
};

export const dotsCitation: Citation = {
  id: 'imf-dots',
  kind: 'statistics',
  publisher: 'International Monetary Fund',
  title: 'Direction of Trade Statistics (DOTS): exports plus imports, China- and Russia-reported',
  date: '2012/2020',
};

const num = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : Number(s));
const text = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : s);

/**
 * China–Russia annual trade from data/: a gap stays a gap (2015 has no US-dollar figure), and
 * every row keeps its page, reporter, quote and notes so each point can show its own source.
 */
export function annualTable(): Table {
  const [header, ...data] = parseCsvRecords(csv.trim());
  const col = (name: string) => data.map((r) => r[header.indexOf(name)]);
  const year = makeTextColumn(
    'year',
    'period',
    col('year').map(text),
    (label) => parsePeriod(label)?.key ?? NaN,
  );
  year.role = 'time';
  const measure = (name: string, label: string, citationId: string) =>
    Object.assign(makeNumberColumn(name, col(name).map(num)), {
      label,
      unit: 'USD billion',
      citationId,
      role: 'measure' as const,
    });
  return {
    id: ANNUAL_ID,
    name: 'China–Russia two-way trade, 2012–2023',
    rowCount: data.length,
    columns: [
      year,
      measure('total_usd_bn_as_reported', 'GACC, as reported', annualCitation.id),
      Object.assign(
        makeNumberColumn('growth_pct_as_reported', col('growth_pct_as_reported').map(num)),
        {
          label: 'Growth on a year earlier, as reported',
          unit: 'percent',
          citationId: annualCitation.id,
        },
      ),
      makeTextColumn('reported_by', 'text', col('reported_by').map(text)),
      makeTextColumn('source_url', 'text', col('source_url').map(text)),
      makeTextColumn('quote', 'text', col('quote').map(text)),
      measure('imf_dots_china_reported_usd_bn', 'IMF DOTS, China-reported', dotsCitation.id),
      measure('imf_dots_russia_reported_usd_bn', 'IMF DOTS, Russia-reported', dotsCitation.id),
      makeTextColumn('notes', 'text', col('notes').map(text)),
    ],
    provenance: {
      citations: [annualCitation, dotsCitation],
      rowSources: {
        columns: ['total_usd_bn_as_reported', 'growth_pct_as_reported'],
        url: 'source_url',
        reportedBy: 'reported_by',
        quote: 'quote',
        note: 'notes',
      },
    },
    issues: [],
  };
}
