import { MEASURES, SPLIT, type ChartDefinition } from '../config/chartDefinition';
import { buildMirrorSpec } from './buildMirrorSpec';
import { buildColumnSpec } from './buildColumnSpec';

export const columnChart: ChartDefinition = {
  kind: 'column',
  label: 'Column',
  summary: 'Levels at a few periods; series grouped side by side or stacked.',
  dimensions: {
    x: {
      label: 'Period or category',
      accepts: ['period', 'date', 'category', 'number'],
      prefers: ['time', 'partner', 'reporter', 'entity'],
    },
    y: MEASURES,
    series: SPLIT,
  },
  variants: [
    { id: 'grouped', label: 'Grouped' },
    { id: 'stacked', label: 'Stacked' },
    { id: 'mirror', label: 'Mirror (two reporters, with the gap)' },
  ],
  defaults: { variant: 'grouped', mode: 'values', scale: 'linear' },
  build: (table, config, size) =>
    config.variant === 'mirror'
      ? buildMirrorSpec(table, config, size)
      : buildColumnSpec(table, config, size),
};
