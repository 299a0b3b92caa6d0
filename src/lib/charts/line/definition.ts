import { MEASURES, SPLIT, TIME, type ChartDefinition } from '../config/chartDefinition';
import { buildLineSpec } from './buildLineSpec';

export const lineChart: ChartDefinition = {
  kind: 'line',
  label: 'Line',
  summary: 'Change over time; many periods, a few series.',
  dimensions: {
    x: TIME,
    y: MEASURES,
    series: SPLIT,
  },
  variants: [],
  defaults: { mode: 'values', scale: 'linear' },
  build: buildLineSpec,
};
