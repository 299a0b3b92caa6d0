import { describe, expect, it } from 'vitest';
import { qualifiedLabel } from '../../../../src/lib/charts/words/qualifiedLabel';
import { releaseChartSpec } from '../../../../src/lib/dashboard/dashboardSpecs';
import { buildColumnSpec } from '../../../../src/lib/charts/column/buildColumnSpec';
import { tradeTable } from '../tradeTable';
import { csvTable, loadFixture } from '../loadFixture';
import { switchChartType } from '../../../../src/lib/charts/config/switchChartType';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';

describe('buildColumnSpec(releaseTable(), …) via releaseChartSpec(size)', () => {
  const spec = releaseChartSpec({ width: 640, height: 340 });

  it('draws 2012 as derived from a lower bound, so one itself, and 2022 as a lower bound', () => {
    // At its lowest: 190 / (1 + 1.165), the 116 % being rounded.
    expect(spec.bars.map((b) => [b.point.period, b.point.qualifier, b.point.valueLabel])).toEqual([
      ['2012', 'derived-lower-bound', '> $87.7 bn'],
      ['2022', 'lower-bound', '> $190 bn'],
    ]);
  });

  it('annotates +116 % between the bars and marks both lower bounds', () => {
    expect(spec.annotations.map((a) => a.kind)).toEqual(['bound', 'bound', 'change']);
    const change = spec.annotations.find((a) => a.kind === 'change');
    expect(change && 'label' in change && change.label).toBe('+116 %');
  });

  it('makes bar heights proportional to the values, from a zero baseline', () => {
    const [a, b] = spec.bars;
    expect(b.height / a.height).toBeCloseTo(190 / 87.76, 1);
    expect(a.y + a.height).toBe(spec.plot.top + spec.plot.height);
  });

  it('as % change or an index, the base has no qualifier and 2022 over the derived 2012 is derived, not a lower bound', () => {
    for (const [mode, labels] of [
      ['change', ['+0.0 %', '+116.5 %']],
      ['index', ['100.0', '216.5']],
    ] as const) {
      const s = releaseChartSpec({ width: 640, height: 340 }, { mode });
      expect(s.bars.map((b) => [b.point.period, b.point.qualifier, b.point.valueLabel])).toEqual([
        ['2012', undefined, labels[0]],
        ['2022', 'derived', labels[1]],
      ]);
      // The value itself keeps its qualifier, in the tooltip: more than $190 bn.
      expect(s.bars[1].point.detail).toMatch(/^Value: > \$190 bn/);
      expect(s.annotations.map((a) => a.kind)).not.toContain('bound');
    }
  });

  it('as % change, a lower bound over an exact base stays a lower bound, with the author’s decimals', () => {
    const csv = 'year,value,qualifier\n2020,100,\n2021,150,lower-bound\n2022,120,\n';
    const table = csvTable(csv, 'q.csv');
    const s = buildColumnSpec(
      table,
      { x: 'year', y: ['value'], qualifier: 'qualifier', mode: 'change', edits: { decimals: 0 } },
      { width: 640, height: 340 },
    );
    expect(s.bars.map((b) => [b.point.qualifier, b.point.valueLabel])).toEqual([
      [undefined, '+0 %'],
      ['lower-bound', '+50 %'],
      [undefined, '+20 %'],
    ]);
  });

  it('cites the release and explains the derived bar in a note with its formula', () => {
    expect(spec.sources[0].text).toContain('CGTN via PR Newswire');
    expect(spec.notes.join(' ')).toContain('V2012 = V2022 / (1 + g) = 190 / (1 + 1.16)');
    expect(spec.table.rows).toEqual([
      ['2012', '> $87.7 bn', 'derived-lower-bound'],
      ['2022', '> $190 bn', 'lower-bound'],
    ]);
  });
});

describe('qualifiedLabel(value, qualifier)', () => {
  const cases = [
    { q: 'lower-bound', expected: '> $1 bn' },
    { q: 'derived', expected: '≈ $1 bn' },
    { q: undefined, expected: '$1 bn' },
  ] as const;
  for (const { q, expected } of cases)
    it(`qualifiedLabel('$1 bn', ${q}) → '${expected}'`, () =>
      expect(qualifiedLabel('$1 bn', q)).toBe(expected));
});

describe('buildColumnSpec(tradeTable(), { series: "Partner" }, size)', () => {
  const trade = tradeTable();
  const config = {
    x: 'Year',
    y: ['Trade Value (US$)'],
    series: 'Partner',
    filters: { 'Trade Flow': ['Export'] },
  };
  const size = { width: 640, height: 340 };

  it('groups the partners side by side within each year, without touching', () => {
    const spec = buildColumnSpec(trade, config, size);
    const y2018 = spec.bars.filter((b) => b.point.period === '2018');
    expect(y2018.map((b) => b.point.seriesLabel)).toEqual(['Aland', 'Bland', 'Cland']);
    for (let i = 1; i < y2018.length; i++)
      expect(y2018[i].x).toBeGreaterThanOrEqual(y2018[i - 1].x + y2018[i - 1].width);
    expect(spec.legend.map((l) => l.symbol)).toEqual(['swatch', 'swatch', 'swatch']);
  });

  it("buildColumnSpec(table, { variant: 'stacked' }) stacks the partners and leaves out a year missing a layer", () => {
    const spec = buildColumnSpec(trade, { ...config, variant: 'stacked' }, size);
    const y2018 = spec.bars.filter((b) => b.point.period === '2018');
    expect(y2018[1].y + y2018[1].height).toBeCloseTo(y2018[0].y, 0);
    expect(spec.bars.some((b) => b.point.period === '2020')).toBe(false);
    expect(spec.notes).toContain(
      'Periods where a layer has no figure are left out of the stack, so no total is guessed: 2020 (Cland).',
    );
    expect(spec.view.relative).toBe(false);
  });

  it("buildColumnSpec(table, { mode: 'index' }) indexes each partner to its base year", () => {
    const spec = buildColumnSpec(trade, { ...config, mode: 'index', base: '2018' }, size);
    const base = spec.bars.filter((b) => b.point.period === '2018');
    expect(base.map((b) => b.point.value)).toEqual([100, 100, 100]);
  });
});

describe('buildColumnSpec(table, config) on years the file lacks', () => {
  it('says which years have no column, as the line chart says where it breaks', () => {
    const table = loadFixture('imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv');
    const config = switchChartType(table, defaultChartConfig(table), 'column');
    const spec = buildColumnSpec(table, config, { width: 640, height: 360 });
    expect(spec.notes.join(' ')).toMatch(
      /The file has no figures for 1962–1977.*: no column stands for them\./,
    );
  });
});
