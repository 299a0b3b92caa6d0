import { describe, expect, it } from 'vitest';
import { releaseChartSpec } from '../../../src/lib/dashboard/dashboardSpecs';
import { renderPng } from '../../../src/render/renderPng';
import { renderSvg } from '../../../src/render/renderSvg';

describe('renderPng(svg, scale)', () => {
  it('gives PNG bytes at scale × the SVG size', async () => {
    const svg = renderSvg(releaseChartSpec({ width: 400, height: 300 }));
    const png = await renderPng(svg, 2);
    expect(Array.from(png.slice(0, 8))).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect(view.getUint32(16)).toBe(800);
    expect(view.getUint32(20)).toBe(2 * Number(/height="(\d+)"/.exec(svg)![1]));
  });
});
