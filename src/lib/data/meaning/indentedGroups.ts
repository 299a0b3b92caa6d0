/** Indentation a publisher writes before a name: spaces (also no-break), tabs, dots. */
const INDENT = /^[\s\u00a0.]+/;
/** At most this many names are read: a hierarchy of economies is a few hundred lines. */
const MOST = 5000;

/**
 * The names a file indents others under (UNCTADstat's `World`, `  Developing economies`,
 * `    Developing economies: Africa`, `      Algeria`): each name followed, in the order the file
 * first gives them, by a deeper-indented one heads a group, whatever words it uses. Names are
 * returned as the importer keeps them (trimmed). Empty when no name is indented, or when
 * indentation is all one depth (a padded column, not a hierarchy).
 */
export function indentedGroups(names: readonly string[]): string[] {
  if (names.length > MOST) return [];
  const depth = names.map((n) => (n.trim() ? (n.match(INDENT)?.[0].length ?? 0) : -1));
  if (new Set(depth.filter((d) => d >= 0)).size < 2) return [];
  const groups = new Set<string>();
  let last = -1;
  for (let i = 0; i < names.length; i++) {
    if (depth[i] < 0) continue;
    if (last >= 0 && depth[i] > depth[last]) groups.add(names[last].trim());
    last = i;
  }
  return [...groups];
}
