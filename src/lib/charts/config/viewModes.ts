import type { ChartView } from '../spec';

/** The ways to read a relative chart, as the *Show* picker names them. */
export const VIEW_MODES: readonly (readonly [ChartView['mode'], string])[] = [
  ['values', 'Values'],
  ['index', 'Index (base = 100)'],
  ['change', '% change from start'],
];
