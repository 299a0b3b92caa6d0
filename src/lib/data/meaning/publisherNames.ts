/**
 * UN Comtrade's name for Taiwan (code 490): one economy, though its name reads like the
 * publisher's "nes" areas (`Areas, nes`, `Other Europe, nes`).
 */
export const OTHER_ASIA_NES = /^other asia,?\s*(nes|n\.e\.s\.?)$/i;

/** Names a publisher gives one economy that do not say which, with what a reader is told. */
const MEANT: [RegExp, string][] = [
  [OTHER_ASIA_NES, '“Other Asia, nes” is the name UN Comtrade gives Taiwan.'],
];

/** What a chart showing `labels` must say of names that do not say which economy they are. */
export function publisherNameNotes(labels: Iterable<string>): string[] {
  const notes = new Set<string>();
  for (const label of labels)
    for (const [name, note] of MEANT) if (name.test(label.trim())) notes.add(note);
  return [...notes];
}
