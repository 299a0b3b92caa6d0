import type { Table } from '../../data/table';
import { keyEstimates } from '../skeleton/estimateKey';
import { refusedSpec, seriesChart, seriesSpec } from '../skeleton/seriesChart';
import { seriesTable } from '../skeleton/seriesTable';
import { timeView } from '../skeleton/timeView';
import { slotRawLabel } from '../prepare/slotLabel';
import { timeXAxis } from '../layout/timeAxis';
import type { ChartInput } from '../config/normalizeConfig';
import type { ChartSize, ChartSpec } from '../spec';
import { describeLines } from './describeLines';
import { lineAnnotations } from './lineAnnotations';
import { inlineNamed, lineEndLabels } from './lineEndLabels';
import { lineFrame } from './lineFrame';
import { lineLegend } from './lineLegend';
import { lineMarks } from './lineMarks';
import { limitsView } from '../skeleton/readingLimits';

/**
 * A line chart: a line per series over time, gaps left as gaps, overlays (a release's figures)
 * as marked points. Zoom (range), index/change modes and a log scale apply here; long series
 * are thinned per pixel column (M4) so a million points draw as a few thousand.
 */
export function buildLineSpec(table: Table, input: ChartInput, size: ChartSize): ChartSpec {
  const chart = seriesChart(table, input, 'line');
  const refused = refusedSpec(chart, 'line', size, false);
  if (refused) return refused;
  const { data, config, locale, title } = chart;
  const frame = lineFrame(chart, size);
  const { win, plot, mode, baseSlot } = frame;
  const marks = lineMarks(chart, frame);
  const { series } = marks;
  const annotations = lineAnnotations(chart, frame, marks);
  const labels = lineEndLabels(series, plot, frame.endRoom);
  const legend = inlineNamed(lineLegend(data, config), labels);
  keyEstimates(series, legend, chart.notes);
  return seriesSpec(chart, size, {
    kind: 'line',
    plot,
    description: describeLines(series, data, win, locale),
    xAxis: timeXAxis(data, win.range, plot, size.width, locale),
    yAxis: { ticks: frame.y.ticks, label: frame.yLabel, grid: true },
    series,
    labels,
    annotations,
    legend,
    table: marks.draft
      ? { caption: title, columns: [], rows: [] }
      : seriesTable(data, config, frame.shown, frame.picks, win, mode, title),
    view: {
      ...timeView(data, win, plot),
      mode,
      scale: frame.scale,
      base: baseSlot >= 0 ? slotRawLabel(data, baseSlot) : undefined,
      relative: true,
      loggable: true,
      ...limitsView(frame.limits),
    },
    render: marks.canvas ? 'canvas' : 'svg',
  });
}
