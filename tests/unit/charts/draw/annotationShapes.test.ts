import { describe, expect, it } from 'vitest';
import { annotationShapes } from '../../../../src/lib/charts/draw/annotationShapes';
import type { Annotation, ChartSpec } from '../../../../src/lib/charts/spec';
import { releaseChartSpec } from '../../../../src/lib/dashboard/dashboardSpecs';
import { markShapes } from '../../../../src/lib/charts/draw/markShapes';

const spec = (annotations: Annotation[]) => ({ annotations }) as unknown as ChartSpec;

describe('annotationShapes(spec)', () => {
  it('draws a missing period as a dotted line with its label', () => {
    const shapes = annotationShapes(
      spec([{ kind: 'gap', x: 100, y1: 20, y2: 320, label: '2015: no figure' }]),
    );
    expect(shapes.map((s) => s.type)).toEqual(['line', 'text']);
    expect(shapes[0]).toMatchObject({ x1: 100, x2: 100, y1: 20, y2: 320, dash: '2 3' });
    expect(shapes[1]).toMatchObject({ x: 104, text: '2015: no figure' });
  });

  it('draws a run of missing periods as a band between dotted lines, and no text for no label', () => {
    const shapes = annotationShapes(
      spec([{ kind: 'gap', x: 100, x2: 160, y1: 20, y2: 320, label: '' }]),
    );
    expect(shapes.map((s) => s.type)).toEqual(['rect', 'line', 'line']);
    expect(shapes[0]).toMatchObject({ x: 100, y: 20, width: 60, height: 300, fill: 'muted' });
    expect(shapes.slice(1).map((s) => s.type === 'line' && s.x1)).toEqual([100, 160]);
  });

  it('puts a change’s label clear of the first column’s value, however short the chart', () => {
    for (const size of [
      { width: 640, height: 360 },
      { width: 360, height: 300 },
      { width: 320, height: 240 },
    ]) {
      const release = releaseChartSpec(size);
      const texts = [...markShapes(release), ...annotationShapes(release)].filter(
        (s) => s.type === 'text',
      );
      const change = texts.find((t) => t.text === '+116 %')!;
      const value = texts.find((t) => t.text === '> $87.7 bn')!;
      // Baselines: the change (15 px) ends above the value's 13 px line begins.
      expect(change.y, `${size.width}×${size.height}`).toBeLessThanOrEqual(value.y - 13);
    }
  });
});
