import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../../../src/lib/charts/buildChartSpec';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { CONTEXT_COLOR } from '../../../../src/lib/charts/draw/shape';
import { loadFixture } from '../loadFixture';
import { switchChartType } from '../../../../src/lib/charts/config/switchChartType';

const SIZE = { width: 640, height: 360 };

describe('groupsAsReference(spec, groups), through buildChartSpec', () => {
  // World Bank exports (% of GDP): World leads the lines, as the economies' reference.
  const table = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
  const config = defaultChartConfig(table);

  it('draws World in grey and the economies in their own colours, and says why', () => {
    const spec = buildChartSpec(table, config, SIZE);
    const world = spec.series.find((s) => s.label === 'World')!;
    expect(world.color).toBe(CONTEXT_COLOR);
    const others = spec.series.filter((s) => !s.overlay && s.label !== 'World');
    expect(others.length).toBeGreaterThan(0);
    for (const s of others) expect(s.color).toBeGreaterThanOrEqual(0);
    expect(spec.legend.find((l) => l.label === 'World')?.color).toBe(CONTEXT_COLOR);
    expect(spec.notes).toContain(
      'World is drawn in grey, as a reference: a group of economies, not one of them.',
    );
  });

  it('beside a highlight, draws World in grey dashes apart from the grey others, and says so', () => {
    const name = config.filters['Country Name'].find((v) => v !== 'World')!;
    const spec = buildChartSpec(table, { ...config, edits: { highlight: name } }, SIZE);
    const world = spec.series.find((s) => s.label === 'World')!;
    expect([world.color, world.dash]).toEqual([CONTEXT_COLOR, 'dashed']);
    const back = spec.series.filter((s) => !s.overlay && s.label !== 'World' && s.label !== name);
    for (const s of back) expect([s.color, s.dash]).toEqual([CONTEXT_COLOR, 'solid']);
    expect(spec.series.find((s) => s.label === name)?.strong).toBe(true);
    expect(spec.legend.find((l) => l.label === 'World')?.dash).toBe('dashed');
    expect(spec.notes).toContain(
      'World is drawn in grey dashes, as a reference: a group of economies, not one of them.',
    );
    // World highlighted is no reference.
    const own = buildChartSpec(table, { ...config, edits: { highlight: 'World' } }, SIZE);
    expect(own.notes.join(' ')).not.toMatch(/drawn in grey/);
  });

  it('draws World’s columns in grey when columns are grouped, and says why', () => {
    const spec = buildChartSpec(table, { ...config, type: 'column', variant: 'grouped' }, SIZE);
    const bars = spec.bars ?? [];
    const world = bars.filter((b) => b.point.seriesLabel === 'World');
    expect(world.length).toBeGreaterThan(0);
    expect(world.every((b) => b.color === CONTEXT_COLOR)).toBe(true);
    expect(bars.filter((b) => b.point.seriesLabel !== 'World').every((b) => b.color >= 0)).toBe(
      true,
    );
    expect(spec.legend.find((l) => l.label === 'World')?.color).toBe(CONTEXT_COLOR);
    expect(spec.notes).toContain(
      'World is drawn in grey, as a reference: a group of economies, not one of them.',
    );
  });

  it('keeps the colour an author gave World', () => {
    const spec = buildChartSpec(
      table,
      { ...config, edits: { colors: { World: '#d62728' } } },
      SIZE,
    );
    expect(spec.series.find((s) => s.label === 'World')!.color).toBeGreaterThanOrEqual(0);
  });

  it('leaves a chart of groups only in colour', () => {
    const groups = ['World', 'High income', 'Low income'];
    const spec = buildChartSpec(
      table,
      { ...config, filters: { ...config.filters, [config.series!]: groups } },
      SIZE,
    );
    expect(spec.series.filter((s) => !s.overlay).length).toBe(3);
    for (const s of spec.series) expect(s.color).toBeGreaterThanOrEqual(0);
  });
});

describe('groupsAsReference on a slope chart', () => {
  it('greys World’s end labels with its line', () => {
    const table = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
    const spec = buildChartSpec(
      table,
      switchChartType(table, defaultChartConfig(table), 'slope'),
      SIZE,
    );
    const world = spec.labels.filter((l) => l.series === 'World');
    expect(world).toHaveLength(2);
    for (const l of world) expect(l.color).toBe(CONTEXT_COLOR);
  });
});

describe('measureName(table, ys, indicator) in the titles of every view', () => {
  it('titles a DOTS treemap as its line: what the file’s title rows say, not “value”', () => {
    const dots = loadFixture('imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv');
    const first = defaultChartConfig(dots);
    const line = buildChartSpec(dots, first, SIZE).title;
    expect(line).toMatch(/^Exports, FOB to Partner Countries/);
    const treemap = buildChartSpec(dots, switchChartType(dots, first, 'treemap'), SIZE).title;
    expect(treemap).toBe(`${line.split(' by ')[0]} by partner`);
  });
});
