import { oecd, unctad, wto } from './layoutSources';
import { statedSource } from './statedSource';

/** The source a file names for itself: who published it, what it is, which edition. */
export interface FileSource {
  publisher: string;
  title: string | null;
  /** The dataset's or indicator's code (`NE.EXP.GNFS.ZS`, `teina200`, `DOTS`). */
  dataset: string | null;
  /** Edition or last update, as the file gives it (`2023-10-26`, `October 2024`). */
  updated: string | null;
  /** Only an address the publisher really has for this dataset. */
  url: string | null;
  /** Where the file says so: a line, or the layout of its columns. */
  readFrom: string;
  /** What the figures are, when a title row says (`Exports, FOB to Partner Countries`). */
  measure?: string;
  /** Whose trade it is, when a title row names the reporter (`China, P.R.: Mainland`). */
  reporter?: string;
}

/** What a file shows of itself: its name, the lines above and below the table, its header. */
export interface FileText {
  name: string;
  preamble: { line: number; text: string }[];
  footer: { line: number; text: string }[];
  columns: string[];
  /** The header row's cells as written (before a Eurostat `unit,geo\time` cell is split). */
  header?: string[];
  /** The first value of a column, for layouts that name the dataset in a column (SDMX-CSV). */
  firstValue?: (column: string) => string | undefined;
}

const WORLD_BANK = 'World Bank';
const IMF = 'International Monetary Fund';
const MONTHS =
  /^(january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** `09/15/2023` → `2023-09-15`; an ISO date as it is; anything else as written. */
function isoDate(s: string): string {
  const us = s.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  if (us) return `${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`;
  return s;
}

const has = (columns: string[], ...names: string[]) =>
  names.every((n) => columns.some((c) => c.toLowerCase() === n.toLowerCase()));

/** A World Bank API download: a preamble of `Data Source` and `Last Updated Date`, or its header. */
function worldBank(t: FileText): FileSource | null {
  const source = t.preamble.find((p) => /^data source\b/i.test(p.text));
  const updated = t.preamble.find((p) => /^last updated date\b/i.test(p.text));
  const fromName = t.name.match(/^API_(.+?)_DS2_/i)?.[1] ?? null;
  const bankHeader = has(
    t.columns,
    'Country Name',
    'Country Code',
    'Indicator Name',
    'Indicator Code',
  );
  if (!source && !bankHeader) return null;
  return {
    publisher: WORLD_BANK,
    title: source ? source.text.replace(/^data source\s*/i, '').trim() || null : null,
    dataset: fromName,
    updated: updated ? isoDate(updated.text.replace(/^last updated date\s*/i, '').trim()) : null,
    url: fromName ? `https://data.worldbank.org/indicator/${fromName}` : null,
    readFrom: source ? `line ${source.line}` : 'its columns (World Bank layout)',
  };
}

/** A World Bank DataBank download: `Data from database: …` and `Last Updated: …` below the table. */
function dataBank(t: FileText): FileSource | null {
  const db = t.footer.find((f) => /^data from database:/i.test(f.text));
  if (!db) return null;
  const updated = t.footer.find((f) => /^last updated:/i.test(f.text));
  return {
    publisher: WORLD_BANK,
    title: db.text.replace(/^data from database:\s*/i, '').trim() || null,
    dataset: null,
    updated: updated ? isoDate(updated.text.replace(/^last updated:\s*/i, '').trim()) : null,
    url: null,
    readFrom: `line ${db.line}`,
  };
}

/** IMF World Economic Outlook: its footer line, or its column layout. */
function weo(t: FileText): FileSource | null {
  const line = [...t.footer, ...t.preamble].find((f) =>
    /international monetary fund,\s*world economic outlook/i.test(f.text),
  );
  const layout = has(t.columns, 'Subject Descriptor', 'Units', 'Scale');
  if (!line && !layout) return null;
  const edition = line?.text
    .split(',')
    .map((s) => s.trim())
    .find((s) => {
      const [month, year] = s.split(/\s+/);
      return MONTHS.test(month ?? '') && /^\d{4}$/.test(year ?? '');
    });
  return {
    publisher: IMF,
    title: 'World Economic Outlook Database',
    dataset: 'WEO',
    updated: edition ?? null,
    url: 'https://www.imf.org/en/Publications/WEO/weo-database',
    readFrom: line ? `line ${line.line}` : 'its columns (WEO layout)',
  };
}

/** IMF Direction of Trade Statistics: title lines such as `Exports, FOB to Partner Countries`. */
function dots(t: FileText): FileSource | null {
  const flow = t.preamble.find((p) => /\b(FOB|CIF)\b.*\bpartner countries\b/i.test(p.text));
  if (!flow) return null;
  const reporter = t.preamble.find(
    (p) => p.line > flow.line && !/millions|billions|dollars|units/i.test(p.text),
  );
  return {
    publisher: IMF,
    title: `Direction of Trade Statistics (DOTS): ${flow.text}${reporter ? `, ${reporter.text}` : ''}`,
    dataset: 'DOTS',
    updated: null,
    url: null,
    readFrom: `line ${flow.line}`,
    measure: reporter ? `${flow.text}: ${reporter.text}` : flow.text,
    ...(reporter ? { reporter: reporter.text } : {}),
  };
}

/** UN Comtrade (Comtrade+ and the legacy download): their column names. */
function comtrade(t: FileText): FileSource | null {
  const plus = has(t.columns, 'reporterCode', 'partnerCode') && has(t.columns, 'cmdCode');
  const legacy =
    has(t.columns, 'Reporter Code', 'Partner Code') && has(t.columns, 'Commodity Code');
  if (!plus && !legacy) return null;
  return {
    publisher: 'United Nations',
    title: 'UN Comtrade Database',
    dataset: null,
    updated: null,
    url: 'https://comtradeplus.un.org/',
    readFrom: 'its columns (UN Comtrade layout)',
  };
}

/** A Eurostat bulk TSV: a first header cell such as `unit,geo\time`; the code from the file name. */
function eurostat(t: FileText): FileSource | null {
  if (!/\\(time|time_period)$/i.test((t.header ?? t.columns)[0]?.trim() ?? '')) return null;
  const code =
    t.name
      .replace(/(\.[a-z0-9]{1,8})+$/i, '')
      .split(/[^a-z0-9_]/i)
      .pop()
      ?.match(/([a-z]{2,}[a-z0-9]*_?\d+[a-z0-9_]*)$/i)?.[1]
      ?.replace(/^[^_]*_(?=[a-z]+\d)/i, '') ?? null;
  return {
    publisher: 'Eurostat',
    title: null,
    dataset: code,
    updated: null,
    url: code ? `https://ec.europa.eu/eurostat/databrowser/view/${code}/default/table` : null,
    readFrom: 'its header (Eurostat bulk layout)',
  };
}

const AGENCIES: Record<string, string> = {
  ESTAT: 'Eurostat',
  IMF: IMF,
  ECB: 'European Central Bank',
  OECD: 'OECD',
  WB: WORLD_BANK,
  UNSD: 'United Nations Statistics Division',
  BIS: 'Bank for International Settlements',
  ILO: 'International Labour Organization',
};

/**
 * SDMX-CSV: the `DATAFLOW` column, `AGENCY:CODE(VERSION)`; or, in the OECD Data Explorer's and
 * SDMX 2.0 files, `STRUCTURE_ID` with the dataflow's name in `STRUCTURE_NAME`.
 */
function sdmx(t: FileText): FileSource | null {
  const column = t.columns.find((c) => /^(dataflow|structure_id)$/i.test(c));
  const flow = column ? t.firstValue?.(column) : undefined;
  const m = flow?.match(/^([A-Z0-9_.]+):([A-Za-z0-9_@.]+)(\(([^)]*)\))?/);
  if (!m) return null;
  const agency = AGENCIES[m[1]] ?? AGENCIES[m[1].split('.')[0]] ?? m[1];
  const named = t.columns.find((c) => /^structure_name$/i.test(c));
  const name = named ? t.firstValue?.(named)?.trim().slice(0, 200) : undefined;
  return {
    publisher: agency,
    title: name || null,
    dataset: m[2],
    updated: m[4] ? `version ${m[4]}` : null,
    url: null,
    readFrom: `its ${column} column (SDMX-CSV)`,
  };
}

