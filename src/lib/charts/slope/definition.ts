import { MEASURES, SPLIT, TIME, type ChartDefinition } from '../config/chartDefinition';
import { buildSlopeSpec } from './buildSlopeSpec';

export const slopeChart: ChartDefinition = {
  kind: 'slope',
  label: 'Slope',
  summary: 'Two periods compared: who rose, who fell.',
  dimensions: {
    x: TIME,
    y: MEASURES,
    series: SPLIT,
  },
  variants: [],
  defaults: { mode: 'values', scale: 'linear' },
  build: buildSlopeSpec,
};
