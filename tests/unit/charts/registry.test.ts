import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../../src/lib/charts/buildChartSpec';
import { chartType, chartTypes } from '../../../src/lib/charts/registry';
import { tradeTable } from './tradeTable';
import { atlas } from '../../../src/lib/charts/map/mapAtlas';
import type { Table } from '../../../src/lib/data/table';

const trade = tradeTable();
const CONFIGS = {
  line: { x: 'Year', series: 'Partner', filters: { 'Trade Flow': ['Export'] } },
  column: { x: 'Year', series: 'Partner', filters: { 'Trade Flow': ['Export'] } },
  bar: { x: 'Partner', filters: { 'Trade Flow': ['Export'], Year: ['2022'] } },
  area: { x: 'Year', series: 'Partner', filters: { 'Trade Flow': ['Import'] } },
  slope: { x: 'Year', series: 'Partner', filters: { 'Trade Flow': ['Import'] } },
  scatter: { x: 'Trade Value (US$)', filters: {} },
  balance: { x: 'Year', series: 'Trade Flow', filters: {} },
  treemap: { x: 'Commodity', filters: { 'Trade Flow': ['Export'], Year: ['2022'] } },
  map: { x: 'Partner', filters: { 'Trade Flow': ['Export'], Year: ['2022'] }, atlas },
};
// A map needs places that are countries: the same table with real partners.
const TABLES: Partial<Record<string, Table>> = { map: withCountries(trade) };

function withCountries(table: Table): Table {
  const names: Record<string, string> = { Aland: 'Germany', Bland: 'Brazil', Cland: 'Japan' };
  const columns = table.columns.map((c) =>
    c.name === 'Partner' && c.type !== 'number'
      ? { ...c, dictionary: c.dictionary.map((d) => names[d] ?? d) }
      : c,
  );
  return { ...table, columns };
}

describe('chartTypes: every type is registered with a definition and a pure builder', () => {
  for (const def of Object.values(chartTypes)) {
    it(`${def.kind}: ${def.label}, taking ${def.dimensions.x.accepts.join('/')} along x`, () => {
      expect(chartType(def.kind)).toBe(def);
      const config = { type: def.kind, y: ['Trade Value (US$)'], ...CONFIGS[def.kind] };
      const spec = buildChartSpec(TABLES[def.kind] ?? trade, config, { width: 640, height: 360 });
      expect(spec.kind).toBe(def.kind);
      // Sources everywhere: every chart, whatever its data, names its source.
      expect(spec.sources.map((s) => s.text)).toContain('Pub, “Trade”, 2024');
      expect(spec.table.rows.length).toBeGreaterThan(0);
      expect(spec.description.length).toBeGreaterThan(20);
      // Plain data that crosses a worker or a file whole: no functions, no class instances.
      expect(structuredClone(spec)).toEqual(spec);
    });
  }

  it('chartType(unknown) falls back to line (a hand-edited link)', () => {
    expect(chartType('pie').kind).toBe('line');
  });
});
