import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { annualChartSpec, releaseChartSpec } from '../../../src/lib/dashboard/dashboardSpecs';
import type { ChartSpec } from '../../../src/lib/charts/spec';
import ChartSvg from '../../../src/lib/components/chart/ChartSvg.svelte';
import { plotElement } from '../../../src/webcomponent/plotElement';
import { svgOutline } from './sameSvg';

const SIZE = { width: 640, height: 360 };

function plot(spec: ChartSpec, zoom = vi.fn(), say = vi.fn()) {
  const paintCanvas = vi.fn();
  const views = vi.fn(async () => ({ paintCanvas }));
  const node = plotElement(spec, 'c', { zoom, say, signal: new AbortController().signal, views });
  document.body.replaceChildren(node);
  return { node, zoom, say, views, paintCanvas };
}

describe('plotElement', () => {
  it.each([
    ['release', releaseChartSpec(SIZE)],
    ['annual', annualChartSpec(SIZE)],
  ])('plotElement(%s spec) draws the same SVG as the dashboard', (_name, spec) => {
    const { container } = render(ChartSvg, { spec, uid: 'c' });
    const dashboard = container.querySelector('svg[role="img"]')!;
    const { node } = plot(spec);
    expect(svgOutline(node.querySelector('svg[role="img"]')!)).toBe(svgOutline(dashboard));
  });

  it('plotElement(spec) steps through the points by keyboard, with a tooltip and an announcement', () => {
    const { node, say } = plot(annualChartSpec(SIZE));
    expect(node).toHaveAttribute('role', 'application');
    expect(node).toHaveAttribute('tabindex', '0');
    node.focus();
    fireEvent.keyDown(node, { key: 'ArrowRight' });
    expect(say).toHaveBeenLastCalledWith(expect.stringContaining('2012: $88.1 bn'));
    fireEvent.keyDown(node, { key: 'ArrowRight' });
    expect(say).toHaveBeenLastCalledWith(expect.stringContaining('2013: $89.2 bn'));
    const tip = node.querySelector('[role="tooltip"]')!;
    expect(tip).toHaveTextContent('$89.2 bn');
    expect(tip).toHaveTextContent('Source:');
    expect(node).toHaveAttribute('aria-describedby', tip.id);
    expect(node.querySelector('.focus circle, .focus rect')).not.toBeNull();
    fireEvent.keyDown(node, { key: 'Escape' });
    expect(node.querySelector('[role="tooltip"]')).toBeNull();
    expect(node).not.toHaveAttribute('aria-describedby');
  });

  it('plotElement(release spec) says a lower bound is a lower bound in its tooltip', () => {
    const { node } = plot(releaseChartSpec(SIZE));
    fireEvent.keyDown(node, { key: 'End' });
    expect(node.querySelector('[role="tooltip"]')).toHaveTextContent(
      'lower bound: the source says “exceeding”',
    );
  });

  it('plotElement(zoomable spec) zooms with + and shows everything with 0', () => {
    const spec = annualChartSpec(SIZE);
    expect(spec.view.zoomable).toBe(true);
    const { node, zoom, say } = plot(spec);
    fireEvent.keyDown(node, { key: '+' });
    expect(zoom).toHaveBeenCalledWith(expect.any(Array));
    expect(say).toHaveBeenLastCalledWith('Zoomed in; press 0 to show everything.');
    fireEvent.keyDown(node, { key: '0' });
    expect(zoom).toHaveBeenLastCalledWith(null);
  });

  it('plotElement(dense spec) draws its marks on a canvas, painted by the views file', async () => {
    const spec: ChartSpec = { ...annualChartSpec(SIZE), render: 'canvas' };
    const { node, views, paintCanvas } = plot(spec);
    expect(node.querySelector('svg[role="img"] .marks')).toBeNull();
    const canvas = node.querySelector('canvas');
    expect(canvas).toHaveAttribute('aria-hidden', 'true');
    await vi.waitFor(() => expect(paintCanvas).toHaveBeenCalled());
    expect(views).toHaveBeenCalledTimes(1);
    expect(paintCanvas.mock.calls[0].slice(0, 2)).toEqual([canvas, spec]);
    expect(node.querySelector('svg.overlay .focus')).not.toBeNull();
  });

  it('plotElement(spec) leaves keys it does not use to the page', () => {
    const { node } = plot(annualChartSpec(SIZE));
    const event = new KeyboardEvent('keydown', { key: 'Tab', cancelable: true, bubbles: true });
    node.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('plotElement(spec) stops listening once its signal ends', () => {
    const life = new AbortController();
    const say = vi.fn();
    const node = plotElement(annualChartSpec(SIZE), 'c', {
      zoom: vi.fn(),
      say,
      signal: life.signal,
      views: vi.fn(),
    });
    life.abort();
    fireEvent.keyDown(node, { key: 'ArrowRight' });
    expect(say).not.toHaveBeenCalled();
  });
});
