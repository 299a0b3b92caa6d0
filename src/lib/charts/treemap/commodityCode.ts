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
