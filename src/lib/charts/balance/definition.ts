import { MEASURES, type ChartDefinition } from '../config/chartDefinition';
import { buildBalanceSpec } from './buildBalanceSpec';

export const balanceChart: ChartDefinition = {
  kind: 'balance',
  label: 'Balance',
  summary: 'Exports − imports per period from a flow column; several partners as small multiples.',
  dimensions: {
    x: { label: 'Period', accepts: ['period', 'date', 'number', 'category'], prefers: ['time'] },
    y: { ...MEASURES, multiple: false },
    series: { label: 'Flow', accepts: ['category'], prefers: ['flow'] },
  },
  variants: [
    { id: 'bars', label: 'Balance' },
    { id: 'flows', label: 'Balance with exports and imports' },
  ],
  defaults: { variant: 'bars', mode: 'values', scale: 'linear' },
  build: buildBalanceSpec,
};
