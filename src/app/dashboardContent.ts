import { releaseCrossCheck } from '../lib/dashboard/dashboardSpecs';
import { releaseFigure } from '../lib/data/datasets/release';
import { decodeState } from '../lib/export';
import type { GrowthCheck } from '../lib/provenance/crossCheckGrowth';
import type { Figure } from '../lib/provenance/figure';
import { headlineText } from '../lib/provenance/headlineText';
import { DASHBOARD_DATASETS, dashboardCharts, type DashboardChart } from './dashboardCharts';
import { savedChartStates } from './savedCharts';

/** One headline card: its figure, heading and words, and the quote its source opens on. */
export interface HeadlineCardContent {
  figure: Figure;
  heading: string;
  display: string;
  caption: string;
  quote?: string;
}

/** What the dashboard shows, read before it is drawn or comes to life. */
export interface DashboardContent {
  /** The address it was read for. */
  hash: string;
  /** The charts, each as the address or this device last left it (handlers not yet given). */
  charts: DashboardChart[];
  /** The address, when it holds the state of one of these charts: shown in that chart's place. */
  placed: string;
  /** The release's growth checked against the annual series. */
  check: GrowthCheck | null;
  cards: HeadlineCardContent[];
}

/** The release's headline cards: two figures it states, two worked out from them. */
function headlineCards(): HeadlineCardContent[] {
  const f2022 = releaseFigure('trade-2022');
  const growth = releaseFigure('growth-2012-2022');
  const f2012 = releaseFigure('trade-2012-derived');
  const cagr = releaseFigure('cagr-2012-2022-derived');
  const card = (figure: Figure, heading: string, quote?: string, inputs: Figure[] = []) => ({
    figure,
    heading,
    quote,
    ...headlineText(figure, inputs),
  });
  return [
    card(f2022, 'Two-way trade, 2022', f2022.quote),
    card(growth, 'Growth since 2012', growth.quote),
    card(f2012, 'Two-way trade, 2012', f2022.quote, [f2022, growth]),
    card(cagr, 'Yearly growth, 2012–2022', growth.quote, [growth]),
  ];
}

/**
 * The dashboard's content for the address `hash`: the prerender and the live page read it
 * alike, so the page comes to life on the HTML it was given. The live page reads it in a task
 * of its own, before the one that brings the page to life.
 */
export function dashboardContent(hash = ''): DashboardContent {
  // Only an address that holds a chart's state is read as one: most have none.
  const linked = hash.includes('=') ? decodeState(hash, { datasets: DASHBOARD_DATASETS }) : null;
  const charts = dashboardCharts({}, [
    ...(linked?.ok ? [linked.state] : []),
    ...savedChartStates(DASHBOARD_DATASETS),
  ]);
  const annual = charts.find((c) => c.dataset === 'china-russia-annual')?.table;
  return {
    hash,
    charts,
    placed: charts.some((c) => c.restore) ? hash : '',
    check: releaseCrossCheck(annual),
    cards: headlineCards(),
  };
}
