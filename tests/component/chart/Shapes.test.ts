import { render, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Shape } from '../../../src/lib/charts/draw/shape';
import Shapes from '../../../src/lib/components/chart/Shapes.svelte';
import { deferPlotContext } from '../../../src/lib/components/chart/deferPlot';

const circles: Shape[] = Array.from({ length: 150 }, (_, i) => ({
  type: 'circle',
  cx: i,
  cy: 10,
  r: 2,
  fill: 'series-0',
}));
const drawn = (c: HTMLElement) => c.querySelectorAll('circle').length;

describe('Shapes', () => {
  it('Shapes({shapes}) draws every shape at once, coloured by CSS variables', () => {
    const { container } = render(Shapes, { shapes: circles, uid: 'c' });
    expect(drawn(container)).toBe(150);
    expect(container.querySelector('circle')?.getAttribute('fill')).toBe('var(--series-0)');
  });

  it('inside deferPlot draws many shapes a batch at a time, bottom first, until all are in', async () => {
    const { container } = render(Shapes, {
      props: { shapes: circles, uid: 'c' },
      context: deferPlotContext,
    });
    expect(drawn(container)).toBeGreaterThan(0);
    expect(drawn(container)).toBeLessThan(150);
    expect(container.querySelector('circle')?.getAttribute('cx')).toBe('0');
    await waitFor(() => expect(drawn(container)).toBe(150));
  });
});
