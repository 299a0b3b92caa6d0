import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../../../src/lib/charts/buildChartSpec';
import { UNSAID } from '../../../../src/lib/charts/prepare/chartUnit';
import { makeNumberColumn, makeTextColumn } from '../../../../src/lib/data/makeColumn';
import type { Table } from '../../../../src/lib/data/table';
import { renderSvg } from '../../../../src/render/renderSvg';
import { loadFixture } from '../loadFixture';
import { CITATION } from '../tradeTable';

const SIZE = { width: 640, height: 360 };

/** A measure whose file says nothing of its unit: 2.4 to 2.6 million of something. */
const bare: Table = {
  id: 'bare',
  name: 'bare',
  rowCount: 3,
  columns: [
    Object.assign(makeTextColumn('year', 'period', ['2018', '2019', '2020'], Number), {
      role: 'time' as const,
    }),
    Object.assign(makeNumberColumn('exports', [2_501_333.6, 2_498_548.6, 2_598_024]), {
      role: 'measure' as const,
    }),
  ],
  provenance: { citations: [CITATION] },
  issues: [],
};
const line = { type: 'line' as const, x: 'year', y: ['exports'] };

/** IMF DOTS: China's exports to the World, whose file says "US Dollars, Millions". */
const DOTS = 'imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv';
const toWorld = {
  type: 'line' as const,
  x: 'period',
  y: ['value'],
  series: 'Column 2',
  filters: { 'Column 2': ['World'] },
};

describe('buildChartSpec(table, {edits: {valueUnit}})', () => {
  it('says under a bare measure that the file names no unit, and where to set one', () => {
    const plain = buildChartSpec(bare, line, SIZE);
    expect(plain.notes).toContain(UNSAID);
    expect(UNSAID).toMatch(/does not say what unit/);
    expect(buildChartSpec(loadFixture(DOTS), toWorld, SIZE).notes).not.toContain(UNSAID);
  });

  it('charts a bare measure at the magnitude the author picked, and says so', () => {
    const plain = buildChartSpec(bare, line, SIZE);
    expect(plain.yAxis.label).toBe('millions');
    const spec = buildChartSpec(bare, { ...line, edits: { valueUnit: 'US$ million' } }, SIZE);
    expect(spec.yAxis.label).toBe('US$ tn');
    expect(spec.series[0].points.at(-1)?.valueLabel).toBe('$2.6 tn');
    expect(spec.notes).toContain(
      'Values in US$ million, as set for this chart (the file did not say).',
    );
    expect(spec.notes).not.toContain(UNSAID);
  });

  it('corrects a unit the file said wrongly: IMF DOTS "US Dollars, Millions" read as billions', () => {
    // Line 5: ,"US Dollars, Millions"; line 9: ,World,…,2598024.02673 (2020, the last column).
    const t = loadFixture(DOTS);
    const config = toWorld;
    const asFiled = buildChartSpec(t, config, SIZE);
    expect(asFiled.series[0].points.at(-1)).toMatchObject({
      period: '2020',
      valueLabel: '$2.6 tn',
    });
    const picked = buildChartSpec(t, { ...config, edits: { valueUnit: 'US$ billion' } }, SIZE);
    expect(picked.series[0].points.at(-1)?.valueLabel).toBe('$2,598.0 tn');
    expect(picked.notes).toContain(
      'Values in US$ billion, as set for this chart (the file said “US Dollars, Millions”). The largest figure, $2,598.0 tn, is more than the world makes in a year: check the unit and scale; if you know it, choose it under Edit, in “Unit and scale of the values”.',
    );
    // In the file's own unit, the largest is US$2.6 tn: nothing to say.
    expect(asFiled.notes.join(' ')).not.toContain('more than the world');
  });

  it('says a file’s own unit is wrong when it makes a figure larger than the world’s output', () => {
    // Dollars filed as "US$ thousand": 2,598,024,000,000 thousand is $2,598 tn.
    const dollars = Object.assign(
      makeNumberColumn('exports', [2_501_333_600_000, 2_498_548_600_000, 2_598_024_000_000]),
      { role: 'measure' as const },
    );
    const wrong = { ...bare, columns: [bare.columns[0], { ...dollars, unit: 'US$ thousand' }] };
    const notes = buildChartSpec(wrong, line, SIZE).notes.join(' ');
    expect(notes).toContain('The largest figure, $2,598.0 tn, is more than the world makes');
    // A percentage, a quantity or a currency whose yearly sums run into the thousands of
    // trillions (yen, rubles) is never judged so.
    for (const unit of ['%', 'thousand tonnes', 'JPY million']) {
      const other = { ...bare, columns: [bare.columns[0], { ...dollars, unit }] };
      expect(buildChartSpec(other, line, SIZE).notes.join(' ')).not.toContain('the world');
    }
  });

  it('names a quantity on the axis, in the tooltip, table and SVG file', async () => {
    const spec = buildChartSpec(bare, { ...line, edits: { valueUnit: 'tonnes' } }, SIZE);
    expect(spec.yAxis.label).toBe('mn tonnes');
    expect(spec.series[0].points[0].valueLabel).toBe('2.5 mn tonnes');
    const svg = renderSvg(spec, { uid: 'value-unit-tonnes' });
    expect(svg).toContain('mn tonnes');
    expect(svg).toContain('Note: Values in tonnes, as set for this chart');
    await expect(svg).toMatchFileSnapshot('../__snapshots__/value-unit-tonnes.svg');
  });

  it('keeps column and bar charts in the picked unit too', () => {
    const edits = { valueUnit: 'US$ thousand' };
    const column = buildChartSpec(bare, { ...line, type: 'column', edits }, SIZE);
    expect(column.bars[0].point.valueLabel).toBe('$2.5 bn');
    const bar = buildChartSpec(bare, { type: 'bar', x: 'year', y: ['exports'], edits }, SIZE);
    expect(bar.bars[0].point.valueLabel).toMatch(/ bn$/);
  });
});

describe('chartUnit: a scale without a currency or unit', () => {
  it('names the scale in the title’s words and says the file does not say of what', () => {
    const table = loadFixture('datahub/datasets-gdp_top-economies.csv');
    const spec = buildChartSpec(table, { type: 'line', x: 'year', y: ['gdp_trillion'] }, SIZE);
    expect(spec.title).toMatch(/^GDP \(trillion\)/);
    expect(spec.notes).toContain(
      'The file gives these figures in trillions but does not say of what (a currency, a unit); if you know it, choose it under Edit, in “Unit and scale of the values”.',
    );
    // A file that names its currency gets no such note.
    const dots = loadFixture('imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv');
    const drawn = buildChartSpec(dots, { type: 'line', x: 'period', y: ['value'] }, SIZE);
    expect(drawn.notes.join(' ')).not.toContain('does not say of what');
  });
});
