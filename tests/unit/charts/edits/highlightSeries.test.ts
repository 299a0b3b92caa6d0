import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../../../src/lib/charts/buildChartSpec';
import { markShapes } from '../../../../src/lib/charts/draw/markShapes';
import { highlightSeries } from '../../../../src/lib/charts/edits/highlightSeries';
import { annualChartConfig } from '../../../../src/lib/dashboard/dashboardSpecs';
import { annualTable } from '../../../../src/lib/data/datasets/annual';
import { renderSvg } from '../../../../src/render/renderSvg';

const table = annualTable();
const size = { width: 640, height: 360 };
const config = annualChartConfig(table);
const plain = buildChartSpec(table, config, size);
const lines = plain.series.filter((s) => !s.overlay);
const name = lines[1].label;
const spec = buildChartSpec(table, { ...config, edits: { highlight: name } }, size);

describe('highlightSeries(spec, name)', () => {
  it('keeps the highlighted series in its colour, drawn strong, and sets the rest back', () => {
    const strong = spec.series.find((s) => s.label === name)!;
    expect(strong).toMatchObject({ color: lines[1].color, strong: true });
    for (const s of spec.series.filter((x) => !x.overlay && x.label !== name))
      expect(s.color).toBe(-1);
    // Colour and weight tell the lines apart: every line is solid.
    expect(spec.series.filter((x) => !x.overlay).every((x) => x.dash === 'solid')).toBe(true);
  });

  it('leaves the release’s own figures in colour: they are evidence, not context', () => {
    // The same chart with its lines named at their ends, as a highlight names them.
    const named = buildChartSpec(table, { ...config, edits: { labels: 'ends' } }, size);
    expect(spec.series.filter((s) => s.overlay)).toEqual(named.series.filter((s) => s.overlay));
  });

  it('greys the key entries of the set-back series only', () => {
    const key = spec.legend.filter((l) => l.toggles && l.id !== 'overlay');
    expect(key.find((l) => l.label === name)!.color).toBe(lines[1].color);
    expect(key.filter((l) => l.label !== name).every((l) => l.color === -1)).toBe(true);
    const release = (l: { id: string }) => l.id === 'overlay';
    expect(spec.legend.find(release)).toEqual(plain.legend.find(release));
  });

  it('writes set-back names in muted text, readable, not in the line’s light grey', () => {
    const ends = buildChartSpec(
      table,
      { ...config, edits: { highlight: name, labels: 'ends' } },
      size,
    );
    const texts = markShapes(ends).filter((s) => s.type === 'text' && s.text !== name);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((t) => t.type === 'text' && t.fill === 'muted')).toBe(true);
  });

  it('draws grey lines thin and under, the highlighted line thick and on top', () => {
    const paths = markShapes(spec).filter((s) => s.type === 'path' && s.fill === 'none');
    expect(paths.at(-1)).toMatchObject({ stroke: `series-${lines[1].color}`, strokeWidth: 3.2 });
    expect(paths[0]).toMatchObject({ stroke: 'context', strokeWidth: 1.5 });
  });

  it('writes the grey from the theme into the SVG file', () => {
    const svg = renderSvg(spec);
    expect(svg).toContain('stroke="#878c94"');
    expect(renderSvg(spec, { theme: 'dark' })).toContain('stroke="#73777f"');
  });

  it('leaves the chart as it is for a name it does not have, or none', () => {
    expect(highlightSeries(plain, 'Nowhere')).toBe(plain);
    expect(highlightSeries(plain, undefined)).toBe(plain);
  });

  it('on a bar chart of one series, highlights a category', () => {
    const bars = buildChartSpec(
      table,
      { type: 'bar', x: 'year', y: [config.y[0]], edits: { highlight: '2020' } },
      size,
    );
    const kept = bars.bars.filter((b) => b.color >= 0);
    expect(kept.map((b) => b.point.period)).toEqual(['2020']);
    expect(bars.bars.length).toBeGreaterThan(5);
  });
});
