import type { Table, TextColumn } from '../../data/table';
import type { ChartConfig } from '../config/chartConfig';
import { inTimeOrder, keptLabels, rowMask } from '../prepare/rowMask';
import { fixedValue, mustFix } from '../defaults/fixDimensions';
import { pickTime } from '../defaults/pickTime';
import { PLACE_ROLES } from '../../data/meaning/aggregates';

const COMMODITY = /commodit|product|cmd|hs|sitc|sector|category|description/i;

/**
 * A composition at one period: the commodity (or other category) column along x, the latest
 * period kept, series dropped; a flow stays fixed to the one already chosen, and one left open
 * (a balance shows both) is fixed to exports: tiles or countries of exports plus imports would
 * add up two directions of trade without saying so. Units and indicators likewise.
 */
export function onePeriod(table: Table, config: ChartConfig, x: string): ChartConfig {
  const time = pickTime(table);
  const filters = { ...config.filters };
  for (const c of table.columns) {
    if (c.type !== 'category' || c.name === x || !mustFix(c) || filters[c.name]?.length) continue;
    const value = fixedValue(c, rowMask(table, filters).mask);
    if (value !== undefined) filters[c.name] = [value];
  }
  if (time && time.type !== 'number' && time.name !== x) {
    const { [time.name]: _own, ...others } = filters;
    const periods = inTimeOrder(time, keptLabels(time, rowMask(table, others).mask));
    const chosen = filters[time.name]?.filter((p) => periods.includes(p));
    filters[time.name] = chosen?.length === 1 ? chosen : periods.slice(-1);
  }
  return { ...config, x, series: undefined, filters, variant: undefined };
}

/**
 * What a composition splits by: commodities first; else what the last chart split its series or
 * categories by; else places; else any category. Only a column with several values among the
 * rows the other filters keep (a DataBank file's one `Series Name` would make a single tile).
 */
export function adaptTreemap(table: Table, config: ChartConfig): ChartConfig {
  const text = table.columns.filter(
    (c): c is TextColumn => c.type === 'category' && c.role !== 'code',
  );
  const several = (c: TextColumn) => {
    const { [c.name]: _own, ...others } = config.filters;
    return keptLabels(c, rowMask(table, others).mask).length > 1;
  };
  const split = text.filter(several);
  const x =
    split.find((c) => COMMODITY.test(c.name)) ??
    split.find((c) => c.name === config.series || c.name === config.x) ??
    split.find((c) => PLACE_ROLES.has(c.role ?? '')) ??
    split[0] ??
    text.find((c) => c.name === config.x);
  const next = onePeriod(table, config, x?.name ?? config.x);
  // A composition shows every part: a choice of the leading few made for a line chart would
  // make those few fill the whole box, each tile far larger than its share.
  if (x) delete next.filters[x.name];
  return next;
}
