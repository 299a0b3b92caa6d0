/**
 * The ids of the built-in datasets, apart from their data: <trade-chart> checks its `dataset`
 * attribute against them before it fetches the data, which come in a file of their own.
 */
export const BUILT_IN_IDS = ['release', 'china-russia-annual', 'china-russia-annual-mirror'];
