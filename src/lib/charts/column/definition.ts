import { MEASURES, SPLIT, type ChartDefinition } from '../chartDefinition';
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
  ],
  defaults: { variant: 'grouped', mode: 'values', scale: 'linear' },
  build: buildColumnSpec,
};
