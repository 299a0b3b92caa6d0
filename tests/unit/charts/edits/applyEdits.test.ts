import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../../../src/lib/charts/buildChartSpec';
import { applyEdits, editedPalette } from '../../../../src/lib/charts/edits/applyEdits';
import { annualChartConfig } from '../../../../src/lib/dashboard/dashboardSpecs';
import { annualTable } from '../../../../src/lib/data/datasets/annual';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { tradeTable } from '../tradeTable';

const table = annualTable();
const size = { width: 640, height: 360 };
const plain = buildChartSpec(table, annualChartConfig(table), size);
const edited = (edits: Parameters<typeof applyEdits>[1]) =>
  buildChartSpec(table, { ...annualChartConfig(table), edits }, size);

describe('applyEdits(spec, edits)', () => {
  it('gives the chart unchanged without edits', () =>
    expect(applyEdits(plain, undefined)).toBe(plain));

  it('replaces title, subtitle and byline, and names the table after the title', () => {
    const spec = edited({ title: 'T', subtitle: 'S', byline: 'Chart: B' });
    expect([spec.title, spec.subtitle, spec.byline, spec.table.caption]).toEqual([
      'T',
      'S',
      'Chart: B',
      'T (values in USD billion, as the source gives them)',
    ]);
  });

  it('keeps what the table’s caption says of its values under the author’s title', () => {
    const trade = tradeTable();
    const config = defaultChartConfig(trade);
    const own = buildChartSpec(trade, config, size);
    expect(own.table.caption).toBe(`${own.title} (values in USD, as the source gives them)`);
    const retitled = buildChartSpec(trade, { ...config, edits: { title: 'Exports' } }, size);
    expect(retitled.table.caption).toBe('Exports (values in USD, as the source gives them)');
  });

  it('puts the author’s notes first and keeps every note the chart must make', () => {
    const spec = edited({ notes: ['Mine'] });
    expect(spec.notes[0]).toBe('Mine');
    expect(spec.notes.slice(1)).toEqual(plain.notes);
  });

  it('labels the value axis with the author’s unit, in values mode only', () => {
    expect(edited({ unit: 'billion dollars' }).yAxis.label).toBe('billion dollars');
    const index = buildChartSpec(
      table,
      { ...annualChartConfig(table), mode: 'index', edits: { unit: 'billion dollars' } },
      size,
    );
    expect(index.yAxis.label).not.toBe('billion dollars');
  });

  it('colours a series by its label, and ignores unknown series and non-hex colours', () => {
    const first = plain.legend.find((l) => l.toggles)!;
    const spec = edited({
      colors: { [first.label]: '#123456', Nowhere: '#654321', [plain.legend[1].label]: 'red' },
    });
    expect(spec.palette).toEqual({ [`series-${first.color}`]: '#123456' });
    expect(editedPalette(plain, { Nowhere: '#654321' })).toBeUndefined();
  });

  it('formats every value label with the author’s decimals', () => {
    const spec = edited({ decimals: 2 });
    // The release's own figures keep the precision it printed them with.
    const labels = spec.series
      .filter((s) => !s.overlay)
      .flatMap((s) => s.points.map((p) => p.valueLabel));
    expect(labels.length).toBeGreaterThan(10);
    for (const l of labels) expect(l).toMatch(/\d\.\d\d\b/);
    for (const row of spec.table.rows)
      for (const c of row.slice(1))
        if (/\d/.test(c) && !/^(more|about)/.test(c)) expect(c).toMatch(/\.\d\d$/);
  });

  it('starts the value axis at zero, or widens a custom range to show every value, and says so', () => {
    const auto = edited({});
    const zero = edited({ yRange: 'zero' });
    expect(zero.yAxis.ticks[0].value).toBe(0);
    const narrow = edited({ yRange: [100, 150] });
    const values = narrow.yAxis.ticks.map((t) => t.value);
    expect(Math.min(...values)).toBeLessThan(100);
    expect(narrow.notes).toContain(
      'The value axis is wider than the range set, to show every value.',
    );
    const wide = edited({ yRange: [0, 500] });
    expect(Math.max(...wide.yAxis.ticks.map((t) => t.value))).toBe(500);
    expect(wide.notes).not.toContain(
      'The value axis is wider than the range set, to show every value.',
    );
    expect(auto.yAxis.ticks.at(-1)!.value).toBeLessThan(500);
  });
});
