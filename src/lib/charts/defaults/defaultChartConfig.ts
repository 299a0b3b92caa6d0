import type { Table, TextColumn } from '../../data/table';
import type { ChartConfig } from '../config/chartConfig';
import { DESCRIBING } from '../prepare/measureUnit';
import { keptLabels, keptVaries, rowMask } from '../prepare/rowMask';
import { topLevel, totalAmong } from '../prepare/totalsSummed';
import { fixedValue, mustFix } from './fixDimensions';
import { openingRange } from './leadInRange';
import { rankedEconomies, seriesChoice } from './seriesSelection';
import { pickMeasures } from './pickMeasures';
import { pickTime } from './pickTime';

const SKIP_ROLES = new Set(['code', 'note', 'source', 'time']);
const SPLIT_ROLES = ['partner', 'reporter', 'entity', 'other'] as const;

/**
 * A sensible first chart for any table, from its column roles and types, so a dropped file
 * charts with no clicks: over time a line per partner, reporter or country (the leading five
 * when there are many), two periods as a slope, one period as partners ranked in bars; values
 * summed over commodities (a total beside its parts taken alone, never added to them; codes of
 * one level, never a chapter with its headings);
 * indicators, units and flows fixed to one value (exports first); a line chart opens past a few
 * early figures that stand far apart from the rest (openingRange), zoomed and saying so.
 */
export function defaultChartConfig(table: Table): ChartConfig {
  const masks = maskMemo(table);
  const config = chosenConfig(table, masks);
  return { ...config, ...openingRange(table, config, masks(config.filters)) };
}

/** The rows kept by some filters: one pass over the table only when the filters change. */
function maskMemo(table: Table): (filters: Record<string, string[]>) => Uint8Array {
  let masked: { key: string; mask: Uint8Array } | undefined;
  return (filters) => {
    const key = JSON.stringify(filters);
    if (masked?.key !== key) masked = { key, mask: rowMask(table, filters).mask };
    return masked.mask;
  };
}

/** The chart type, columns and filters of the first chart (see defaultChartConfig). */
function chosenConfig(
  table: Table,
  masks: (filters: Record<string, string[]>) => Uint8Array,
): ChartConfig {
  const filters: Record<string, string[]> = {};
  const mask = () => masks(filters);
  const fix = (c: TextColumn) => {
    const v = fixedValue(c, mask());
    if (v !== undefined) filters[c.name] = [v];
  };
  const time = pickTime(table);
  const measures = pickMeasures(table, true);
  const dims = table.columns.filter(
    (c): c is TextColumn => c.type === 'category' && !SKIP_ROLES.has(c.role ?? 'other'),
  );
  const varies = (c: TextColumn) => keptVaries(c, mask());
  dims.filter((c) => c.role === 'other' && DESCRIBING.test(c.name)).forEach(fix);
  dims.filter((c) => c.role === 'unit').forEach(fix);
  let split: TextColumn | undefined;
  for (const role of SPLIT_ROLES) {
    split ??= dims.find((c) => c.role === role && !mustFix(c) && varies(c));
  }
  const flow = dims.find((c) => c.role === 'flow' && varies(c));
  split ??= flow;
  if (flow && flow !== split) fix(flow);
  // A column fixed already keeps one value: it cannot vary (a pass over every kept row saved).
  for (const c of dims) if (c !== split && mustFix(c) && !filters[c.name] && varies(c)) fix(c);
  // A total beside its parts (All Commodities and the chapters, World and the partners) would
  // be counted twice in a sum: the chart takes the total alone.
  for (const c of dims) {
    if (c === split || filters[c.name]) continue;
    const total = totalAmong(c, mask());
    if (total) filters[c.name] = [total];
  }
  // So would codes of two levels (chapter 84 and its heading 8471): the chart keeps the upper
  // one, and ranks or draws no heading beside the chapter it is part of.
  for (const c of dims) {
    if (filters[c.name]) continue;
    const top = topLevel(table, c, mask());
    if (top) filters[c.name] = top;
  }
  const qualifier = table.columns.find((c) => c.type === 'category' && /^qualifier$/i.test(c.name));
  const base = {
    filters,
    mode: 'values' as const,
    scale: 'linear' as const,
    annotations: [],
    ...(qualifier ? { qualifier: qualifier.name } : {}),
  };
  const periods = time && time.type !== 'number' ? keptLabels(time, mask()) : [];
  const nTime = time?.type === 'number' ? new Set(time.values).size : periods.length;
  const y = measures.slice(0, split ? 1 : 4);
  if (!time || nTime <= 1) {
    const x = split ?? dims[0] ?? table.columns.find((c) => c.type !== 'number');
    // Numbers alone, nothing to name them by: one measure against another.
    const numbers = table.columns.filter((c) => c.type === 'number');
    if (!x && numbers.length >= 2)
      return { ...base, type: 'scatter', x: numbers[0].name, y: [numbers[1].name] };
    // Economies ranked among themselves: a group (EU, World) beside them is not one more country.
    const economies = x?.type === 'category' ? rankedEconomies(table, x, mask()) : undefined;
    if (economies && x) filters[x.name] = economies;
    return { ...base, type: 'bar', variant: 'ranked', x: x?.name ?? '', y: y.slice(0, 1), top: 15 };
  }
  if (split) {
    // Many values, or groups beside economies: the leading economies, not every line at once.
    const choice = seriesChoice(table, split, y[0], time, mask());
    if (choice) filters[split.name] = choice.values;
    const n = choice?.values.length ?? keptLabels(split, mask()).length;
    const note = choice?.note;
    const chosen = note ? { chosen: { column: split.name, values: choice.values, note } } : {};
    if (nTime === 2 && n >= 3)
      return { ...base, type: 'slope', x: time.name, y, series: split.name, ...chosen };
    return { ...base, type: 'line', x: time.name, y, series: split.name, ...chosen };
  }
  return { ...base, type: nTime <= 4 ? 'column' : 'line', x: time.name, y };
}
