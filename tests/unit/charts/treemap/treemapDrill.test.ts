import { describe, expect, it } from 'vitest';
import { buildTreemapSpec } from '../../../../src/lib/charts/treemap/buildTreemapSpec';
import type { NumberColumn, TextColumn } from '../../../../src/lib/data/table';
import { hsTable } from './hsTable';

const SIZE = { width: 800, height: 420 };
const table = hsTable(400);
const input = { x: 'cmdDesc', y: ['primaryValue'] };
const cents = (v: number) => Math.round(v * 100);
const sum = (spec: ReturnType<typeof buildTreemapSpec>) =>
  spec.regions!.reduce((a, r) => a + cents(r.point.value), 0);

describe('buildTreemapSpec(table, {drill}) drills from sections to chapters to headings', () => {
  const top = buildTreemapSpec(table, input, SIZE);
  const section = buildTreemapSpec(table, { ...input, drill: 'XVI' }, SIZE);
  const chapter = buildTreemapSpec(table, { ...input, drill: '84' }, SIZE);
  const heading = buildTreemapSpec(table, { ...input, drill: '8471' }, SIZE);

  it('at the top, a chapter tile drills into its chapter and the path is empty', () => {
    expect(top.view.drill).toEqual([]);
    expect(top.regions!.find((r) => r.id === 'HS:84')!.point.drill).toBe('84');
  });

  it('a section shows its chapters, and sums to the chapters it holds', () => {
    expect(section.view.drill).toEqual([{ id: 'XVI', label: 'HS XVI · Machinery and electrical' }]);
    expect(section.regions!.map((r) => r.id).sort()).toEqual(
      expect.arrayContaining(['HS:84', 'HS:85']),
    );
    // Every six-digit code of chapters 84 and 85, to the cent (the totals' own rows aside).
    const codes = table.columns[1] as TextColumn;
    const values = table.columns[3] as NumberColumn;
    let expected = 0;
    for (let r = 0; r < table.rowCount; r++) {
      const code = codes.dictionary[codes.codes[r]];
      if (code.length === 6 && /^8[45]/.test(code)) expected += cents(values.values[r]);
    }
    expect(sum(section)).toBe(expected);
  });

  it('a chapter shows its headings, named from the table’s own rows, with the path to it', () => {
    expect(chapter.view.drill).toEqual([
      { id: 'XVI', label: 'HS XVI · Machinery and electrical' },
      { id: '84', label: '84 Machinery and mechanical appliances' },
    ]);
    const computers = chapter.regions!.find((r) => r.id === 'HS:8471')!;
    expect(computers.point.seriesLabel).toBe('8471 Computers and their units');
    expect(computers.point.drill).toBe('8471');
    expect(sum(chapter)).toBe(cents(top.regions!.find((r) => r.id === 'HS:84')!.point.value));
  });

  it('a heading shows its subheadings, which drill no further', () => {
    expect(heading.regions!.map((r) => r.id).sort()).toEqual([
      'HS:847130',
      'HS:847141',
      'HS:847150',
    ]);
    expect(heading.regions!.every((r) => r.point.drill === undefined)).toBe(true);
    expect(heading.table.rows).toHaveLength(3);
    expect(heading.description).toMatch(/within 8471 Computers and their units by HS subheading/);
  });

  it('a drill path the table does not have draws the whole composition', () => {
    const stale = buildTreemapSpec(table, { ...input, drill: '9999' }, SIZE);
    expect(stale.view.drill).toEqual([]);
    expect(sum(stale)).toBe(sum(top));
  });

  it('a treemap of plain categories cannot drill', () => {
    const plain = buildTreemapSpec(table, { x: 'Classification', y: ['primaryValue'] }, SIZE);
    expect(plain.view.drill).toBeUndefined();
  });
});
