import { getContext, setContext } from 'svelte';
import type { ChartSpec } from '../../charts/spec';

const KEY = Symbol('defer-plot');

/**
 * Asks the charts inside this component to draw their plot once their width is known: the
 * rest of a new figure is drawn first, and the plot a frame later, once and at its width
 * (not at a guessed width and again when measured). Call during component initialisation.
 */
export function deferPlot(): void {
  setContext(KEY, true);
}

/** The context deferPlot sets, for mounting a chart outside a component that calls it. */
export const deferPlotContext = new Map<symbol, boolean>([[KEY, true]]);

/** Whether an enclosing component asked for deferPlot. */
export function plotDeferred(): boolean {
  return getContext<boolean | undefined>(KEY) === true;
}

const APART = Symbol('plot-apart');

/**
 * A chart whose plot is drawn in a task after the rest of it: a prerendered chart comes to life
 * in two short tasks (its words, then its plot) rather than one long one. Only the first chart
 * drawn under it is drawn so; one drawn later in its place (a new type) plots at once.
 */
export interface PlotApart {
  /** Told the spec of the plot to come (the prerender draws that plot into the page). */
  spec?: (uid: string, spec: ChartSpec) => void;
  /** Given the function that brings the plot to life, for a later task. */
  plot?: (draw: () => void) => void;
  /** Set once a chart has taken it. */
  taken?: boolean;
}

/** The context of a chart drawn with its plot apart: for hydrate() and Svelte's render(). */
export const plotApartContext = (apart: PlotApart) => new Map<symbol, PlotApart>([[APART, apart]]);

/** The enclosing plotApartContext, if no chart has taken it yet; the caller takes it. */
export function takePlotApart(): PlotApart | undefined {
  const apart = getContext<PlotApart | undefined>(APART);
  if (!apart || apart.taken) return undefined;
  apart.taken = true;
  return apart;
}
