import { describe, expect, it, vi } from 'vitest';
import { annualChartSpec, releaseChartSpec } from '../../../src/lib/dashboard/dashboardSpecs';
import { chartPoints } from '../../../src/lib/charts/reading/navigatePoints';
import type { ChartPoint, ChartSpec } from '../../../src/lib/charts/spec';
import {
  plotController,
  type PlotHost,
  type PlotView,
} from '../../../src/lib/interaction/plotController';

const SIZE = { width: 640, height: 360 };

/** A controller over a plot drawn at its own size at the window's top left. */
function control(spec: ChartSpec, more: Partial<PlotHost> = {}) {
  const views: PlotView[] = [];
  const host = {
    box: () => ({ left: 0, top: 0, width: spec.width, height: spec.height }),
    show: (view: PlotView) => views.push(view),
    say: vi.fn(),
    zoom: vi.fn(),
    ...more,
  };
  const last = () => views[views.length - 1];
  return { controller: plotController(spec, host), host, views, last };
}

const key = (k: string, shiftKey = false) => ({ key: k, shiftKey, preventDefault: vi.fn() });
const at = (p: { x: number; y: number }, button = 0) => ({ clientX: p.x, clientY: p.y, button });

describe('plotController(spec, host)', () => {
  const spec = annualChartSpec(SIZE);
  const grid = chartPoints(spec);

  it('pointermove(e) shows the nearest point with its tooltip, without announcing it', () => {
    const { controller, host, last } = control(spec);
    controller.pointermove(at(grid[0][4]));
    expect(last().active).toBe(grid[0][4]);
    expect(last().tip).toMatchObject({ flip: false, docked: false });
    expect(host.say).not.toHaveBeenCalled();
  });

  it('pointermove(e) within the same point shows nothing new, so hosts need not redraw', () => {
    const { controller, views } = control(spec);
    const p = grid[0][4];
    controller.pointermove(at(p));
    controller.pointermove(at({ x: p.x + 1, y: p.y }));
    expect(views).toHaveLength(1);
  });

  it('keydown(ArrowRight) steps to the next point and says it; Escape puts it away, focus kept', () => {
    const { controller, host, last } = control(spec);
    const node = { blur: vi.fn() };
    controller.listen(Object.assign(new EventTarget(), node) as unknown as HTMLElement);
    const right = key('ArrowRight');
    controller.keydown(right);
    controller.keydown(key('ArrowRight'));
    expect(right.preventDefault).toHaveBeenCalled();
    expect(last().active).toBe(grid[0][1]);
    expect(host.say).toHaveBeenLastCalledWith(expect.stringContaining('2013: $89.2 bn'));
    controller.keydown(key('Escape'));
    expect(last().active).toBeNull();
    expect(node.blur).not.toHaveBeenCalled();
  });

  it('keydown(ArrowRight) after the point was put away (a dialog, Escape) goes on from it', () => {
    const { controller, last } = control(spec);
    for (let i = 0; i < 3; i++) controller.keydown(key('ArrowRight'));
    controller.keydown(key('Enter'));
    // Focus went to the point's source and came back: the point was put away meanwhile.
    controller.keydown(key('Escape'));
    expect(last().active).toBeNull();
    controller.keydown(key('ArrowRight'));
    expect(last().active).toBe(grid[0][3]);
    controller.pointermove(at(grid[0][0]));
    controller.leave();
    controller.keydown(key('ArrowRight'));
    expect(last().active).toBe(grid[0][4]);
  });

  it('keydown(Tab) is left to the page', () => {
    const { controller, views } = control(spec);
    const tab = key('Tab');
    controller.keydown(tab);
    expect(tab.preventDefault).not.toHaveBeenCalled();
    expect(views).toHaveLength(0);
  });

  it('keydown(+) zooms in around the cursor and says so; 0 shows everything', () => {
    const { controller, host } = control(spec);
    controller.keydown(key('+'));
    expect(host.zoom).toHaveBeenLastCalledWith(expect.any(Array), false);
    expect(host.say).toHaveBeenLastCalledWith('Zoomed in; press 0 to show everything.');
    controller.keydown(key('0'));
    expect(host.zoom).toHaveBeenLastCalledWith(null, false);
  });

  it('pointerdown, pointermove, pointerup brush a range snapped to whole periods', () => {
    const { controller, host, last } = control(spec);
    const [from, to] = [grid[0][2], grid[0][6]];
    controller.pointerdown(at({ x: from.x + 3, y: 100 }));
    controller.pointermove(at({ x: to.x - 4, y: 100 }));
    expect(last().brush).toEqual({ from: from.x + 3, to: to.x - 4 });
    controller.pointerup();
    expect(last().brush).toBeNull();
    const [range] = vi.mocked(host.zoom!).mock.calls[0];
    expect(range.map(Number.isInteger)).toEqual([true, true]);
    expect(range).toEqual([Number(from.period), Number(to.period)]);
  });

  it('pointerup() after a click opens the point under it; a tile with more below drills in', () => {
    const open = vi.fn();
    const { controller } = control(releaseChartSpec(SIZE), { open, zoom: undefined });
    const bars = chartPoints(releaseChartSpec(SIZE))[0];
    controller.pointermove(at(bars[1]));
    controller.pointerdown(at(bars[1]));
    controller.pointerup();
    expect(open).toHaveBeenCalledWith(bars[1]);

    const drill = vi.fn();
    const tile: ChartPoint = { ...bars[0], drill: 'Machinery' };
    const tiles = {
      ...releaseChartSpec(SIZE),
      bars: [{ ...releaseChartSpec(SIZE).bars[0], point: tile }],
    };
    const drilling = control(tiles, { open, drill });
    drilling.controller.keydown(key('Home'));
    drilling.controller.keydown(key('Enter'));
    expect(drill).toHaveBeenCalledWith('Machinery');
    expect(drilling.last().active).toBeNull();
    expect(drilling.host.say).toHaveBeenLastCalledWith(expect.stringMatching(/^Showing what /));
  });

  it('wheel(e) zooms only with Ctrl or ⌘, as a gesture', () => {
    const { controller, host } = control(spec);
    const wheel = (ctrlKey: boolean) => ({
      ...at(grid[0][5]),
      deltaY: -100,
      ctrlKey,
      metaKey: false,
      preventDefault: vi.fn(),
    });
    const plain = wheel(false);
    controller.wheel(plain);
    expect(host.zoom).not.toHaveBeenCalled();
    expect(plain.preventDefault).not.toHaveBeenCalled();
    controller.wheel(wheel(true));
    expect(host.zoom).toHaveBeenCalledWith(expect.any(Array), true);
  });

  it('a chart whose host does not zoom draws no brush and keeps + for the page', () => {
    const { controller, views } = control(spec, { zoom: undefined });
    controller.pointerdown(at(grid[0][2]));
    controller.pointermove(at(grid[0][6]));
    expect(views.every((v) => v.brush === null)).toBe(true);
    const plus = key('+');
    controller.keydown(plus);
    expect(plus.preventDefault).not.toHaveBeenCalled();
  });

  it('leave() drops the cursor and the brush', () => {
    const { controller, last } = control(spec);
    controller.pointerdown(at(grid[0][2]));
    controller.leave();
    expect(last()).toEqual({ active: null, tip: null, brush: null });
  });

  it('a tap shows a point’s tooltip and keeps it after the finger lifts; a second tap opens it', () => {
    const open = vi.fn();
    const { controller, last } = control(spec, { open });
    const tap = { ...at(grid[0][4]), pointerType: 'touch' };
    controller.pointerdown(tap);
    controller.pointerup();
    controller.leave({ pointerType: 'touch' });
    expect(last().active).toBe(grid[0][4]);
    expect(last().tip).not.toBeNull();
    expect(open).not.toHaveBeenCalled();
    controller.pointerdown(tap);
    controller.pointerup();
    expect(open).toHaveBeenCalledWith(grid[0][4]);
  });

  it('setSpec(spec) keeps the cursor on its place in the new points, placed anew', () => {
    const { controller, last } = control(spec);
    controller.keydown(key('End'));
    const wide = annualChartSpec({ width: 900, height: 360 });
    controller.setSpec(wide);
    expect(last().active).toBe(chartPoints(wide)[0][grid[0].length - 1]);
    expect(last().tip?.flip).toBe(true);
  });

  it('listen(node) returns what unbinds it', () => {
    const { controller, host } = control(spec);
    const node = new EventTarget() as unknown as HTMLElement;
    const unbind = controller.listen(node);
    node.dispatchEvent(Object.assign(new Event('keydown'), { key: 'ArrowRight', shiftKey: false }));
    expect(host.say).toHaveBeenCalledTimes(1);
    unbind();
    node.dispatchEvent(Object.assign(new Event('keydown'), { key: 'ArrowRight', shiftKey: false }));
    expect(host.say).toHaveBeenCalledTimes(1);
  });
});
