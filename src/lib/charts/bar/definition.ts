import { MEASURES, SPLIT, type ChartDefinition } from '../config/chartDefinition';
import { buildBarSpec } from './buildBarSpec';

export const barChart: ChartDefinition = {
  kind: 'bar',
  label: 'Bar',
  summary: 'Compare partners, reporters or countries at one period; ranked, largest first.',
  dimensions: {
    x: {
      label: 'Category',
      accepts: ['category', 'text', 'period'],
      prefers: ['partner', 'reporter', 'entity'],
    },
    y: MEASURES,
    series: { ...SPLIT, prefers: ['flow', 'partner', 'reporter', 'entity'] },
  },
  variants: [
    { id: 'ranked', label: 'Ranked' },
    { id: 'grouped', label: 'Grouped' },
    { id: 'stacked', label: 'Stacked' },
  ],
  defaults: { variant: 'ranked', top: 15, mode: 'values', scale: 'linear' },
  build: buildBarSpec,
};
