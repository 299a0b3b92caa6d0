import { getContext, setContext } from 'svelte';

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
