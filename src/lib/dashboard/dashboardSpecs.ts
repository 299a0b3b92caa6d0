import { ANNUAL_ID, annualTable } from '../data/datasets/annual';
import { chartedFigure, release, releaseFigure, releaseTable } from '../data/datasets/release';
import { parsePeriod } from '../data/period';
import type { Table } from '../data/table';
import { crossCheckGrowth, type GrowthCheck } from '../provenance/crossCheckGrowth';
import { formatCitation } from '../provenance/formatCitation';
import { buildChartSpec } from '../charts/buildChartSpec';
import type { ChartConfig, ChartViewConfig, Overlay } from '../charts/config/chartConfig';
import { formatAsReported, formatChange } from '../charts/words/format';
import type { ChartSize, ChartSpec } from '../charts/spec';

const releaseSource = {
  id: release.citation.id,
  text: formatCitation(release.citation),
};

/** The release chart's config: 2012 (derived) against 2022 (a lower bound), +116 % between. */
export function releaseChartConfig(): ChartConfig {
  const growth = releaseFigure('growth-2012-2022');
  const derived = releaseFigure('trade-2012-derived');
  return {
    type: 'column',
    x: 'period',
    y: ['value'],
    qualifier: 'qualifier',
    filters: {},
    mode: 'values',
    scale: 'linear',
    annotations: [
      {
        kind: 'change',
        from: '2012',
        to: '2022',
        label: `+${growth.value} %`,
        detail: 'as stated in the release',
      },
    ],
    text: {
      title: 'China–Russia trade more than doubled in a decade',
      subtitle: 'Two-way trade, US$ billion, as stated in the release',
      yLabel: 'US$ bn',
      notes: [
        '2022: “exceeding $190 billion”, a lower bound.',
        `2012: derived, not printed: ${derived.derived?.formula} = ${derived.derived?.expression} ≈ ${formatAsReported(derived.value)}.`,
        ...(derived.interval?.low != null && derived.interval.high == null
          ? [
              `As 2022 is a lower bound, so is 2012: at least ${formatAsReported(derived.interval.low)}, ${growth.value} % being rounded.`,
            ]
          : []),
      ],
    },
  };
}

/** The release's own two levels as a column chart. */
export function releaseChartSpec(size: ChartSize, view: Partial<ChartViewConfig> = {}): ChartSpec {
  return buildChartSpec(releaseTable(), { ...releaseChartConfig(), ...view }, size);
}

/** The release's figures as overlay points on a time series. */
export function releaseOverlays(): Overlay[] {
  return ['trade-2012-derived', 'trade-2022'].map((id) => {
    const f = releaseFigure(id);
    const { value, qualifier } = chartedFigure(f);
    return {
      id,
      label: `Release: ${f.label}`,
      period: f.period,
      key: parsePeriod(f.period)?.key ?? NaN,
      value,
      qualifier: qualifier === 'exact' || qualifier === 'rounded' ? undefined : qualifier,
      source: {
        citationId: release.citation.id,
        text: formatCitation(release.citation),
        quote: f.quote,
        note: f.derived ? `${f.derived.formula} = ${f.derived.expression}` : f.note,
      },
    };
  });
}

/** The release's +116 % checked against the annual series. */
export function releaseCrossCheck(table: Table = annualTable()): GrowthCheck | null {
  return crossCheckGrowth(
    table,
    { x: 'year', y: 'total_usd_bn_as_reported' },
    releaseFigure('growth-2012-2022'),
  );
}

/** Says the cross-check as a sentence: the claim, then what the series gives. */
export function crossCheckSentence(check: GrowthCheck): string {
  return `The release says ${formatChange(check.claimed, 0)}; the series gives ${formatAsReported(check.from)} → ${formatAsReported(check.to)} = ${formatChange(check.computed)}.`;
}

/** The annual chart's config: GACC and both IMF DOTS series, with the release's two points. */
export function annualChartConfig(table: Table = annualTable()): ChartConfig {
  const check = releaseCrossCheck(table);
  return {
    type: 'line',
    x: 'year',
    y: [
      'total_usd_bn_as_reported',
      'imf_dots_china_reported_usd_bn',
      'imf_dots_russia_reported_usd_bn',
    ],
    filters: {},
    mode: 'values',
    scale: 'linear',
    annotations: [],
    overlays: releaseOverlays(),
    overlayLabel: 'The release (2012 derived, 2022 lower bound)',
    overlaySources: [releaseSource],
    text: {
      title: 'China–Russia two-way trade, 2012–2023',
      subtitle: 'US$ billion; each year from the page that reported it',
      yLabel: 'US$ bn',
      gapLabel: '{period}: no US$ figure for {series}',
      notes: [
        ...(check ? [crossCheckSentence(check)] : []),
        '2015: China’s customs reported 422.7 bn yuan and no US-dollar total; the gap is left a gap.',
      ],
    },
  };
}

const annual = { table: null as Table | null };

/**
 * China–Russia annual trade, GACC as reported and IMF DOTS, with the release's two points; the
 * view (hidden series, zoom, index or change, log) is the reader's.
 */
export function annualChartSpec(size: ChartSize, view: Partial<ChartViewConfig> = {}): ChartSpec {
  // One table for the page, so the chart data are prepared once, not on every resize or zoom.
  annual.table ??= annualTable();
  return buildChartSpec(annual.table, { ...annualChartConfig(annual.table), ...view }, size);
}

/**
 * The annual series' mirror view: China-reported and Russia-reported two-way trade (IMF DOTS)
 * side by side, the years both report, with the gap between them and the CIF/FOB note.
 */
export function mirrorChartConfig(table: Table = annualTable()): ChartConfig {
  const y = ['imf_dots_china_reported_usd_bn', 'imf_dots_russia_reported_usd_bn'];
  const columns = y.map((n) => table.columns.find((c) => c.name === n));
  const year = table.columns.find((c) => c.name === 'year');
  const both: string[] = [];
  if (year && year.type !== 'number')
    for (let r = 0; r < table.rowCount; r++)
      if (columns.every((c) => c?.type === 'number' && Number.isFinite(c.values[r])))
        both.push(year.dictionary[year.codes[r]]);
  return {
    type: 'column',
    variant: 'mirror',
    x: 'year',
    y,
    filters: { year: both },
    mode: 'values',
    scale: 'linear',
    annotations: [],
    text: {
      title: 'China–Russia trade as each side reports it',
      subtitle: 'Two-way goods trade, US$ billion, IMF DOTS: China-reported and Russia-reported',
      yLabel: 'US$ bn',
    },
  };
}

/** The mirror view of the annual series, for the dashboard. */
export function mirrorChartSpec(size: ChartSize, view: Partial<ChartViewConfig> = {}): ChartSpec {
  annual.table ??= annualTable();
  return buildChartSpec(annual.table, { ...mirrorChartConfig(annual.table), ...view }, size);
}

export { ANNUAL_ID };
