/**
 * The balance, treemap, map and mirror builders for <trade-chart>, built as a file of their own
 * (dist/trade-chart-views.js) so the component stays small for the charts most reports use.
 */
export { buildBalanceSpec } from './balance/buildBalanceSpec';
export { buildMapSpec } from './map/buildMapSpec';
export { buildMirrorSpec } from './mirror/buildMirrorSpec';
export { buildTreemapSpec } from './treemap/buildTreemapSpec';
