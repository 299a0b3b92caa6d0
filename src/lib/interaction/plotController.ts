import { chartKey } from '../charts/reading/chartKey';
import {
  chartPoints,
  describePoint,
  moveCursor,
  pointerPoint,
  type Cursor,
} from '../charts/reading/navigatePoints';
import type { ChartPoint, ChartSpec, ChartView } from '../charts/spec';
import { brushRange, keyAt, zoomRange } from '../charts/reading/zoomRange';
import { canZoom, type PlotAbilities } from './plotLabel';
import { placeTooltip, type ScreenBox, type TooltipPlace } from './placeTooltip';

/** The x range being brushed, in chart pixels. */
export interface Brush {
  from: number;
  to: number;
}

/**
 * What a plot shows over its picture. `active` and `tip` keep their identity while the point
 * under the cursor stays, so a host redraws them only when they change.
 */
export interface PlotView {
  active: ChartPoint | null;
  tip: TooltipPlace | null;
  brush: Brush | null;
}

/** What the controller needs from the page that draws the plot. */
export interface PlotHost extends PlotAbilities {
  /** The picture's box on screen (the svg's), to map the pointer into chart pixels. */
  box(): ScreenBox | undefined;
  /** Draws the view: focus mark, tooltip, brush. */
  show(view: PlotView): void;
  /** Says something to screen readers. */
  say(text: string): void;
}

type PointerLike = { clientX: number; clientY: number };
/** `touch` taps show a point's tooltip first, and open it on a second tap. */
type PressLike = PointerLike & { button: number; pointerType?: string };
type KeyLike = { key: string; shiftKey: boolean; preventDefault(): void };
type WheelLike = PointerLike & {
  deltaY: number;
  ctrlKey: boolean;
  metaKey: boolean;
  preventDefault(): void;
};

/** A plot's controller: the hosts pass it their element's events. */
export interface PlotController {
  /** A new spec (resize, toggled series): the cursor stays on its place in the new points. */
  setSpec(spec: ChartSpec): void;
  /**
   * Arrows walk the points, Enter opens one, +/−/0 and Shift+arrows zoom. Escape puts the point
   * away while focus stays on the plot, so the reader keeps their place (Tab leaves it, as any
   * control); after Escape, or a point's source opened and closed, the next key goes on from
   * where the keys last took the reader, not from the first point.
   */
  keydown(e: KeyLike): void;
  pointermove(e: PointerLike): void;
  pointerdown(e: PressLike): void;
  /** A brush wide enough zooms; a click opens the point under it. */
  pointerup(): void;
  /** Only Ctrl/⌘ + wheel (and trackpad pinch) zooms; a plain wheel keeps scrolling the page. */
  wheel(e: WheelLike): void;
  /** The pointer left the plot: no cursor and no brush (a finger's tap keeps its tooltip). */
  leave(e?: { pointerType?: string }): void;
  /**
   * Focus left the plot: the keyboard cursor goes. A plot taken off the page while focused (its
   * chart redrawn as another type) is blurred as its host tears down, when Svelte refuses any
   * change of state: the cursor is put away a moment later, and only on a plot still on the page.
   */
  blur(): void;
  /** Binds the controller to the plot element's events; returns what unbinds it. */
  listen(node: HTMLElement): () => void;
}

/** The pointer in chart pixels, or null before the picture is laid out. */
function chartPixel(spec: ChartSpec, box: ScreenBox | undefined, e: PointerLike) {
  if (!box || !box.width) return null;
  const x = ((e.clientX - box.left) / box.width) * spec.width;
  return { x, y: ((e.clientY - box.top) / box.height) * spec.height };
}

/** The range a Ctrl+wheel step shows: in or out around the key under the pointer. */
function wheelRange(view: ChartView, x: number | undefined, deltaY: number) {
  const key = x === undefined ? undefined : (keyAt(view, x) ?? undefined);
  return zoomRange(view, deltaY > 0 ? 1.25 : 0.8, key);
}

/** Hands a node's events to the controller until the returned function is called. */
function listen(node: HTMLElement, c: PlotController): () => void {
  const life = new AbortController();
  const on = { signal: life.signal };
  node.addEventListener('keydown', c.keydown, on);
  node.addEventListener('pointermove', c.pointermove, on);
  node.addEventListener('pointerdown', c.pointerdown, on);
  node.addEventListener('pointerup', c.pointerup, on);
  node.addEventListener('pointerleave', c.leave, on);
  node.addEventListener('blur', c.blur, on);
  node.addEventListener('wheel', c.wheel, { ...on, passive: false });
  return () => life.abort();
}

