import type { ChartConfig } from '../config/chartConfig';
import { factsSubtitle } from '../skeleton/chartText';
import { tradeTitle, tradeWho, type RoleFact } from '../words/tradeTitle';
import type { TreemapTile } from './treemapItems';
import type { DrillStep } from './treemapDrill';

/** `Treemap of $505.6 bn by HS chapter, 31 tiles: 85 Electrical machinery $46.9 bn (9.3 %), …` */
export function describeTreemap(
  tiles: TreemapTile[],
  total: number,
  amount: (v: number) => string,
  by: string,
  path: DrillStep[],
): string {
  const pct = (c: number) => `${Math.round((c / total) * 1000) / 10} %`;
  const told = (t: TreemapTile) => `${t.label} ${amount(t.cents / 100)} (${pct(t.cents)})`;
  // Tiles come in their sections' order: the largest are found among all of them. “Other”,
  // however large, is no category: it comes after them.
  const largest = tiles
    .filter((t) => !t.other)
    .sort((a, b) => b.cents - a.cents)
    .slice(0, 8)
    .map(told);
  const other = tiles.find((t) => t.other);
  const within = path.length ? ` within ${path[path.length - 1].label}` : '';
  return `Treemap of ${amount(total / 100)}${within} by ${by}, ${tiles.length} tiles, largest first: ${largest.join('; ')}${other ? `; and ${told(other)}` : ''}.`;
}

/** A column's title as the words after “by”: `Country Name` → `country`, `Partner` → `partner`. */
const byWords = (title: string) =>
  title.replace(/\s+(name|label|desc(ription)?)$/i, '').toLowerCase();

/** What the tiles are: `HS chapter`, `HS heading` below a chapter, or the category's name. */
export function tileKind(system: string | undefined, byName: string, path: DrillStep[]): string {
  if (!system) return byWords(byName);
  const depth = path.length;
  if (system === 'SITC')
    return (
      ['SITC division', 'SITC division', 'SITC group', 'SITC subgroup', 'SITC item'][depth] ??
      'SITC code'
    );
  return ['HS chapter', 'HS chapter', 'HS heading', 'HS subheading'][depth] ?? 'HS code';
}

/**
 * `Trade Value (US$) by HS section and chapter` (`by HS heading in 84 …` drilled in), or the
 * trade the rows share (`USA exports to China by HS section and chapter, 2017`), and the facts
 * the title does not say.
 */
export function treemapText(
  config: ChartConfig,
  facts: RoleFact[],
  measure: string,
  system: string | undefined,
  byName: string,
  path: DrillStep[] = [],
  tiles = '',
) {
  const by = system
    ? `${system} section and ${system === 'SITC' ? 'division' : 'chapter'}`
    : byWords(byName);
  // Drilled in, the title says where: `… by HS heading in 84 Machinery…`.
  const where = path.length ? `${tiles} in ${path[path.length - 1].label}` : by;
  const who = tradeWho(facts);
  const title =
    config.text?.title ?? (who ? tradeTitle(who, measure, where) : `${measure} by ${where}`);
  const subtitle = factsSubtitle(config, facts);
  return { title, subtitle };
}
