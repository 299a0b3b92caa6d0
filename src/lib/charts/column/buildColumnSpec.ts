import type { Table } from '../../data/table';
import { buildLegend } from '../skeleton/buildLegend';
import { keyBarEstimates } from '../skeleton/estimateKey';
import { refusedSpec, seriesChart, seriesSpec, type SeriesChart } from '../skeleton/seriesChart';
import { timeView } from '../skeleton/timeView';
import { missingYearsNote } from '../prepare/missingYears';
import { slotLabel, slotRawLabel } from '../prepare/slotLabel';
import { fitText } from '../layout/textWidth';
import type { ChartInput } from '../config/normalizeConfig';
import type { ChartSize, ChartSpec, Tick } from '../spec';
import { columnAnnotations } from './columnAnnotations';
import { columnBars } from './columnBars';
import { columnFrame, type ColumnFrame } from './columnFrame';
import { columnTable } from './columnTable';
import { describeColumns } from './describeColumns';
import { limitsView } from '../skeleton/readingLimits';

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * A column chart: a column per period (or category), series side by side (grouped) or stacked.
 * Lower bounds and derived values keep their qualifier; a stack missing a layer is left out.
 */
export function buildColumnSpec(table: Table, input: ChartInput, size: ChartSize): ChartSpec {
  const chart = seriesChart(table, input, 'column');
  const refused = refusedSpec(chart, 'column', size, chart.config.variant === 'stacked');
  if (refused) return refused;
  const { data, config } = chart;
  const frame = columnFrame(chart, size);
  const { win, plot, mode, baseSlot, stacked, slots } = frame;
  const bars = columnBars(chart, frame);
  const annotations = columnAnnotations(chart, frame, bars);
  const legend = buildLegend(data, new Set(config.hidden ?? []), 'swatch');
  keyBarEstimates(bars, legend, chart.notes, data.slots.ordered);
  // Two columns (2012 against 2022) compare two years; in a run of columns a gap could pass unseen.
  const run = win.hi - win.lo > 2;
  const missing = run && missingYearsNote(data, win.lo, win.hi, 'no column stands for them');
  if (missing) chart.notes.add(missing);
  return seriesSpec(chart, size, {
    kind: 'column',
    variant: stacked ? 'stacked' : 'grouped',
    plot,
    description: describeColumns(bars, frame.shown.length),
    xAxis: { ticks: columnTicks(chart, frame), grid: false },
    yAxis: { ticks: frame.y.ticks, label: frame.yLabel, grid: true },
    bars,
    annotations,
    legend,
    table: columnTable(data, config, frame.shown, bars, slots, chart.title),
    view: {
      ...timeView(data, win, plot, data.slots.ordered),
      mode,
      base: baseSlot >= 0 ? slotRawLabel(data, baseSlot) : undefined,
      relative: !stacked,
      ...limitsView(frame.limits),
    },
    render: bars.length > 3000 ? 'canvas' : 'svg',
  });
}

/** A tick under every slot that has room for its label (about 56 px), the label cut to fit. */
function columnTicks({ data, locale }: SeriesChart, frame: ColumnFrame): Tick[] {
  const { slots, x, plot } = frame;
  const every = Math.max(1, Math.ceil(slots.length / Math.max(2, Math.floor(plot.width / 56))));
  return slots
    .filter((_, j) => j % every === 0)
    .map((i) => ({
      value: data.slots.keys[i],
      label: fitText(slotLabel(data, i, locale), x.step() * every - 4, 11),
      pos: round((x(i) ?? 0) + x.bandwidth() / 2),
    }));
}
