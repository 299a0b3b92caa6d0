import type { Table } from '../../data/table';
import { assembleSpec } from '../skeleton/assembleSpec';
import { factsSubtitle } from '../skeleton/chartText';
import { emptySpec } from '../skeleton/emptySpec';
import { valueAxisText } from '../skeleton/valueLabel';
import { chartUnit } from '../prepare/chartUnit';
import type { ChartData } from '../prepare/prepareChartData';
import { slotLabeller } from '../prepare/slotLabel';
import { columnTitle } from '../words/humanName';
import { normalizeConfig, type ChartInput } from '../config/normalizeConfig';
import { pointSource } from '../words/pointSource';
import { sourceLines } from '../words/sourceLines';
import type { Shape } from '../draw/shape';
import type { ChartBar, ChartSeries, ChartSize, ChartSpec, LegendItem } from '../spec';
import { tableFacts } from '../prepare/tableFacts';
import { tradeTitle } from '../words/tradeTitle';
import { balanceWho } from './balanceWho';
import { amountFormatter } from '../units/formatAmount';
import { balanceData, type BalanceData, type BalancePanel } from './balanceData';
import type { ChartConfig } from '../config/chartConfig';
import { balanceBars, balanceValues, flowLines, type MarkContext } from './balanceMarks';
import { balanceNotes } from './balanceNotes';
import { balancePanels, panelGuides } from './balancePanels';
import { balanceTable } from './balanceTable';

/** Most small multiples: the partners with the most trade; the rest are named in a note. */
export const MAX_PANELS = 6;

const turnover = (p: BalancePanel) =>
  p.exports.reduce((a, v) => a + Math.abs(v), 0) + p.imports.reduce((a, v) => a + Math.abs(v), 0);

function legend(lines: boolean, bars: ChartBar[]): LegendItem[] {
  const item = (
    id: string,
    label: string,
    color: number,
    symbol: LegendItem['symbol'],
    dash: LegendItem['dash'] = 'solid',
  ) => ({ id, label, color, symbol, dash, toggles: false, hidden: false }) as LegendItem;
  return [
    ...(bars.some((b) => b.point.value >= 0)
      ? [item('surplus', 'Surplus (exports above imports)', 0, 'swatch')]
      : []),
    ...(bars.some((b) => b.point.value < 0)
      ? [item('deficit', 'Deficit (imports above exports)', 1, 'swatch')]
      : []),
    ...(lines
      ? [item('exports', 'Exports', 2, 'line'), item('imports', 'Imports', 4, 'line', 'dashed')]
      : []),
  ];
}

/**
 * A trade balance: exports − imports per period as bars diverging from zero, from a flow column
 * (Export/Import, X/M); with several partners, one small multiple each on a shared scale.
 * Optionally the exports and imports themselves as lines (`variant: 'flows'`).
 */
export function buildBalanceSpec(table: Table, input: ChartInput, size: ChartSize): ChartSpec {
  const config = normalizeConfig(input, 'balance');
  const data = balanceData(table, config);
  if (typeof data === 'string')
    return emptySpec('balance', table, size, config.text?.title ?? 'Trade balance', data);
  const locale = config.locale ?? 'en';
  const lines = config.variant === 'flows';
  const all = [...data.panels].sort((a, b) => turnover(b) - turnover(a));
  const panels = data.panels.filter((p) => all.indexOf(p) < MAX_PANELS);
  const several = panels.length > 1;
  const { title, subtitle } = balanceText(table, data, config, several);
  const { unit, note: unitNote } = chartUnit(table, data.y, data.mask, config.edits);
  const amount = amountFormatter(unit, locale);
  const periods = data.slots.keys.length
    ? Array.from(data.slots.keys, (_, i) =>
        slotLabeller({ slots: data.slots, x: data.x } as ChartData, locale)(i),
      )
    : [];
  const extent = balanceExtent(panels, lines);
  const axis = valueAxisText(unit, 'values', Math.max(...extent.map(Math.abs)), locale);
  const laid = balancePanels(size, panels.length, periods.length, extent, axis.tick);
  const { frames, plot } = laid;
  const ctx: MarkContext = {
    periods,
    amount,
    source: pointSource(table, data.y, -1),
    several,
    lines,
  };
  const bars: ChartBar[] = panels.flatMap((p, i) => balanceBars(p, frames[i], ctx));
  const series: ChartSeries[] = lines ? panels.flatMap((p, i) => flowLines(p, frames[i], ctx)) : [];
  const cols = several ? new Set(frames.map((f) => f.plot.left)).size : 1;
  const guides: Shape[] = several
    ? panels.flatMap((p, i) => panelGuides(frames[i], p.label, periods, i % cols === 0))
    : [];
  const one = frames[0];
  return assembleSpec(
    { ...size, height: laid.height },
    {
      kind: 'balance',
      variant: lines ? 'flows' : 'bars',
      plot: several ? plot : one.plot,
      title,
      subtitle,
      description: describeBalance(bars),
      xAxis: {
        ticks: several
          ? []
          : periods.map((label, i) => ({
              value: data.slots.keys[i],
              label,
              pos: Math.round(((one.x(i) ?? 0) + one.x.bandwidth() / 2) * 10) / 10,
            })),
        grid: false,
      },
      yAxis: {
        ticks: several ? [] : one.y.ticks,
        label: config.text?.yLabel ?? axis.label,
        grid: !several,
      },
      series,
      bars,
      guides,
      legend: legend(lines, bars),
      sources: sourceLines(table, [data.y], config.overlaySources ?? []),
      notes: [
        ...(unitNote ? [unitNote] : []),
        ...balanceNotes(table, data, config, amount, data.panels.length - panels.length),
      ],
      table: balanceTable(panels, periods, several ? data.by : undefined, data.x, amount, title),
    },
  );
}

// Kept here too: the map controls' test imports the still view from this module.
export { STILL } from '../skeleton/assembleSpec';

/** From zero to the largest surplus and deficit (and flows, when drawn as lines). */
function balanceExtent(panels: BalancePanel[], lines: boolean): [number, number] {
  let [lo, hi] = [0, 0];
  for (const p of panels) {
    const values = [...balanceValues(p)];
    if (lines)
      values.push(
        ...Array.from(p.exports, (c) => c / 100),
        ...Array.from(p.imports, (c) => c / 100),
      );
    for (const v of values) if (!Number.isNaN(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  }
  return [lo, hi];
}

/**
 * `Trade balance by partner`, or whose balance with whom the rows share (`USA trade balance with
 * China`), and the facts the title does not say.
 */
function balanceText(table: Table, data: BalanceData, config: ChartConfig, several: boolean) {
  const { facts } = tableFacts(table, data.mask, [config.x, data.flow.name, data.y.name]);
  const by = several && data.by ? columnTitle(data.by).toLowerCase() : null;
  const who = balanceWho(facts);
  const title =
    config.text?.title ?? (who ? tradeTitle(who, '', by) : `Trade balance${by ? ` by ${by}` : ''}`);
  const subtitle = factsSubtitle(config, facts, who);
  return { title, subtitle };
}

/** `Trade balance. 2017: −$375.2 bn (deficit).` */
function describeBalance(bars: ChartBar[]): string {
  const say = bars
    .slice(0, 40)
    .map(
      (b) =>
        `${b.point.seriesLabel === 'Balance' ? '' : `${b.point.seriesLabel.replace(/: balance$/, '')} `}${b.point.period}: ${b.point.valueLabel} (${b.point.value < 0 ? 'deficit' : 'surplus'})`,
    );
  return `Trade balance, exports − imports. ${say.join('; ')}.`;
}
