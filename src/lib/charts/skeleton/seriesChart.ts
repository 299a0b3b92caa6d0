import type { Table } from '../../data/table';
import type { ChartConfig } from '../config/chartConfig';
import { prepareChartData, type ChartData } from '../prepare/prepareChartData';
import { normalizeConfig, type ChartInput } from '../config/normalizeConfig';
import { sourceLines } from '../words/sourceLines';
import { unitLabel } from '../units/unitLabel';
import type { ChartKind, ChartSize, ChartSpec } from '../spec';
import { assembleSpec, type SpecParts } from './assembleSpec';
import { baseNotes, type ChartNotes } from './chartNotes';
import { chartSubtitle, chartTitle } from './chartText';
import { emptySpec } from './emptySpec';
import { unaddable } from './unaddable';

/** What every chart drawn from prepared series starts from, whatever its marks. */
export interface SeriesChart {
  table: Table;
  config: ChartConfig;
  data: ChartData;
  locale: string;
  /** Filled while the geometry is built; said under the chart. */
  notes: ChartNotes;
  title: string;
}

/** A chart kind's config normalised, its data prepared and its notes begun. */
export function seriesChart(table: Table, input: ChartInput, kind: ChartKind): SeriesChart {
  const config = normalizeConfig(input, kind);
  const data = prepareChartData(table, config, config.memo);
  const notes = baseNotes(data, config);
  return {
    table,
    config,
    data,
    locale: config.locale ?? 'en',
    notes,
    title: chartTitle(data, config),
  };
}

/** The spec of a series chart: its kind's parts inside the title, subtitle, sources and notes. */
export function seriesSpec(
  chart: SeriesChart,
  size: ChartSize,
  parts: Omit<SpecParts, 'title' | 'sources' | 'notes'>,
): ChartSpec {
  const { table, config, data } = chart;
  return assembleSpec(size, {
    title: chart.title,
    subtitle: chartSubtitle(data, config),
    sources: sourceLines(table, data.ys, config.overlaySources ?? []),
    notes: chart.notes.all,
    valueUnit: unitLabel(data.unit) || undefined,
    ...parts,
  });
}

/**
 * The chart in place of one that would add percentages up (`stacks`: its layers are stacked),
 * saying why and what to do; undefined when the chart can be drawn.
 */
export function refusedSpec(
  chart: SeriesChart,
  kind: ChartKind,
  size: ChartSize,
  stacks: boolean,
): ChartSpec | undefined {
  const why = unaddable(chart.data, stacks, chart.locale);
  return why ? emptySpec(kind, chart.table, size, chart.title, why) : undefined;
}
