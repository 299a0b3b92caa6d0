import { describe, expect, it } from 'vitest';
import { buildMapSpec } from '../../../../src/lib/charts/map/buildMapSpec';
import { atlas } from '../../../../src/lib/charts/map/mapAtlas';
import { subsetNote } from '../../../../src/lib/charts/skeleton/subsetNote';
import { buildTreemapSpec } from '../../../../src/lib/charts/treemap/buildTreemapSpec';
import { loadFixture } from '../loadFixture';
import type { TextColumn } from '../../../../src/lib/data/table';

const FILE = 'comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv';

describe('subsetNote(table, filters)', () => {
  const table = loadFixture(FILE);

  it('says which values of a column a filter keeps, when it keeps several but not all', () => {
    const five = [
      'Aircraft, spacecraft and parts thereof',
      'Organic chemicals',
      'Cereals',
      'Cotton',
      'Zinc and articles thereof',
    ];
    expect(subsetNote(table, { Commodity: five })).toBe(
      'Only 5 of the 97 values of “Commodity” (Aircraft, spacecraft and parts thereof; Organic chemicals; Cereals; Cotton and 1 more) are included, as chosen in the filters.',
    );
    // One value is the subtitle's fact; every value is no filter; a value not in the table counts for nothing.
    expect(subsetNote(table, { 'Trade Flow': ['Export'] })).toBeNull();
    const flows = table.columns.find((c) => c.name === 'Trade Flow') as TextColumn;
    expect(subsetNote(table, { 'Trade Flow': flows.dictionary })).toBeNull();
    expect(subsetNote(table, { Commodity: ['Cereals', 'Nowhere'] })).toBeNull();
  });

  it('is said by a treemap and a map drawn from filtered rows', () => {
    const filters = { 'Trade Flow': ['Export'], Commodity: ['Organic chemicals', 'Cereals'] };
    const size = { width: 640, height: 420 };
    const treemap = buildTreemapSpec(
      table,
      { type: 'treemap', x: 'Commodity Code', y: ['Trade Value (US$)'], filters },
      size,
    );
    expect(treemap.notes.join(' ')).toContain('Only 2 of the 97 values of “Commodity”');
    const map = buildMapSpec(
      table,
      { type: 'map', x: 'Partner', y: ['Trade Value (US$)'], filters, atlas },
      size,
    );
    expect(map.notes.join(' ')).toContain('Only 2 of the 97 values of “Commodity”');
  });
});