/** Our World in Data's grapher downloads: `Entity`, `Code`, `Year`. */
function owid(t: FileText): FileSource | null {
  if (!has(t.columns, 'Entity', 'Code', 'Year')) return null;
  const measure = t.columns.find((c) => !/^(entity|code|year)$/i.test(c)) ?? null;
  return {
    publisher: 'Our World in Data',
    title: measure,
    dataset: null,
    updated: null,
    url: null,
    readFrom: 'its columns (Our World in Data layout)',
  };
}

/**
 * The source a file names for itself, read from its preamble, its footer, its column layout and
 * its name: World Bank (API CSV with or without its preamble, DataBank), IMF (WEO, DOTS), UN
 * Comtrade, Eurostat (bulk TSV, SDMX-CSV), OECD (SDMX-CSV, OECD.Stat, OECD Data), UNCTADstat,
 * WTO Stats and others through SDMX's DATAFLOW, and Our World in Data; failing those, a line that
 * says `Source: …`. Null when the file does not say (a datahub.io copy names no publisher). What it says is the file's word, not a
 * verification.
 */
export function readSource(t: FileText): FileSource | null {
  const readers = [dataBank, worldBank, weo, dots, sdmx, eurostat, comtrade, oecd, unctad, wto];
  for (const read of [...readers, owid, statedSource]) {
    const found = read(t);
    if (found) return found;
  }
  return null;
}
