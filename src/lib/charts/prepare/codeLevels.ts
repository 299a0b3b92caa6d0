import type { Table } from '../../data/table';

const CLASSIFICATION = /^classification(\s*code)?$/i;

/** The nomenclature a Comtrade file names in its Classification column (`H5`, `S4`), if any. */
function classification(table: Table): string | undefined {
  const column = table.columns.find((c) => CLASSIFICATION.test(c.name));
  return column && column.type !== 'number' ? column.dictionary.find((v) => v.trim()) : undefined;
}

/**
 * Commodity codes written so that a code begins the codes below it: HS goes down two digits a
 * level (chapter 84, heading 8471), and a file that drops leading zeros writes chapter 1 as `1`,
 * which begins chapter 10 only as text; as `01` it begins heading `0101` alone. SITC goes down
 * one digit a level (section 7, division 75), its codes as written. The nomenclature is the
 * file's Classification when it has one; else codes with leading zeros are taken as written.
 */
export function levelForm(table: Table, codes: readonly string[]): (code: string) => string {
  const named = classification(table)?.trim();
  const byTwos = named ? /^(H|HS)/i.test(named) : !codes.some((c) => c.startsWith('0'));
  return byTwos ? (c) => (c.length % 2 ? `0${c}` : c) : (c) => c;
}
