import { ANNUAL_ID, annualTable } from '../data/datasets/annual';
import { release, releaseFigure, releaseTable } from '../data/datasets/release';
import { parsePeriod } from '../data/period';
import type { Table } from '../data/table';
import { crossCheckGrowth, type GrowthCheck } from '../provenance/crossCheckGrowth';
import { formatCitation } from '../provenance/formatCitation';
import { buildColumnSpec } from './column/buildColumnSpec';
import { formatAsReported, formatChange } from './format';
import { buildLineSpec, type Overlay } from './line/buildLineSpec';
import type { ChartSize, ChartSpec } from './spec';

const releaseSource = {
  id: release.citation.id,
  text: formatCitation(release.citation),
};

/** The release's own two levels: 2012 (derived) against 2022 (a lower bound), +116 % between. */
export function releaseChartSpec(size: ChartSize): ChartSpec {
  const growth = releaseFigure('growth-2012-2022');
  const derived = releaseFigure('trade-2012-derived');
  return buildColumnSpec(
    releaseTable(),
    { x: 'period', y: 'value', qualifier: 'qualifier' },
    {
      title: 'China–Russia trade more than doubled in a decade',
      subtitle: 'Two-way trade, US$ billion, as stated in the release',
      yLabel: 'US$ bn',
      change: {
        from: '2012',
        to: '2022',
        label: `+${growth.value} %`,
        detail: 'as stated in the release',
      },
      notes: [
        '2022: “exceeding $190 billion”, a lower bound.',
        `2012: derived, not printed: ${derived.derived?.formula} = ${derived.derived?.expression} ≈ ${formatAsReported(derived.value)}.`,
      ],
    },
    size,
  );
}

/** The release's figures as overlay points on a time series. */
export function releaseOverlays(): Overlay[] {
  return ['trade-2012-derived', 'trade-2022'].map((id) => {
    const f = releaseFigure(id);
    return {
      id,
      label: `Release: ${f.label}`,
      period: f.period,
      key: parsePeriod(f.period)?.key ?? NaN,
      value: f.value,
      qualifier: f.qualifier === 'exact' || f.qualifier === 'rounded' ? undefined : f.qualifier,
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

/** China–Russia annual trade, GACC as reported and IMF DOTS, with the release's two points. */
export function annualChartSpec(size: ChartSize, table: Table = annualTable()): ChartSpec {
  const check = releaseCrossCheck(table);
  return buildLineSpec(
    table,
    {
      x: 'year',
      y: [
        'total_usd_bn_as_reported',
        'imf_dots_china_reported_usd_bn',
        'imf_dots_russia_reported_usd_bn',
      ],
    },
    {
      title: 'China–Russia two-way trade, 2012–2023',
      subtitle: 'US$ billion; each year from the page that reported it',
      yLabel: 'US$ bn',
      overlays: releaseOverlays(),
      overlayLabel: 'The release (2012 derived, 2022 lower bound)',
      overlaySources: [releaseSource],
      gapLabel: (p) => `${p}: no US$ figure`,
      notes: [
        ...(check ? [crossCheckSentence(check)] : []),
        '2015: China’s customs reported 422.7 bn yuan and no US-dollar total; the gap is left a gap.',
      ],
    },
    size,
  );
}

export { ANNUAL_ID };
