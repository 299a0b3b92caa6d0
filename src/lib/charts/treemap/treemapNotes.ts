import { ChartNotes } from '../skeleton/chartNotes';
import type { ChartConfig } from '../config/chartConfig';
import type { Nomenclature } from './commodityCode';
import { HS_TITLES_EDITION } from './hsSections';
import { TABLE_LISTS_EACH } from '../words/pageOnlyWords';
import type { TreemapItem, TreemapTile } from './treemapItems';

export interface TreemapNoteInput {
  config: ChartConfig;
  /** What the filters leave out of the whole (see subsetNote), or null. */
  subset: string | null;
  system?: Nomenclature;
  /** The HS edition the codes follow (2017 for Comtrade's H5), when the table names one. */
  edition?: number;
  /** Codes read as HS for want of a classification column. */
  assumed: boolean;
  totals: TreemapItem[];
  nonPositive: TreemapItem[];
  tiles: TreemapTile[];
  amount: (v: number) => string;
  /** The group drilled into, when not the whole composition. */
  drilled?: string;
}

const some = (items: TreemapItem[]) =>
  items
    .slice(0, 3)
    .map((i) => (i.code ? i.code : `“${i.label}”`))
    .join(', ') + (items.length > 3 ? ', …' : '');

/** Which HS edition's section titles are shown, and whether the table said so. */
function hsTitles(edition: number | undefined): string {
  return edition
    ? `HS ${edition}`
    : `HS ${HS_TITLES_EDITION}; the table does not name the edition its codes follow`;
}

/** What a treemap must say: how codes roll up, what was left out and why, what “Other” holds. */
export function treemapNotes(n: TreemapNoteInput): string[] {
  const notes = new ChartNotes();
  n.config.text?.notes?.forEach((t) => notes.add(t));
  if (n.drilled)
    notes.add(
      `Showing what ${n.drilled} holds; the ${n.system === 'SITC' ? 'SITC' : 'HS'} section titles are those of the ${n.system === 'SITC' ? 'UN Statistics Division (SITC Rev. 4)' : `World Customs Organization (${hsTitles(n.edition)})`}.`,
    );
  else if (n.system === 'HS')
    notes.add(
      `Codes roll up from headings to chapters (the tiles) and to the 21 sections of the Harmonized System (section titles of the World Customs Organization, ${hsTitles(n.edition)}).`,
    );
  else if (n.system === 'SITC')
    notes.add(
      'Codes roll up from groups to divisions (the tiles) and to the 10 sections of the SITC (Rev. 4, UN Statistics Division).',
    );
  if (n.subset) notes.add(n.subset);
  if (n.assumed) notes.add('The table names no classification: its codes are read as HS codes.');
  if (n.totals.length)
    notes.add(
      `${n.totals.length} row group${n.totals.length === 1 ? ' is a total' : 's are totals'} of others in the table (${some(n.totals)}): not added again.`,
    );
  if (n.nonPositive.length)
    notes.add(
      `${n.nonPositive.length} categor${n.nonPositive.length === 1 ? 'y has' : 'ies have'} a value of zero or below (${some(n.nonPositive)}), which no area can show: left out.`,
    );
  // A tile is the sum of its rows: where some are below zero, it is a net figure, not a part.
  const netted = n.tiles.flatMap((t) => t.items).filter((i) => i.negative);
  if (netted.length)
    notes.add(
      `${netted.length} categor${netted.length === 1 ? 'y sums' : 'ies sum'} rows below zero with the others (${some(netted)}): ${netted.length === 1 ? 'its tile is a net figure' : 'their tiles are net figures'}.`,
    );
  const other = n.tiles.find((t) => t.other);
  if (other)
    notes.add(
      `“Other” holds ${other.items.length} small ${n.system ? 'codes' : 'categories'} together, ${n.amount(other.cents / 100)}${TABLE_LISTS_EACH}.`,
    );
  return notes.all;
}
