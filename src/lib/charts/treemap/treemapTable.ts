import type { DataTable } from '../spec';
import { normalCode, sectionOf, type Nomenclature } from './commodityCode';
import type { TreemapItem } from './treemapItems';

/** Every category in the treemap, largest first, with its section, value and share: nothing folded away. */
export function treemapTable(
  items: TreemapItem[],
  system: Nomenclature | undefined,
  byName: string,
  valueName: string,
  amount: (v: number) => string,
  total: number,
  caption: string,
): DataTable {
  const rows = [...items]
    .sort((a, b) => b.cents - a.cents)
    .map((i) => {
      const code = i.code && system ? normalCode(i.code, system) : undefined;
      const at = code ? sectionOf(code, system!) : undefined;
      const share = `${Math.round((i.cents / total) * 1000) / 10} %`;
      const cells = [i.label, amount(i.cents / 100), share];
      return system
        ? [at ? `${at.section.id} ${at.section.short}` : '', code ?? '', ...cells]
        : cells;
    });
  return {
    caption,
    columns: [
      ...(system ? [`${system} section`, 'Code'] : []),
      byName,
      valueName,
      'Share of total',
    ],
    rows,
  };
}
