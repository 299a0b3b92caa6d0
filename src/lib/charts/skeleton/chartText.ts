import type { ChartConfig } from '../config/chartConfig';
import type { ChartData } from '../prepare/prepareChartData';
import type { Table } from '../../data/table';
import { capitalised, columnTitle as nameOf } from '../words/humanName';
import { factsLeft, tradeTitle, tradeWho, type RoleFact, type TradeWho } from '../words/tradeTitle';
import { parseUnit, type Unit } from '../units/parseUnit';

/**
 * A dataset named only by its code (a Eurostat bulk file says `teina200`, never its title): the
 * code a reader can look up, with its publisher (`Eurostat dataset teina200`), rather than `Value`.
 */
function datasetName(source: Table['provenance']['fileSource']): string | undefined {
  if (!source?.dataset) return undefined;
  return `${source.publisher ? `${source.publisher} dataset` : 'Dataset'} ${source.dataset}`;
}

/**
 * What the figures measure, for a title: the indicator a column names; for a measure named only
 * `value` (a wide file made long), what the file's title rows say, or its dataset's code; else
 * the measures' names.
 */
export function measureName(
  table: Table,
  ys: { name: string; label?: string }[],
  indicator?: string,
): string {
  const source = table.provenance.fileSource;
  const generic = ys.length === 1 && /^(value|obs_value|values?)$/i.test(ys[0].name);
  return (
    indicator ??
    (generic ? (source?.measure ?? source?.title ?? datasetName(source)) : undefined) ??
    ys.map(nameOf).join(', ')
  );
}

/**
 * What to do about figures the file names only by their dataset's code (a Eurostat bulk file):
 * a title of `Eurostat dataset teina200` says nothing a reader can publish. Undefined when the
 * figures are named, or the author has titled the chart.
 */
export function unnamedMeasureNote(
  table: Table,
  ys: { name: string }[],
  indicator: string | undefined,
  config: ChartConfig,
): string | undefined {
  const source = table.provenance.fileSource;
  const generic = ys.length === 1 && /^(value|obs_value|values?)$/i.test(ys[0].name);
  if (config.text?.title || indicator || !generic || !source?.dataset) return undefined;
  if (source.measure || source.title) return undefined;
  const code = source.dataset;
  const where =
    source.publisher === 'Eurostat' && /^[A-Za-z0-9_]{2,40}$/.test(code)
      ? ` (https://ec.europa.eu/eurostat/databrowser/view/${code}/default/table)`
      : ' at its publisher';
  return `The file names what it measures only by its dataset's code, ${code}: look the dataset up${where} and title the chart with what it measures (Edit).`;
}

/**
 * A title from what the data measure and how they are split: `Trade Value (US$) by Partner`,
 * or the trade the rows share (`USA exports to China by commodity, 2017`).
 */
export function chartTitle(data: ChartData, config: ChartConfig): string {
  if (config.text?.title) return config.text.title;
  // Bars rank the categories of their x (commodities, partners): the title says which.
  const by = data.split ?? (config.type === 'bar' && data.x.type !== 'number' ? data.x : undefined);
  return titleBy(measureName(data.table, data.ys, data.indicator), by, data.facts);
}

/**
 * A title of what is measured and the column that splits it (`Value by country or area` for
 * `value` and `geo`), beginning with a capital whatever the columns are called. Facts that say a
 * flow, reporter or partner make it a title of that trade: `USA exports to China by commodity`.
 */
export function titleBy(
  what: string,
  by?: { name: string; label?: string },
  facts: RoleFact[] = [],
): string {
  const split = by ? splitName(by) : null;
  const who = tradeWho(facts);
  if (who) return capitalised(tradeTitle(who, what, split));
  return capitalised(split ? `${what} by ${split}` : what);
}

/** How a title names the column that splits the series; none for an unnamed column. */
function splitName(column: { name: string; label?: string }): string | null {
  if (/^column \d+$/i.test(column.name)) return null;
  // Codes and data-model words for places (`geo`, SDMX's `REF_AREA`, Our World in Data's `Entity`).
  if (/^(geo|ref_area|entity|country_or_area)$/i.test(column.name)) return 'country or area';
  // `Country Name`, `PartnerDesc`: a title says what the series are, not which field names them.
  const name = nameOf(column).toLowerCase();
  return name.replace(/(?<=\w)[\s_]*(name|desc|description|label)$/, '') || name;
}

/** Words of a money unit its axis says already: the currency and the scale. */
const MONEY_WORDS =
  /u\.\s?s\.|us\$|usd|\$|dollars?|eur(?:os?)?|€|thousands?|millions?|billions?|trillions?/gi;

/**
 * Whether a unit fact only says the currency or scale the values were read in (`Units: U.S.
 * dollars`, `Scale: Billions`): the axis says it, in the scale it draws (`US$ tn`), and a
 * subtitle that said billions over it would contradict it. A unit with more to say (`U.S.
 * dollars per capita`, `Percent change`, `National currency`) stays.
 */
function saidByAxis(fact: RoleFact, unit: Unit): boolean {
  if (fact.role !== 'unit' || unit.percent) return false;
  const read = parseUnit(fact.value);
  if (read.percent || (!read.currency && read.scale === 1)) return false;
  if (read.currency && read.currency !== unit.currency) return false;
  if (read.scale !== 1 && read.scale !== unit.scale) return false;
  return fact.value.replace(MONEY_WORDS, '').replace(/[\s.,;:()]/g, '') === '';
}

/** What the reader needs beside the title: the fixed facts (reporter, flow, year) and the unit. */
export function chartSubtitle(data: ChartData, config: ChartConfig): string | undefined {
  return factsSubtitle(
    config,
    data.facts.filter((f) => !saidByAxis(f, data.unit)),
  );
}

/**
 * The subtitle from facts the rows share, unless the config sets one (an empty one hides it).
 * Facts a made title already says (`USA exports to China, 2017`) are not said again; under a
 * title the author wrote, every fact stays.
 */
export function factsSubtitle(
  config: ChartConfig,
  facts: RoleFact[],
  who: TradeWho | undefined = tradeWho(facts),
): string | undefined {
  if (config.text?.subtitle !== undefined) return config.text.subtitle || undefined;
  const left = config.text?.title ? facts : factsLeft(facts, who);
  return left.map((f) => `${f.column}: ${f.value}`).join(' · ') || undefined;
}
