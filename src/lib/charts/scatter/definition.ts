import { SPLIT, type ChartDefinition } from '../config/chartDefinition';
import { buildScatterSpec } from './buildScatterSpec';

export const scatterChart: ChartDefinition = {
  kind: 'scatter',
  label: 'Scatter',
  summary: 'One measure against another, a point per country or partner.',
  dimensions: {
    x: { label: 'Across', accepts: ['number'], prefers: ['measure'] },
    y: { label: 'Up', accepts: ['number'], prefers: ['measure'] },
    series: { ...SPLIT, prefers: ['flow', 'reporter', 'partner'] },
  },
  variants: [],
  defaults: { mode: 'values', scale: 'linear' },
  build: buildScatterSpec,
};
