import type { ChartConfig } from '../config/chartConfig';
import type { ChartData } from '../prepare/prepareChartData';
import { columnTitle as nameOf } from '../words/humanName';

/** A title from what the data measure and how they are split: `Trade Value (US$) by Partner`. */
export function chartTitle(data: ChartData, config: ChartConfig): string {
  if (config.text?.title) return config.text.title;
  const source = data.table.provenance.fileSource;
  // A measure named only `value` (a wide file made long) takes what the file's title rows say.
  const generic = data.ys.length === 1 && /^(value|obs_value|values?)$/i.test(data.ys[0].name);
  const what =
    data.indicator ??
    (generic ? (source?.measure ?? source?.title) : undefined) ??
    data.ys.map(nameOf).join(', ');
  return titleBy(what, data.split);
}

/**
 * A title of what is measured and the column that splits it (`Value by country or area` for
 * `value` and `geo`), beginning with a capital whatever the columns are called.
 */
export function titleBy(what: string, by?: { name: string; label?: string }): string {
  const split = by ? splitName(by) : null;
  const title = split ? `${what} by ${split}` : what;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** How a title names the column that splits the series; none for an unnamed column. */
function splitName(column: { name: string; label?: string }): string | null {
  if (/^column \d+$/i.test(column.name)) return null;
  if (/^(geo|ref_area)$/i.test(column.name)) return 'country or area';
  // `Country Name`, `PartnerDesc`: a title says what the series are, not which field names them.
  const name = nameOf(column).toLowerCase();
  return name.replace(/(?<=\w)[\s_]*(name|desc|description|label)$/, '') || name;
}

/** What the reader needs beside the title: the fixed facts (reporter, flow, year) and the unit. */
export function chartSubtitle(data: ChartData, config: ChartConfig): string | undefined {
  if (config.text?.subtitle !== undefined) return config.text.subtitle || undefined;
  const facts = data.facts.map((f) => `${f.column}: ${f.value}`);
  return facts.length ? facts.join(' · ') : undefined;
}

/** The subtitle from facts the rows share, unless the config sets one (an empty one hides it). */
export function factsSubtitle(
  config: ChartConfig,
  facts: { column: string; value: string }[],
): string | undefined {
  if (config.text?.subtitle !== undefined) return config.text.subtitle || undefined;
  return facts.map((f) => `${f.column}: ${f.value}`).join(' · ') || undefined;
}
