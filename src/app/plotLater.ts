import { plotApartContext } from '../lib/components/chart/deferPlot';
import type { IslandOptions } from './island';

/**
 * A chart island that comes to life in two tasks: its title, legend, controls and sources, then
 * its plot (the prerendered one, kept); the plot is drawn again at the page's width in a task of
 * its own once the browser reports that width.
 */
export function plotLater(): IslandOptions {
  let draw: (() => void) | undefined;
  return {
    context: plotApartContext({ plot: (given) => (draw = given) }),
    after: () => draw?.(),
  };
}
