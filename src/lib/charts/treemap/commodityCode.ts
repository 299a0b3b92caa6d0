import type { Table, TextColumn } from '../../data/table';
import { HS_SECTIONS, SITC_SECTIONS, type Section } from './hsSections';

export type Nomenclature = 'HS' | 'SITC';

/** Which nomenclature a table's codes are in: its classification column (H5, HS, S4, SITC), else a code column's name. */
export function nomenclatureOf(table: Table, codes?: TextColumn): Nomenclature | undefined {
  for (const c of table.columns) {
    if (c.type === 'number' || !/classif/i.test(c.name)) continue;
    const values = c.dictionary.map((v) => v.trim().toUpperCase());
    if (values.length && values.every((v) => /^(H\d|HS)$/.test(v))) return 'HS';
    if (values.length && values.every((v) => /^(S\d|SITC|ST)$/.test(v))) return 'SITC';
  }
  if (codes && /sitc/i.test(codes.name)) return 'SITC';
  if (codes && /\bhs|hs\d?\b|harmoni[sz]ed/i.test(codes.name)) return 'HS';
  return undefined;
}

/** The year of each HS edition, by UN Comtrade's classification code (H0 = HS 1992 … H6 = HS 2022). */
const HS_EDITIONS: Record<string, number> = {
  H0: 1992,
  H1: 1996,
  H2: 2002,
  H3: 2007,
  H4: 2012,
  H5: 2017,
  H6: 2022,
};

/**
 * The edition of the HS a table's codes follow, when its classification column names one for
 * every row (Comtrade's `H5`); undefined when it says only `HS` (as reported) or mixes editions.
 */
export function hsEditionOf(table: Table): number | undefined {
  for (const c of table.columns) {
    if (c.type === 'number' || !/classif/i.test(c.name)) continue;
    const editions = new Set(
      c.dictionary.filter((v) => v.trim()).map((v) => HS_EDITIONS[v.trim().toUpperCase()]),
    );
    if (editions.size === 1) return [...editions][0];
  }
  return undefined;
}

/** A code as the nomenclature writes it: HS chapters and headings with their leading zero (`1` → `01`). */
export function normalCode(code: string, system: Nomenclature): string {
  const c = code.trim();
  return system === 'HS' && c.length % 2 === 1 ? `0${c}` : c;
}

/** The section a code falls in, and its chapter (HS, two digits) or division (SITC, two digits). */
export function sectionOf(
  code: string,
  system: Nomenclature,
): { section: Section; group: string } | undefined {
  if (system === 'SITC') {
    const section = SITC_SECTIONS[Number(code[0])];
    return section && { section, group: code.slice(0, 2) };
  }
  const chapter = Number(code.slice(0, 2));
  const section = HS_SECTIONS.find((s) => chapter >= s.from && chapter <= s.to);
  return section && { section, group: code.slice(0, 2) };
}
