import { aggregatesIn } from '../../data/meaning/aggregates';
import type { Column, Table, TextColumn } from '../../data/table';
import type { Dimension } from './chartDefinition';
import { remember, type ChartMemo } from './chartMemo';
import { unitWords } from '../words/unitWords';
import type { ChartConfig } from './chartConfig';
import { keptLabels, rowMask } from '../prepare/rowMask';
import { capitalised, columnTitle } from '../words/humanName';
import { pickTime } from '../defaults/pickTime';
import { chartType } from '../registry';
import { TOTAL } from '../prepare/totalsSummed';
import { orderFilterValues } from './orderFilterValues';
import { pairedCodes } from '../treemap/pairedCodes';

export interface ColumnChoice {
  name: string;
  label: string;
}

/** A column a reader can filter on, with its values (among rows kept by the other filters). */
export interface FilterChoice extends ColumnChoice {
  values: string[];
  /** Of the values, those that are groups of economies (World, regions, income groups): listed apart. */
  groups?: string[];
  /** Values written as codes, in words (`MIO_EUR` → `Million euro`): what the picker shows. */
  words?: Record<string, string>;
  /** Each value's code from the column beside it (`87` for Vehicles), so a search finds either. */
  codes?: Record<string, string>;
}

const accepts = (d: Dimension, c: Column) => d.accepts.includes(c.type) && c.role !== 'code';
/** A control's label for a column, beginning with a capital (`Period`, `Value`, `Geo`). */
const choice = (c: Column): ColumnChoice => {
  return { name: c.name, label: capitalised(columnTitle(c)) };
};
const FILTER_ROLES = new Set(['partner', 'reporter', 'entity', 'flow', 'unit', 'other', 'time']);
const YES_NO = /^(true|false|yes|no|0|1|y|n)$/i;
/** Flag columns (`isNetWgtEstimated`: True/False) are no one's filter. */
const isYesNo = (c: Column) =>
  c.type !== 'number' && c.dictionary.every((v) => YES_NO.test(v.trim()));

/** The columns each dimension of the config's chart type can take, for the pickers. */
export function columnChoices(table: Table, config: ChartConfig) {
  const dims = chartType(config.type).dimensions;
  return {
    x: table.columns.filter((c) => accepts(dims.x, c)).map(choice),
    y: table.columns.filter((c) => accepts(dims.y, c) && c.name !== config.x).map(choice),
    series: table.columns.filter((c) => accepts(dims.series, c) && c.name !== config.x).map(choice),
  };
}

/**
 * The columns worth a filter: categories and periods with two or more values, each with the
 * values left by the other filters (so choosing a reporter narrows the partners on offer).
 * One pass per filtered column over every row: kept in the chart's memo, which for a fresh
 * upload holds what the import worker found, so the pickers never cost the page a long frame.
 */
export function filterChoices(table: Table, config: ChartConfig, memo?: ChartMemo): FilterChoice[] {
  return remember(memo, filterKey(config), () => computeFilterChoices(table, config));
}

const filterKey = (config: ChartConfig) =>
  JSON.stringify(['filter-choices', config.type, config.x, config.filters]);

/** Keeps filter choices computed elsewhere (the import worker) in a chart's memo. */
export function keepFilterChoices(
  memo: ChartMemo,
  config: ChartConfig,
  choices: FilterChoice[],
): void {
  memo.keep(filterKey(config), choices);
}

/** The values of a unit column that are codes with words (`MIO_EUR`), or undefined when none. */
function wordsOf(values: string[]): Record<string, string> | undefined {
  const entries = values.flatMap((v) => {
    const words = unitWords(v);
    return words ? [[v, words] as const] : [];
  });
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** The code of each value of a commodity column, from the code column paired with it. */
function codesOf(table: Table, c: TextColumn, mask: Uint8Array) {
  const paired = pairedCodes(table, c, mask);
  if (!paired || paired === c) return undefined;
  const out: Record<string, string> = {};
  for (let r = 0; r < mask.length; r++) {
    if (!mask[r] || c.codes[r] < 0 || paired.codes[r] < 0) continue;
    out[c.dictionary[c.codes[r]]] ??= paired.dictionary[paired.codes[r]];
  }
  return out;
}

function computeFilterChoices(table: Table, config: ChartConfig): FilterChoice[] {
  // Time is filtered only where the chart is not already over it (zoom does that), and only
  // on the one time column charts use (`Year`, not also `Period` and `Period Desc.`).
  const time = pickTime(table);
  // Every column outside the filters sees the same rows: one pass over the table for all.
  const masks = new Map<string, Uint8Array>();
  const maskOf = (filters: Record<string, string[]>) => {
    const key = JSON.stringify(filters);
    let mask = masks.get(key);
    if (!mask) masks.set(key, (mask = rowMask(table, filters).mask));
    return mask;
  };
  // A map draws one period, picked on its own slider: a time filter beside it said `all`.
  const overTime = config.type === 'slope' || config.type === 'map';
  const usable = (c: Column) =>
    c.role !== 'time' || (c === time && c.name !== config.x && !overTime);
  return table.columns
    .filter((c) => c.type !== 'number' && c.type !== 'text' && FILTER_ROLES.has(c.role ?? 'other'))
    .filter(usable)
    .filter((c) => !isYesNo(c))
    .filter((c) => c.type !== 'category' || c.dictionary.length > 1)
    .flatMap((c) => {
      const { [c.name]: _own, ...others } = config.filters;
      const mask = maskOf(others);
      const values = keptLabels(c, mask);
      if (values.length < 2) return [];
      const groups = c.type === 'category' ? aggregatesIn(table, c) : [];
      const kept = new Set(values);
      // The total (World) leads the list; the other groups are listed apart, after it.
      const listed = groups.filter((g) => kept.has(g) && !TOTAL.test(g.trim()));
      const words = c.role === 'unit' ? wordsOf(values) : undefined;
      const codes = c.type === 'category' ? codesOf(table, c, mask) : undefined;
      return [
        {
          ...choice(c),
          // Categories in the order a reader looks them up; periods stay in time order.
          values:
            c.type === 'category' ? orderFilterValues(values, (v) => words?.[v] ?? v) : values,
          ...(listed.length ? { groups: listed } : {}),
          ...(words ? { words } : {}),
          ...(codes ? { codes } : {}),
        },
      ];
    });
}
