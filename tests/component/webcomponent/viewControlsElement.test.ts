import { fireEvent } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { annualChartSpec, releaseChartSpec } from '../../../src/lib/dashboard/dashboardSpecs';
import { viewControlsElement } from '../../../src/webcomponent/viewControlsElement';

const SIZE = { width: 640, height: 360 };

describe('viewControlsElement', () => {
  it('viewControlsElement(view) offers values, an index and % change, and says the choice', async () => {
    const change = vi.fn();
    const node = viewControlsElement(annualChartSpec(SIZE).view, 'v', change)!;
    document.body.replaceChildren(node);
    expect(node).toHaveAttribute('role', 'group');
    const show = node.querySelector<HTMLSelectElement>('#v-mode')!;
    expect([...show.options].map((o) => o.value)).toEqual(['values', 'index', 'change']);
    expect(show.value).toBe('values');
    show.value = 'index';
    await fireEvent.change(show);
    expect(change).toHaveBeenCalledWith({ mode: 'index' });
  });

  it('viewControlsElement(index view) lets the reader pick the base period', async () => {
    const change = vi.fn();
    const view = annualChartSpec(SIZE, { mode: 'index' }).view;
    const node = viewControlsElement(view, 'v', change)!;
    const base = node.querySelector<HTMLSelectElement>('#v-base')!;
    expect([...base.options].map((o) => o.value)).toEqual(view.periods);
    base.value = view.periods[2];
    await fireEvent.change(base);
    expect(change).toHaveBeenCalledWith({ base: view.periods[2] });
  });

  it('viewControlsElement(view) zooms in, and enables zoom out and reset only when zoomed', async () => {
    const change = vi.fn();
    const view = annualChartSpec(SIZE).view;
    const node = viewControlsElement(view, 'v', change)!;
    expect(node.querySelector('#v-zoom-out')).toBeDisabled();
    expect(node.querySelector('#v-zoom-reset')).toBeDisabled();
    await fireEvent.click(node.querySelector('#v-zoom-in')!);
    const range = change.mock.calls[0][0].range as [number, number];
    expect(range[1] - range[0]).toBeLessThan(view.domain[1] - view.domain[0]);
    const zoomed = viewControlsElement(annualChartSpec(SIZE, { range }).view, 'v', change)!;
    expect(zoomed.querySelector('#v-zoom-reset')).toBeEnabled();
    await fireEvent.click(zoomed.querySelector('#v-zoom-reset')!);
    expect(change).toHaveBeenLastCalledWith({ range: undefined });
  });

  it('viewControlsElement(view) offers a log scale when the values allow one', () => {
    const view = annualChartSpec(SIZE).view;
    const node = viewControlsElement(view, 'v', vi.fn())!;
    expect(node.querySelector('#v-log') !== null).toBe(view.loggable);
  });

  it('viewControlsElement(view) is absent when the chart offers no choice', () => {
    const view = {
      ...releaseChartSpec(SIZE).view,
      relative: false,
      loggable: false,
      zoomable: false,
    };
    expect(viewControlsElement(view, 'v', vi.fn())).toBeNull();
  });
});
