import { chartKey } from '../charts/chartKey';
import {
  chartPoints,
  describePoint,
  moveCursor,
  pointerPoint,
  type Cursor,
} from '../charts/navigatePoints';
import type { ChartPoint, ChartSpec } from '../charts/spec';
import { brushRange, keyAt, zoomRange } from '../charts/zoomRange';
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
type KeyLike = { key: string; shiftKey: boolean; preventDefault(): void };
type WheelLike = PointerLike & {
  deltaY: number;
  ctrlKey: boolean;
  metaKey: boolean;
  preventDefault(): void;
};

/**
 * The reading aids of a plot, for any host: the pointer and the arrow keys walk its points (each
 * shown with a focus mark and a tooltip, and announced from the keys), Enter opens a point, a
 * drag brushes a range to zoom into (snapped to whole periods), +/−/0, Shift+arrows and
 * Ctrl+wheel zoom, Escape and blur put the cursor away. It holds no DOM of its own.
 */
export class PlotController {
  #spec: ChartSpec;
  #grid: ChartPoint[][];
  #cursor: Cursor | null = null;
  #brush: Brush | null = null;
  #pressed = false;
  #view: PlotView = { active: null, tip: null, brush: null };
  #node: { blur(): void } | null = null;

  constructor(
    spec: ChartSpec,
    private readonly host: PlotHost,
  ) {
    this.#spec = spec;
    this.#grid = chartPoints(spec);
  }

  /** The point under the cursor, if any. */
  get active(): ChartPoint | null {
    const c = this.#cursor;
    return c ? (this.#grid[c.series]?.[c.index] ?? null) : null;
  }

  /** A new spec (resize, toggled series): the cursor stays on its place in the new points. */
  setSpec(spec: ChartSpec): void {
    this.#spec = spec;
    this.#grid = chartPoints(spec);
    this.#show(true);
  }

  #show(anew = false) {
    const active = this.active;
    const brush = this.#brush;
    const last = this.#view;
    const same = !anew && active === last.active;
    if (same && brush === last.brush) return;
    const tip = !active
      ? null
      : same
        ? last.tip
        : placeTooltip(this.#spec, active, this.host.box(), globalThis.innerWidth ?? Infinity);
    this.#view = { active, tip, brush };
    this.host.show(this.#view);
  }

  #move(cursor: Cursor | null, announce = false) {
    this.#cursor = cursor;
    this.#show();
    const p = this.active;
    if (p && announce) this.host.say(describePoint(p));
  }

  /** A tile with more below it drills in; any other point opens its source. */
  #open(point: ChartPoint) {
    const { drill, open, say } = this.host;
    if (point.drill && drill) {
      this.#move(null);
      say(`Showing what ${point.seriesLabel} holds.`);
      drill(point.drill);
    } else open?.(point);
  }

  #zoom(range: [number, number] | null, gesture = false) {
    this.#move(null);
    this.host.zoom?.(range, gesture);
    this.host.say(range ? 'Zoomed in; press 0 to show everything.' : 'Showing everything.');
  }

  /** The pointer in chart pixels, or null before the picture is laid out. */
  #at(e: PointerLike): { x: number; y: number } | null {
    const box = this.host.box();
    if (!box || !box.width) return null;
    const { width, height } = this.#spec;
    return {
      x: ((e.clientX - box.left) / box.width) * width,
      y: ((e.clientY - box.top) / box.height) * height,
    };
  }

  keydown(e: KeyLike): void {
    const zoomable = canZoom(this.#spec, this.host);
    const active = this.active;
    const action = chartKey(e.key, e.shiftKey, this.#spec.view, zoomable, active?.x);
    if (!action) return;
    if (action.kind === 'leave') {
      this.#move(null);
      this.#node?.blur();
      return;
    }
    e.preventDefault();
    if (action.kind === 'open' && active) this.#open(active);
    else if (action.kind === 'zoom') this.#zoom(action.range);
    else if (action.kind === 'move')
      this.#move(moveCursor(this.#grid, this.#cursor, action.key), true);
  }

  pointermove(e: PointerLike): void {
    const at = this.#at(e);
    if (!at) return;
    if (!this.#brush) return this.#move(pointerPoint(this.#spec, this.#grid, at.x, at.y));
    this.#brush = { ...this.#brush, to: at.x };
    this.#show();
  }

  pointerdown(e: PointerLike & { button: number }): void {
    const at = this.#at(e);
    this.#pressed = e.button === 0;
    if (!canZoom(this.#spec, this.host) || !at || !this.#pressed) return;
    this.#brush = { from: at.x, to: at.x };
    this.#show();
  }

  /** A brush wide enough zooms; a click opens the point under it. */
  pointerup(): void {
    const brush = this.#brush;
    const range = brush ? brushRange(this.#spec.view, brush.from, brush.to) : null;
    this.#brush = null;
    const active = this.active;
    if (range) this.#zoom(range);
    else if (active && this.#pressed) this.#open(active);
    this.#show();
    this.#pressed = false;
  }

  wheel(e: WheelLike): void {
    // Only Ctrl/⌘ + wheel (and trackpad pinch) zooms; a plain wheel keeps scrolling the page.
    if (!canZoom(this.#spec, this.host) || !(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    const at = this.#at(e);
    const key = at ? (keyAt(this.#spec.view, at.x) ?? undefined) : undefined;
    this.#zoom(zoomRange(this.#spec.view, e.deltaY > 0 ? 1.25 : 0.8, key), true);
  }

  /** The pointer left the plot: no cursor and no brush. */
  leave(): void {
    this.#brush = null;
    this.#move(null);
  }

  /** Focus left the plot: the keyboard cursor goes. */
  blur(): void {
    this.#move(null);
  }

  /** Binds the controller to the plot element's events; returns what unbinds it. */
  listen(node: HTMLElement): () => void {
    this.#node = node;
    const life = new AbortController();
    const on = { signal: life.signal };
    node.addEventListener('keydown', (e) => this.keydown(e), on);
    node.addEventListener('pointermove', (e) => this.pointermove(e), on);
    node.addEventListener('pointerdown', (e) => this.pointerdown(e), on);
    node.addEventListener('pointerup', () => this.pointerup(), on);
    node.addEventListener('pointerleave', () => this.leave(), on);
    node.addEventListener('blur', () => this.blur(), on);
    node.addEventListener('wheel', (e) => this.wheel(e), { ...on, passive: false });
    return () => life.abort();
  }
}
