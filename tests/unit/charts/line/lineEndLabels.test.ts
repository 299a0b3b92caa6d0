import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../../../src/lib/charts/buildChartSpec';
import { keyItems } from '../../../../src/lib/charts/draw/keyItems';
import { annualChartConfig } from '../../../../src/lib/dashboard/dashboardSpecs';
import { endLabelRoom, lineEndLabels } from '../../../../src/lib/charts/line/lineEndLabels';
import { annualTable } from '../../../../src/lib/data/datasets/annual';
import { renderSvg } from '../../../../src/render/renderSvg';

const table = annualTable();
const size = { width: 640, height: 360 };
const config = annualChartConfig(table);
const plain = buildChartSpec(table, config, size);
const spec = buildChartSpec(table, { ...config, edits: { labels: 'ends' } }, size);
const lines = spec.series.filter((s) => !s.overlay);

describe('lineEndLabels(series, plot, room)', () => {
  it('names each line at its end, in its colour, right of the plot', () => {
    expect(spec.labels.map((l) => l.series)).toEqual(lines.map((s) => s.label));
    for (const l of spec.labels) {
      const s = lines.find((x) => x.label === l.series)!;
      expect(l).toMatchObject({ anchor: 'start', color: s.color });
      expect(l.x).toBeGreaterThan(spec.plot.left + spec.plot.width);
      expect(l.x).toBeLessThan(size.width);
    }
  });

  it('narrows the plot to make room, and no more than a third of the chart', () => {
    expect(spec.plot.width).toBeLessThan(plain.plot.width);
    expect(spec.plot.width).toBeGreaterThanOrEqual(size.width * (2 / 3) - 60);
  });

  it('keeps names at least a line apart, inside the plot’s height', () => {
    const ys = spec.labels.map((l) => l.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(12.9);
    expect(ys[0]).toBeGreaterThanOrEqual(spec.plot.top);
    expect(ys.at(-1)!).toBeLessThanOrEqual(spec.plot.top + spec.plot.height);
  });

  it('takes the named series out of the key, keeping the release’s points and what marks mean', () => {
    const key = keyItems(spec.legend);
    expect(key.some((k) => lines.some((s) => s.label === k.label))).toBe(false);
    expect(key.map((k) => k.id)).toContain('overlay');
    expect(spec.legend).toHaveLength(plain.legend.length);
  });

  it('writes the names into the SVG file instead of key entries', () => {
    const svg = renderSvg(spec);
    for (const s of lines) expect(svg.split(`>${s.label}<`).length - 1).toBe(1);
  });

  it('cuts a long name with … to the room it has', () => {
    const room = endLabelRoom(['A name far longer than any chart could give a third of'], 300);
    expect(room).toBe(100);
    const [label] = lineEndLabels(
      [{ ...lines[0], label: 'A name far longer than any chart could give a third of' }],
      spec.plot,
      room,
    );
    expect(label.text.endsWith('…')).toBe(true);
  });

  it('leaves the key in place when the names cannot all fit up the side', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ ...lines[0], label: `S${i}` }));
    expect(lineEndLabels(many, { ...spec.plot, height: 200 }, 60)).toEqual([]);
  });

  it('writes a hostile series name at a line end as text, escaped in the SVG file', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const [label] = lineEndLabels([{ ...lines[0], label: hostile }], spec.plot, 200);
    const svg = renderSvg({ ...spec, labels: [label] });
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
