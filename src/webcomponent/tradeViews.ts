/**
 * The balance, treemap, map and mirror builders for <trade-chart>, and its canvas painter for
 * dense charts, built as a file of their own
 * (dist/trade-chart-views.js) so the component stays small for the charts most reports use.
 */
export { buildBalanceSpec } from '../lib/charts/balance/buildBalanceSpec';
export { buildMapSpec } from '../lib/charts/map/buildMapSpec';
export { buildMirrorSpec } from '../lib/charts/mirror/buildMirrorSpec';
export { buildTreemapSpec } from '../lib/charts/treemap/buildTreemapSpec';
export { paintCanvas } from './paintCanvas';
