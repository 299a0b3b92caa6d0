import { hydrate, unmount, type ComponentProps } from 'svelte';
import ChartSvg from './ChartSvg.svelte';

/**
 * Brings a chart's plot to life in `place` as a root of its own: the plot prerendered there is
 * kept and made live (hydrated), or, should it not match, drawn afresh (Svelte's recovery).
 * `props` may read state through getters: the plot follows it. Returns what removes it.
 */
export function livePlot(place: HTMLElement, props: ComponentProps<typeof ChartSvg>): () => void {
  const root = hydrate(ChartSvg, { target: place, props });
  return () => void unmount(root);
}
