import type { ColumnRole, ColumnType, Table } from '../../data/table';
import type { ChartConfig, ChartVariant } from './chartConfig';
import type { ChartInput } from './normalizeConfig';
import type { ChartKind, ChartSize, ChartSpec } from '../spec';

/** What a chart dimension (x, y, series) accepts. */
export interface Dimension {
  label: string;
  accepts: ColumnType[];
  /** Roles preferred when choosing a default, best first. */
  prefers: ColumnRole[];
  multiple?: boolean;
  optional?: boolean;
}

/** A chart type: what it needs, its defaults and its pure spec builder. */
export interface ChartDefinition {
  kind: ChartKind;
  label: string;
  /** One line on what the type is for. */
  summary: string;
  dimensions: { x: Dimension; y: Dimension; series: Dimension };
  variants: { id: ChartVariant; label: string }[];
  defaults: Partial<ChartConfig>;
  build(table: Table, config: ChartInput, size: ChartSize): ChartSpec;
}

/** x of the charts of change over time (line, slope, area): periods, dates or numbers. */
export const TIME: Dimension = {
  label: 'Time',
  accepts: ['period', 'date', 'number'],
  prefers: ['time'],
};

/** y of every type: one or more measures. */
export const MEASURES: Dimension = {
  label: 'Values',
  accepts: ['number'],
  prefers: ['measure'],
  multiple: true,
};

/** series of every type: an optional category that splits the values. */
export const SPLIT: Dimension = {
  label: 'Series',
  accepts: ['category'],
  prefers: ['partner', 'reporter', 'entity', 'flow'],
  optional: true,
};
