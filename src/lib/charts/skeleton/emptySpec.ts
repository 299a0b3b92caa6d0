import type { Table } from '../../data/table';
import { wrapText } from '../layout/textWidth';
import { sourceLines } from '../words/sourceLines';
import type { ChartKind, ChartSize, ChartSpec } from '../spec';
import { assembleSpec } from './assembleSpec';

/**
 * A chart that cannot be drawn from this table, saying why in its plot, its description and its
 * notes (never an empty axis that looks like data); its sources are still named.
 */
export function emptySpec(
  kind: ChartKind,
  table: Table,
  size: ChartSize,
  title: string,
  why: string,
): ChartSpec {
  const lines = wrapText(why, Math.min(size.width - 40, 520), 13);
  const top = size.height / 2 - (lines.length * 18) / 2;
  return assembleSpec(size, {
    kind,
    plot: { left: 16, top: 16, width: size.width - 32, height: size.height - 32 },
    title,
    description: `No ${kind} chart: ${why}`,
    callouts: lines.map((text, i) => ({
      type: 'text',
      x: size.width / 2,
      y: top + i * 18,
      text,
      size: 13,
      anchor: 'middle',
      fill: 'muted',
    })),
    sources: sourceLines(table, [], []),
    notes: [why],
    table: { caption: title, columns: [], rows: [] },
    why,
  });
}
