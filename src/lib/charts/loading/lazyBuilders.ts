/**
 * The builders fetched apart, the first time one is drawn, as their definitions import them:
 * the page's and the web component's builds alias these to stand-ins (lazyTradeViews).
 */
export const LAZY_BUILDERS = [
  './buildBalanceSpec',
  './buildTreemapSpec',
  './buildMapSpec',
  './buildMirrorSpec',
  './buildAreaSpec',
  './buildSlopeSpec',
  './buildScatterSpec',
];
