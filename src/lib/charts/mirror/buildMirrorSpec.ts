import { findColumn } from '../../data/columnValue';
import type { NumberColumn, Table } from '../../data/table';
import { ChartNotes } from '../skeleton/chartNotes';
import { emptySpec } from '../skeleton/emptySpec';
import { buildColumnSpec } from '../column/buildColumnSpec';
import { chartUnit } from '../prepare/chartUnit';
import { rowMask } from '../prepare/rowMask';
import { columnTitle } from '../words/humanName';
import { amountFormatter } from '../units/formatAmount';
import { normalizeConfig, type ChartInput } from '../config/normalizeConfig';
import type { ChartLabel, ChartSize, ChartSpec } from '../spec';
import { mirrorFromRows } from './mirrorFromRows';
import { mirrorGap, signedPercent } from './mirrorGap';

/** Why mirror figures differ, said under every mirror chart. */
export const CIF_FOB_NOTE =
  'Mirror figures rarely agree: importers value goods CIF (cost, insurance and freight to their border) and exporters FOB (free on board at theirs), so the same goods weigh more in the importer’s records; they also differ in timing, partner attribution and exchange rates.';

const NEED =
  'A mirror view compares two reporters’ figures of one flow (A’s exports to B and B’s imports from A, or each side’s two-way total): choose exactly two value columns, or keep two reporters whose rows name each other as partner.';

/**
 * Mirror statistics: two reporters’ figures of the same flow side by side per period, with the
 * gap between them in value and in % of the second, and a note on CIF/FOB valuation.
 */
export function buildMirrorSpec(table: Table, input: ChartInput, size: ChartSize): ChartSpec {
  const config = normalizeConfig(input, 'column');
  const ys = config.y.map((n) => findColumn(table, n)).filter((c) => c?.type === 'number');
  if (ys.length !== 2 || config.series) {
    // Two reporters' rows of trade with each other (a Comtrade download) make the two columns.
    const paired = mirrorFromRows(table, config);
    if (paired) return buildMirrorSpec(paired.table, paired.config, size);
    return emptySpec('column', table, size, config.text?.title ?? 'Mirror figures', NEED);
  }
  const [a, b] = (ys as NumberColumn[]).map(columnTitle);
  const spec = buildColumnSpec(table, { ...config, variant: 'grouped', mode: 'values' }, size);
  const byPeriod = new Map<string, Map<string, ChartSpec['bars'][number]>>();
  for (const bar of spec.bars) {
    const own = byPeriod.get(bar.point.period) ?? new Map();
    byPeriod.set(bar.point.period, own.set(bar.point.seriesId, bar));
  }
  const mask = rowMask(table, config.filters).mask;
  const { unit } = chartUnit(table, ys[0] as NumberColumn, mask, config.edits);
  const amount = amountFormatter(unit, config.locale ?? 'en');
  const labels: ChartLabel[] = [];
  const rows: string[][] = [];
  for (const [period, own] of byPeriod) {
    const [first, second] = config.y.map((id) => own.get(id));
    if (!first || !second) {
      rows.push([
        period,
        first?.point.valueLabel ?? 'no figure',
        second?.point.valueLabel ?? 'no figure',
        'n/a',
        'n/a',
      ]);
      continue;
    }
    const gap = mirrorGap(first.point.value, second.point.value);
    const gapLabel = `${gap.value > 0 ? '+' : ''}${amount(gap.value)}`;
    const detail = `Gap: ${a} − ${b} = ${gapLabel} (${signedPercent(gap.percent)} of ${b})`;
    for (const bar of [first, second])
      bar.point.detail = bar.point.detail ? `${bar.point.detail}. ${detail}` : detail;
    const top = Math.min(first.y, second.y);
    labels.push({
      x: Math.round(((first.x + second.x + second.width) / 2) * 10) / 10,
      y: top - 10,
      text: signedPercent(gap.percent),
      anchor: 'middle',
    });
    rows.push([
      period,
      first.point.valueLabel,
      second.point.valueLabel,
      gapLabel,
      signedPercent(gap.percent),
    ]);
  }
  const notes = new ChartNotes();
  spec.notes.forEach((n) => notes.add(n));
  notes.add(`Gap = ${a} − ${b}, in value and as % of ${b}; the % is printed over each pair.`);
  notes.add(CIF_FOB_NOTE);
  for (const bar of spec.bars) bar.showValue = false;
  return {
    ...spec,
    variant: 'mirror',
    title: config.text?.title ?? `${a} and ${b}: mirror figures`,
    description: `Mirror figures, ${a} and ${b}, per period with the gap: ${rows
      .filter((r) => r[4] !== 'n/a')
      .map((r) => `${r[0]}: ${r[1]} and ${r[2]}, gap ${r[3]} (${r[4]})`)
      .join('; ')}.`,
    labels,
    notes: notes.all,
    table: {
      caption: spec.table.caption,
      columns: [spec.table.columns[0], a, b, `Gap (${a} − ${b})`, `Gap, % of ${b}`],
      rows,
    },
    view: { ...spec.view, relative: false, zoomable: false },
  };
}
