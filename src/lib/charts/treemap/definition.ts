import { MEASURES, type ChartDefinition } from '../config/chartDefinition';
import { buildTreemapSpec } from './buildTreemapSpec';

export const treemapChart: ChartDefinition = {
  kind: 'treemap',
  label: 'Treemap',
  summary: 'How a total is made up: commodities by HS section and chapter, or any category.',
  dimensions: {
    x: {
      label: 'Split by',
      accepts: ['category', 'text'],
      prefers: ['other', 'partner', 'entity'],
    },
    y: { ...MEASURES, multiple: false },
    series: { label: 'Series', accepts: [], prefers: [], optional: true },
  },
  variants: [],
  defaults: { mode: 'values', scale: 'linear' },
  build: buildTreemapSpec,
};
