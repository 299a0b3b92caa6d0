/**
 * Names as a list a reader can split again: commas between them, or semicolons when a name has a
 * comma of its own (`Micronesia, Fed. Sts.; Hong Kong SAR, China`), which commas would run
 * together.
 */
export function nameList(names: readonly string[]): string {
  return names.join(names.some((n) => n.includes(',')) ? '; ' : ', ');
}
