import { MEASURES, SPLIT, TIME, type ChartDefinition } from '../config/chartDefinition';
import { buildAreaSpec } from './buildAreaSpec';

export const areaChart: ChartDefinition = {
  kind: 'area',
  label: 'Area',
  summary: 'How parts add up over time: stacked, or as shares of the total.',
  dimensions: {
    x: TIME,
    y: MEASURES,
    series: SPLIT,
  },
  variants: [
    { id: 'stacked', label: 'Stacked' },
    { id: 'share', label: 'Share of total' },
  ],
  defaults: { variant: 'stacked', mode: 'values', scale: 'linear' },
  build: buildAreaSpec,
};