/** Draws a plot's view through its host, only what changed; `anew` places the tooltip again. */
function viewer(host: PlotHost) {
  let view: PlotView = { active: null, tip: null, brush: null };
  return (spec: ChartSpec, p: ChartPoint | null, brush: Brush | null, anew = false) => {
    const same = !anew && p === view.active;
    if (same && brush === view.brush) return;
    const place = () => placeTooltip(spec, p!, host.box(), globalThis.innerWidth ?? Infinity);
    view = { active: p, tip: !p ? null : same ? view.tip : place(), brush };
    host.show(view);
  };
}

/** Opening a point and zooming, said to the reader; both put the cursor away (`clear`). */
function plotActions(host: PlotHost, clear: () => void) {
  return {
    /** A tile with more below it drills in; any other point opens its source. */
    open(p: ChartPoint) {
      if (!p.drill || !host.drill) return host.open?.(p);
      clear();
      host.say(`Showing what ${p.seriesLabel} holds.`);
      host.drill(p.drill);
    },
    zoom(range: [number, number] | null, gesture = false) {
      clear();
      host.zoom?.(range, gesture);
      host.say(range ? 'Zoomed in; press 0 to show everything.' : 'Showing everything.');
    },
  };
}

/**
 * The reading aids of a plot, for any host: the pointer and the arrow keys walk its points (each
 * shown with a focus mark and a tooltip, and announced from the keys), Enter opens a point, a
 * drag brushes a range to zoom into (snapped to whole periods), +/−/0, Shift+arrows and
 * Ctrl+wheel zoom, Escape and blur put the cursor away. It holds no DOM of its own.
 */
export function plotController(first: ChartSpec, host: PlotHost): PlotController {
  let [spec, grid] = [first, chartPoints(first)];
  let cursor: Cursor | null = null;
  let brush: Brush | null = null;
  let pressed = false;
  let firstTap = false;
  let node: HTMLElement | null = null;
  const active = () => (cursor ? (grid[cursor.series]?.[cursor.index] ?? null) : null);
  const zoomable = () => canZoom(spec, host);
  const at = (e: PointerLike) => chartPixel(spec, host.box(), e);
  const draw = viewer(host);
  const show = (anew = false) => draw(spec, active(), brush, anew);
  let kept: Cursor | null = null;
  function move(next: Cursor | null, announce = false) {
    cursor = next;
    if (next && announce) kept = next;
    show();
    const p = active();
    if (p && announce) host.say(describePoint(p));
  }
  const { open, zoom } = plotActions(host, () => move(null));

  const controller: PlotController = {
    setSpec(next) {
      [spec, grid] = [next, chartPoints(next)];
      show(true);
    },
    keydown(e) {
      if (!cursor && kept && grid[kept.series]?.[kept.index]) cursor = kept;
      const p = active();
      const action = chartKey(e.key, e.shiftKey, spec.view, zoomable(), p?.x);
      if (action?.kind === 'leave') return move(null);
      if (action) e.preventDefault();
      if (action?.kind === 'open' && p) open(p);
      else if (action?.kind === 'zoom') zoom(action.range);
      else if (action?.kind === 'move') move(moveCursor(grid, cursor, action.key), true);
    },
    wheel(e) {
      if (!zoomable() || !(e.ctrlKey || e.metaKey)) return;
      e.preventDefault();
      zoom(wheelRange(spec.view, at(e)?.x, e.deltaY), true);
    },
    pointermove(e) {
      const p = at(e);
      if (!p) return;
      if (!brush) return move(pointerPoint(spec, grid, p.x, p.y));
      brush = { ...brush, to: p.x };
      show();
    },
    pointerdown(e) {
      const p = at(e);
      pressed = e.button === 0;
      const before = active();
      if (p && e.pointerType === 'touch') move(pointerPoint(spec, grid, p.x, p.y));
      firstTap = !!p && e.pointerType === 'touch' && active() !== before;
      if (!zoomable() || !p || !pressed) return;
      brush = { from: p.x, to: p.x };
      show();
    },
    pointerup() {
      const range = brush ? brushRange(spec.view, brush.from, brush.to) : null;
      brush = null;
      const p = active();
      if (range) zoom(range);
      else if (p && pressed && !firstTap) open(p);
      show();
      pressed = false;
    },
    leave(e) {
      brush = null;
      if (e?.pointerType !== 'touch') move(null);
      else show();
    },
    blur: () => queueMicrotask(() => node?.isConnected !== false && move(null)),
    listen: (target) => listen((node = target), controller),
  };
  return controller;
}
