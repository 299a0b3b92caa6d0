import type { ChartConfig } from '../config';
import type { ChartData } from '../data/prepareChartData';
import { columnTitle as nameOf } from '../humanName';

/** A title from what the data measure and how they are split: `Trade Value (US$) by Partner`. */
export function chartTitle(data: ChartData, config: ChartConfig): string {
  if (config.text?.title) return config.text.title;
  const what = data.indicator ?? data.ys.map(nameOf).join(', ');
  const by = data.split ? ` by ${nameOf(data.split).toLowerCase()}` : '';
  return `${what}${by}`;
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
