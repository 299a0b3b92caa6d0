import { describe, expect, it } from 'vitest';
import { defsElement, shapeElement } from '../../../src/webcomponent/shapeElement';

describe('shapeElement', () => {
  it('shapeElement(polyline) draws a line through its points, broken at NaN', () => {
    const path = shapeElement(
      {
        type: 'polyline',
        xs: [0, 10, NaN, 30],
        ys: [5, 6, NaN, 8],
        stroke: 'series-2',
        strokeWidth: 2,
      },
      'u',
    );
    expect(path.tagName).toBe('path');
    expect(path.getAttribute('d')).toBe('M0,5L10,6M30,8');
    expect(path.getAttribute('fill')).toBe('none');
    expect(path.getAttribute('stroke')).toBe('var(--series-2)');
  });

  it('shapeElement(rect with a hatch) fills it with the chart’s own pattern', () => {
    const rect = shapeElement(
      { type: 'rect', x: 1, y: 2, width: 3, height: 4, fill: 'hatch-1' },
      'u',
    );
    expect(rect.getAttribute('fill')).toBe('url(#u-hatch-1)');
    const defs = defsElement({ hatches: [1], arrow: true }, 'u');
    expect(defs.querySelector('pattern')?.id).toBe('u-hatch-1');
    expect(defs.querySelector('marker')?.id).toBe('u-arrow');
  });

  it('shapeElement(text) keeps hostile text as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const text = shapeElement(
      { type: 'text', x: 0, y: 0, text: hostile, size: 11, middle: true },
      'u',
    );
    expect(text.textContent).toBe(hostile);
    expect(text.childElementCount).toBe(0);
    expect(text.getAttribute('dy')).toBe('0.32em');
  });
});
