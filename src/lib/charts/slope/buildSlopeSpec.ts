import type { Table } from '../../data/table';
import { buildLegend } from '../skeleton/buildLegend';
import { refusedSpec, seriesChart, seriesSpec } from '../skeleton/seriesChart';
import { slotLabel } from '../prepare/slotLabel';
import { formatChange } from '../words/format';
import type { ChartInput } from '../config/normalizeConfig';
import type { ChartSize, ChartSpec } from '../spec';
import { slopeFrame } from './slopeFrame';
import { slopeMarks } from './slopeMarks';

/**
 * A slope chart: each series as a line between two periods, labelled at both ends with its
 * value (and its change on the right). Series missing either end are left out and said.
 */
export function buildSlopeSpec(table: Table, input: ChartInput, size: ChartSize): ChartSpec {
  const chart = seriesChart(table, input, 'slope');
  const refused = refusedSpec(chart, 'slope', size, false);
  if (refused) return refused;
  const { data, config, locale } = chart;
  const frame = slopeFrame(chart, size);
  const { plot, win } = frame;
  const { series, labels } = slopeMarks(frame);
  const [pa, pb] = [slotLabel(data, frame.a, locale), slotLabel(data, frame.b, locale)];
  const x1 = plot.left + plot.width;
  return seriesSpec(chart, size, {
    kind: 'slope',
    plot,
    description: `Slope chart, ${pa} to ${pb}. ${series.map((s, k) => `${s.label}: ${s.points[0].valueLabel} to ${s.points[1].valueLabel} (${frame.changes[k]})`).join('; ')}.`,
    series,
    labels: [
      ...labels,
      { x: plot.left, y: plot.top - 18, text: pa, anchor: 'middle', bold: true },
      { x: x1, y: plot.top - 18, text: pb, anchor: 'middle', bold: true },
    ],
    legend: buildLegend(data, new Set(config.hidden ?? []), 'line').map((l) => ({
      ...l,
      dash: 'solid',
    })),
    table: {
      caption: chart.title,
      columns: ['Series', pa, pb, 'Change'],
      rows: series.map((s) => [
        s.label,
        s.points[0].valueLabel,
        s.points[1].valueLabel,
        formatChange((s.points[1].value / s.points[0].value - 1) * 100),
      ]),
    },
    view: {
      scale: frame.log ? 'log' : 'linear',
      range: win.range,
      domain: win.domain,
      loggable: true,
    },
  });
}
