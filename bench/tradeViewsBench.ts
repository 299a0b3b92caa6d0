// The trade views' speed in Node, on seeded tables: a map of every ISO country (about 250)
// over ten years, prepared and drawn (spec built with nothing kept from before, then written as
// SVG); a slider step (the next period, with the map's memo kept, as the page does); and a
// treemap of 5,000 six-digit HS codes. Built into bench-out/ by bench/tradeViewsBench.mjs.
import { ChartMemo } from '../src/lib/charts/config/chartMemo';
import { buildMapSpec } from '../src/lib/charts/map/buildMapSpec';
import { atlas } from '../src/lib/charts/map/mapAtlas';
import { buildTreemapSpec } from '../src/lib/charts/treemap/buildTreemapSpec';
import { renderSvg } from '../src/render/renderSvg';
import { countryTable } from '../tests/unit/charts/map/countryTable';
import { hsTable } from '../tests/unit/charts/treemap/hsTable';
import { seeded } from '../tests/unit/charts/tradeTable';

const SIZE = { width: 960, height: 540 };
const YEARS = Array.from({ length: 10 }, (_, i) => String(2014 + i));

/** Every country of the atlas's ISO list, a seeded value for each year. */
function worldTable() {
  const rnd = seeded(250);
  const iso3 = [...atlas.index.byCode.keys()]
    .filter((k) => k.startsWith('A3:'))
    .map((k) => k.slice(3));
  const rows: [string, string, number][] = [];
  for (const code of new Set(iso3)) {
    const base = Math.exp(18 + rnd() * 8);
    YEARS.forEach((y, t) =>
      rows.push([code, y, Math.round(base * (1 + t * 0.05) * (0.9 + rnd() * 0.2))]),
    );
  }
  return countryTable(rows, 'world-250');
}

const median = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)];
function time(runs: number, work: (i: number) => void): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work(i);
    ms.push(performance.now() - start);
  }
  return Math.round(median(ms) * 100) / 100;
}

/** Median milliseconds of each measure over `runs` runs (after one warm-up run each). */
export function runTradeViewsBench(runs = 15) {
  const world = worldTable();
  const map = { type: 'map' as const, x: 'Partner', y: ['Value'], atlas };
  const countries = new Set(world.columns[0].type === 'number' ? [] : world.columns[0].dictionary)
    .size;
  const drawMap = (classes: 'quantile' | 'natural') => () =>
    renderSvg(buildMapSpec(world, { ...map, classes }, SIZE), { uid: 'm', theme: 'light' });
  drawMap('quantile')();
  const mapQuantile = time(runs, drawMap('quantile'));
  const mapNatural = time(runs, drawMap('natural'));
  const memo = new ChartMemo();
  buildMapSpec(world, { ...map, memo }, SIZE);
  const step = (i: number) =>
    buildMapSpec(world, { ...map, memo, period: YEARS[i % YEARS.length] }, SIZE);
  step(0);
  const stepSpec = time(runs, step);
  const stepSvg = time(runs, (i) => renderSvg(step(i), { uid: 'm', theme: 'light' }));
  const hs = hsTable(5000);
  const tree = { type: 'treemap' as const, x: 'cmdDesc', y: ['primaryValue'] };
  const drawTree = (drill?: string) => () =>
    renderSvg(buildTreemapSpec(hs, { ...tree, drill }, SIZE), { uid: 't', theme: 'light' });
  drawTree()();
  return {
    map_countries: countries,
    map_periods: YEARS.length,
    map_prepare_draw_ms: mapQuantile,
    map_prepare_draw_natural_ms: mapNatural,
    map_slider_step_ms: stepSpec,
    map_slider_step_with_svg_ms: stepSvg,
    treemap_codes: 5000,
    treemap_5000_codes_ms: time(runs, drawTree()),
    treemap_drill_chapter_ms: time(runs, drawTree('84')),
  };
}
