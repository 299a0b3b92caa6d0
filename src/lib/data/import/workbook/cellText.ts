/** A cell as read-excel-file gives it. */
export type WorkbookCell = string | number | boolean | Date | null | undefined;

/**
 * A cell as the text the CSV importer reads: numbers in full (`1234.5`, never `1,234.50` as
 * formatted), dates as ISO dates (`2020-01-31`, with the time when there is one), empty
 * cells as `''`.
 */
export function cellText(cell: WorkbookCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (cell instanceof Date) {
    const ms = cell.getTime();
    if (Number.isNaN(ms)) return '';
    const iso = cell.toISOString();
    if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
    return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
  }
  return cell ? 'TRUE' : 'FALSE';
}
