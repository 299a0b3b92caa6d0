/**
 * The builders of the charts fewer pages draw (balance, treemap, map, mirror, and area, slope
 * and scatter), and column and bar for <trade-chart>, built as a file of their own
 * (dist/trade-chart-views.js) so the component stays small: line, the chart most reports
 * embed, draws without it.
 */
export { buildBalanceSpec } from '../balance/buildBalanceSpec';
export { buildMapSpec } from '../map/buildMapSpec';
export { buildMirrorSpec } from '../mirror/buildMirrorSpec';
export { buildTreemapSpec } from '../treemap/buildTreemapSpec';
export { buildAreaSpec } from '../area/buildAreaSpec';
export { buildScatterSpec } from '../scatter/buildScatterSpec';
export { buildSlopeSpec } from '../slope/buildSlopeSpec';
export { buildColumnSpec } from '../column/buildColumnSpec';
export { buildBarSpec } from '../bar/buildBarSpec';
