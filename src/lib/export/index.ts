export { appUrl } from './appUrl';
export { chartCsv, commentLine, type ChartCsvInput } from './chartCsv';
export { decodeState, type DecodeStateOptions, type DecodeStateResult } from './decodeState';
export { embedRefusal } from './embedRefusal';
export { embedSnippet, webComponentSnippet, type EmbedSnippetInput } from './embedCode';
export { escapeHtml } from './escapeHtml';
export { escapeXml, xmlSafeText } from './escapeXml';
export { FALLBACK_MAX_ROWS, fallbackFigure, type FallbackFigureInput } from './fallbackFigure';
export { exportFileName } from './fileName';
export {
  HEIGHT_MESSAGE_TYPE,
  heightMessage,
  isHeightMessage,
  MAX_EMBED_HEIGHT,
  type HeightMessage,
} from './heightMessage';
export { csvField, neutraliseCell, type Cell } from './neutraliseCell';
export { tableRows, type PlainTable } from './tableRows';
export {
  CHART_MODES,
  CHART_SCALES,
  CHART_TYPES,
  encodeState,
  STATE_LIMITS,
  STATE_VERSION,
  type ChartState,
} from './urlState';
export { specRows } from './specRows';
export { stateFromConfig } from './stateFromConfig';
export { configFromState, type ConfigFromState } from './configFromState';
export { citationMetadata, withCitationMetadata } from './citationMetadata';
