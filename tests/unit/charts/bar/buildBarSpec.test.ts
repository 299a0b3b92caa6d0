import { describe, expect, it } from 'vitest';
import { buildBarSpec } from '../../../../src/lib/charts/bar/buildBarSpec';
import { buildChartSpec } from '../../../../src/lib/charts/buildChartSpec';
import { tradeTable } from '../tradeTable';
import { loadFixture } from '../loadFixture';
import { toLong } from '../../../../src/lib/data/import';
import { switchChartType } from '../../../../src/lib/charts/config/switchChartType';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { textWidth } from '../../../../src/lib/charts/layout/textWidth';
import { markShapes } from '../../../../src/lib/charts/draw/markShapes';

const SIZE = { width: 640, height: 340 };
const config = {
  x: 'Partner',
  y: ['Trade Value (US$)'],
  filters: { 'Trade Flow': ['Export'], Year: ['2022'] },
};

describe('buildBarSpec(table, config, size)', () => {
  const trade = tradeTable();

  it("buildBarSpec(table, { variant: 'ranked' }) sorts the partners largest first, values at the bar ends", () => {
    const spec = buildBarSpec(trade, { ...config, variant: 'ranked' }, SIZE);
    const values = spec.bars.map((b) => b.point.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(spec.bars.every((b) => b.showValue)).toBe(true);
    expect(spec.yAxis.ticks.map((t) => t.label)).toEqual(spec.bars.map((b) => b.point.period));
    expect(spec.xAxis.grid).toBe(true);
  });

  it('buildBarSpec(table, { top: 2 }) keeps the two largest and says how many more there are', () => {
    const spec = buildBarSpec(trade, { ...config, top: 2 }, SIZE);
    expect(spec.bars.map((b) => b.point.period)).toEqual(['Aland', 'Bland']);
    expect(spec.notes).toContain('The 2 largest shown; 1 more are in the data.');
  });

  it("buildBarSpec(table, { variant: 'grouped', series: flow }) keeps the data's order and groups the flows", () => {
    const spec = buildBarSpec(
      trade,
      { ...config, variant: 'grouped', series: 'Trade Flow', filters: { Year: ['2022'] } },
      SIZE,
    );
    expect([...new Set(spec.bars.map((b) => b.point.period))]).toEqual(['Aland', 'Bland', 'Cland']);
    expect(spec.legend.map((l) => l.label)).toEqual(['Export', 'Import']);
    expect(spec.bars.every((b) => !b.showValue)).toBe(true);
  });

  it('starts at zero and names the unit on the value axis', () => {
    const spec = buildBarSpec(trade, config, SIZE);
    expect(spec.xAxis.ticks[0].value).toBe(0);
    expect(spec.xAxis.label).toBe('US$ bn');
    expect(spec.bars.every((b) => b.x === spec.plot.left)).toBe(true);
  });
});

describe('buildBarSpec with values below zero (a balance)', () => {
  it('keeps each negative bar’s value, written left of its end, clear of the category labels', () => {
    const long = toLong(loadFixture('eurostat/christophergandrud_teina200.tsv'));
    const config = switchChartType(long, defaultChartConfig(long), 'bar');
    for (const width of [326, 640]) {
      const spec = buildBarSpec(long, config, { width, height: 420 });
      const negative = spec.bars.filter((b) => b.point.value < 0);
      expect(negative.length).toBeGreaterThan(3);
      for (const b of negative)
        expect(b.x - 4 - textWidth(b.point.valueLabel, 11)).toBeGreaterThanOrEqual(spec.plot.left);
    }
  });
});

describe('buildBarSpec(table, config, { width: 390 }): long labels on a phone', () => {
  const table = loadFixture('comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv');
  const narrow = { width: 390, height: 340 };
  const spec = buildBarSpec(table, defaultChartConfig(table), narrow);

  it('puts each label above its bar, across the width, rather than cutting it to a few words', () => {
    expect(spec.yAxis.labelsAbove).toBe(true);
    expect(spec.plot.left).toBe(16);
    expect(spec.yAxis.ticks[0].label).toBe('Aircraft, spacecraft and parts thereof');
    for (const t of spec.yAxis.ticks) expect(textWidth(t.label, 11)).toBeLessThanOrEqual(390 - 32);
    // Each label sits in the gap above its own bar, below the bar before it.
    spec.bars.forEach((b, k) => {
      const tick = spec.yAxis.ticks[k];
      expect(tick.pos).toBeLessThan(b.y);
      if (k > 0)
        expect(tick.pos - 5.5).toBeGreaterThan(spec.bars[k - 1].y + spec.bars[k - 1].height);
    });
  });

  it('grows taller than asked so fifteen bars keep their labels and a visible bar each', () => {
    expect(spec.height).toBeGreaterThan(narrow.height);
    expect(Math.min(...spec.bars.map((b) => b.height))).toBeGreaterThanOrEqual(12);
  });

  it('keeps labels beside the bars when they fit, or at a desktop width', () => {
    const wide = buildBarSpec(table, defaultChartConfig(table), { width: 1280, height: 340 });
    expect(wide.yAxis.labelsAbove).toBeUndefined();
    expect(wide.height).toBe(340);
    const short = buildBarSpec(tradeTable(), { ...config, variant: 'ranked' }, narrow);
    expect(short.yAxis.labelsAbove).toBeUndefined();
  });

  it('ranks Taiwan, as UN Comtrade names it (“Other Asia, nes”), among the economies, and says so', () => {
    const world = loadFixture(
      'comtrade/fernandobarbalho_tarifas_eua_TradeData_4_4_2025_15_19_17.csv',
    );
    const first = defaultChartConfig(world);
    expect(first).toMatchObject({ type: 'bar', x: 'reporterDesc' });
    const spec = buildBarSpec(world, first, SIZE);
    const periods = spec.bars.map((b) => b.point.period);
    expect(periods).toContain('Other Asia, nes');
    expect(spec.notes).toContain('“Other Asia, nes” is the name UN Comtrade gives Taiwan.');
  });
});

describe('buildBarSpec of an IMF WEO file whose figures are estimates', () => {
  it('leaves room right of the bars for each value with “(estimate)” after it, at every width', () => {
    const table = loadFixture('imf/david880110_WEO_Data.csv');
    const config = switchChartType(table, defaultChartConfig(table), 'bar');
    for (const width of [480, 640, 800]) {
      const spec = buildBarSpec(table, config, { width, height: 420 });
      const labels = markShapes(spec).filter(
        (s) => s.type === 'text' && / \(estimate\)$/.test(s.text),
      );
      expect(labels.length).toBeGreaterThan(5);
      for (const l of labels)
        if (l.type === 'text') expect(l.x + textWidth(l.text, 11)).toBeLessThanOrEqual(width);
    }
  });
});

describe('buildBarSpec labels of plain numbers', () => {
  it('writes every label with a decimal once one figure has one: 604.0 beside 848.1', () => {
    const table = loadFixture('awkward/TheEMeraldNetwork_Master_Dati_Eurostat_semicolon.csv');
    const config = { ...defaultChartConfig(table), y: ['Equity and investment fund shares'] };
    const spec = buildChartSpec(table, config, { width: 640, height: 400 });
    const labels = spec.bars.map((b) => b.point.valueLabel);
    expect(labels.length).toBeGreaterThan(2);
    expect(labels).toContain('604.0');
    for (const label of labels) expect(label).toMatch(/\.\d$/);
  });
});
