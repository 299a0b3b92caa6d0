import { ChartMemo } from '../charts/config/chartMemo';
import { seedChartData, type ChartDataPayload } from '../charts/prepare/chartDataTransfer';
import type { Table } from '../data/table';

/**
 * The memo each table's charts share, for as long as that table object lives: a table edited
 * (new roles, the full file after its preview) is another object and is charted afresh.
 */
export class TableMemos {
  readonly #memos = new WeakMap<Table, ChartMemo>();

  /** The memo to pass in with the config of every chart of `table`. */
  of(table: Table): ChartMemo {
    let memo = this.#memos.get(table);
    if (!memo) this.#memos.set(table, (memo = new ChartMemo()));
    return memo;
  }

  /** The table, with what the import worker prepared for it kept for its first draw. */
  seeded(table: Table, prepared: ChartDataPayload | undefined): Table {
    if (prepared) seedChartData(table, prepared, this.of(table));
    return table;
  }
}
