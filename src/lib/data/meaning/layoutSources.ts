import type { FileSource, FileText } from './readSource';

/*
 * Publishers known by the columns of their downloads, with no line of text to say so: OECD
 * (OECD.Stat exports and the data.oecd.org `DP_LIVE` file), UNCTADstat and WTO Stats. Every
 * value read from a file is the file's word: it is kept short and never becomes an address.
 */

const has = (columns: string[], ...names: string[]) =>
  names.every((n) => columns.some((c) => c.trim().toLowerCase() === n.toLowerCase()));

/** A short code (letters, digits, `_ . @ -`), or null: a cell is never trusted as more. */
const code = (s: string | undefined) =>
  s && /^[A-Za-z0-9_.@-]{1,40}$/.test(s.trim()) ? s.trim() : null;
/** A cell as a title, or null when there is none worth showing. */
const title = (s: string | undefined) => (s && s.trim() ? s.trim().slice(0, 200) : null);

/**
 * OECD.Stat's CSV export (`Unit Code`, `Unit`, `PowerCode Code`, `PowerCode`, `Flag Codes`,
 * with a code and a label column per dimension) and data.oecd.org's download (`LOCATION`,
 * `INDICATOR`, `SUBJECT`, `MEASURE`, `FREQUENCY`, `TIME`, `Value`, `Flag Codes`). OECD.Stat
 * names its files after the dataset (`MEI_BOP6_12012024.csv`).
 */
export function oecd(t: FileText): FileSource | null {
  const stat =
    has(t.columns, 'PowerCode Code', 'PowerCode') ||
    has(t.columns, 'Unit Code', 'Flag Codes', 'PowerCode');
  const live = has(t.columns, 'LOCATION', 'INDICATOR', 'SUBJECT', 'MEASURE', 'TIME', 'Flag Codes');
  if (!stat && !live) return null;
  const fromName = t.name.match(/^([A-Z][A-Z0-9_]*?)_\d{6,14}\.[a-z]+$/)?.[1];
  const indicator = live ? code(t.firstValue?.('INDICATOR')) : null;
  return {
    publisher: 'OECD',
    title: stat ? 'OECD.Stat' : 'OECD Data',
    dataset: (fromName && fromName !== 'DP_LIVE' ? fromName : null) ?? indicator,
    updated: null,
    url: null,
    readFrom: `its columns (${stat ? 'OECD.Stat' : 'OECD Data'} layout)`,
  };
}

/** UNCTADstat's measure columns: `US dollars at current prices in millions`, `US$ at current prices…`. */
const UNCTAD_MEASURE = /^(us dollars|us\$) at current prices\b/i;

/**
 * UNCTADstat (its Data Centre downloads and bulk files): `Year`, `Economy` and `Economy Label`
 * (a code and a name for each dimension), measures such as `US dollars at current prices in
 * millions` each with a `… Footnote` column. Its files are named after the report
 * (`US_TradeMerchTotal_ST202107161043_v1.csv`, `US.TradeMerchTotal`).
 */
export function unctad(t: FileText): FileSource | null {
  const labelled = has(t.columns, 'Economy', 'Economy Label');
  const measured = t.columns.some((c) => UNCTAD_MEASURE.test(c.trim()));
  if (!labelled && !measured) return null;
  const report = t.name.match(/\bUS[._]([A-Za-z][A-Za-z0-9]{2,60}(_[A-Z])?)(?=[._]|$)/)?.[1];
  const dataset = report && !/^ST\d/.test(report) ? `US.${report}` : null;
  return {
    publisher: 'UNCTAD',
    title: 'UNCTADstat',
    dataset,
    updated: null,
    url: dataset ? `https://unctadstat.unctad.org/datacentre/dataviewer/${dataset}` : null,
    readFrom: 'its columns (UNCTADstat layout)',
  };
}

/**
 * WTO Stats (the timeseries download): `Indicator Code`, `Indicator`, `Reporting Economy`,
 * `Partner Economy`, `Product/Sector`, `Unit`, `Year`, `Value Flag`, `Value`. The indicator
 * named in its first row titles the source.
 */
export function wto(t: FileText): FileSource | null {
  if (!has(t.columns, 'Reporting Economy') || !has(t.columns, 'Indicator Code', 'Indicator'))
    return null;
  return {
    publisher: 'World Trade Organization',
    title: title(t.firstValue?.('Indicator')) ?? 'WTO Stats',
    dataset: code(t.firstValue?.('Indicator Code')),
    updated: null,
    url: 'https://stats.wto.org/',
    readFrom: 'its columns (WTO Stats layout)',
  };
}
