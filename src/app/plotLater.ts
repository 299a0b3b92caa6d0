import { plotApartContext } from '../lib/components/chart/deferPlot';
import type { IslandOptions } from './island';

/**
 * A chart island that comes to life in two tasks: its title, legend, controls and sources, then
 * its plot, drawn at the width the page shows it (the prerendered plot stays until then).
 */
export function plotLater(): IslandOptions {
  let draw: ((width: number) => void) | undefined;
  return {
    context: plotApartContext({ plot: (given) => (draw = given) }),
    after: (target) => draw?.(target.querySelector('.measure')?.getBoundingClientRect().width ?? 0),
  };
}
