export { bibtexKey } from './bibtexKey';
export {
  formatUsDate,
  formatUsDateSpan,
  parseCitationDate,
  type CitationDate,
  type DateParts,
} from './citationDate';
export { accessedDate, type CiteOptions } from './citeOptions';
export { formatApa } from './formatApa';
export { escapeBibtex, formatBibtex } from './formatBibtex';
export { formatChicago } from './formatChicago';
export { formatRis } from './formatRis';
export { citationUrl, endSentence, plainText } from './plainText';
export { stringifyCslJson } from './stringifyCslJson';
export { toCslJson, type CslDate, type CslItem } from './toCslJson';
export { chartPageUrl } from './chartPageUrl';
export {
  chartCslJson,
  formatChartApa,
  formatChartBibtex,
  formatChartChicago,
  formatChartRis,
  type ChartWork,
} from './formatChart';
