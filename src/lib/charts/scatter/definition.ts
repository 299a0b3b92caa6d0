import { SPLIT, type ChartDefinition } from '../config/chartDefinition';
import { columnTitle } from '../words/humanName';
import { buildScatterSpec } from './buildScatterSpec';

/** Roles of a number column that holds figures, not years, codes, units or notes. */
const FIGURES = new Set([undefined, 'measure', 'other']);

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
  // One column of figures set against itself (`value against value`) or a year says nothing.
  unfit: (table) => {
    const figures = table.columns.filter((c) => c.type === 'number' && FIGURES.has(c.role));
    if (figures.length >= 2) return null;
    const only = figures[0] ? ` (“${columnTitle(figures[0])}”)` : '';
    return `needs two columns of figures to set against each other; this table has ${figures.length ? 'one' : 'none'}${only}`;
  },
};
