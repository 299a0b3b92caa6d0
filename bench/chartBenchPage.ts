// The chart benchmark's page (and a demo of ChartView on a real file): ?points=N mounts a line of
// N points for bench/chartBench.mjs to hover and zoom; ?demo=PATH mounts ChartView on a fixture.
import { flushSync, mount } from 'svelte';
import '../src/app/global.css';
import { buildChartSpec } from '../src/lib/charts/buildChartSpec';
import type { ChartConfig, ChartViewConfig } from '../src/lib/charts/config/chartConfig';
import { prepareChartData } from '../src/lib/charts/prepare/prepareChartData';
import type { ChartSize } from '../src/lib/charts/spec';
import ChartFigure from '../src/lib/components/chart/ChartFigure.svelte';
import ChartView from '../src/lib/components/chart/InteractiveChart.svelte';
import { importCsv, toLong } from '../src/lib/data/import';
import type { Table } from '../src/lib/data/table';

const target = document.getElementById('app') as HTMLElement;
const params = new URLSearchParams(location.search);

/** A seeded random walk of n points (mulberry32), x in seconds, a gap in the middle. */
function longTable(n: number): Table {
  let a = 11;
  const rnd = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const t = new Float64Array(n);
  const v = new Float64Array(n);
  let level = 100;
  for (let i = 0; i < n; i++) {
    t[i] = i;
    level += rnd() - 0.5;
    v[i] = i === n >> 1 ? NaN : level;
  }
  return {
    id: `bench-${n}`,
    name: `${n} points`,
    rowCount: n,
    columns: [
      { name: 't', label: 'Second', type: 'number', values: t, role: 'time' },
      { name: 'value', label: 'Price', type: 'number', values: v, role: 'measure', unit: 'USD' },
    ],
    provenance: {
      citations: [
        {
          id: 'bench',
          kind: 'dataset',
          publisher: 'Tradelens benchmark',
          title: 'Seeded random walk',
        },
      ],
    },
    issues: [],
  };
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

async function bench(n: number) {
  const table = longTable(n);
  const config: ChartConfig = {
    type: 'line',
    x: 't',
    y: ['value'],
    filters: {},
    mode: 'values',
    scale: 'linear',
    annotations: [],
  };
  let t0 = performance.now();
  prepareChartData(table, config);
  const prepareMs = performance.now() - t0;
  const builds: number[] = [];
  let drawn = 0;
  for (let i = 0; i < 11; i++) {
    t0 = performance.now();
    const spec = buildChartSpec(table, config, { width: 800, height: 400 });
    builds.push(performance.now() - t0);
    drawn = spec.series[0].points.length;
  }
  // Time spent building specs, to tell the builder's share of a frame from the DOM's.
  const specMs: number[] = [];
  const build = (size: ChartSize, view: Partial<ChartViewConfig>) => {
    const start = performance.now();
    const spec = buildChartSpec(table, { ...config, ...view }, size);
    specMs.push(performance.now() - start);
    return spec;
  };
  mount(ChartFigure, { target, props: { uid: 'bench', build, height: 400, initialWidth: 800 } });
  flushSync();
  const plot = target.querySelector('[role="application"]') as HTMLElement;
  const svg = plot.querySelector('svg') as SVGSVGElement;
  /** Main-thread time of one event: handler, Svelte's DOM update and effects (canvas), style and layout. */
  const time = (event: Event) => {
    const start = performance.now();
    plot.dispatchEvent(event);
    flushSync();
    void plot.getBoundingClientRect().height;
    void document.body.offsetHeight;
    return performance.now() - start;
  };
  const at = (f: number) => {
    const box = svg.getBoundingClientRect();
    return { clientX: box.left + box.width * f, clientY: box.top + box.height * 0.5 };
  };
  return {
    points: n,
    prepareMs,
    buildMs: median(builds.slice(1)),
    /** One full-range spec build, timed (after warm-up: the runner calls it repeatedly). */
    build: () => {
      const start = performance.now();
      buildChartSpec(table, config, { width: 800, height: 400 });
      return performance.now() - start;
    },
    drawn,
    render: plot.querySelector('canvas') ? 'canvas' : 'svg',
    specMs,
    hover: (i: number, count: number) =>
      time(new PointerEvent('pointermove', { bubbles: true, ...at(0.1 + (0.8 * i) / count) })),
    /** A brush from f0 to f1 of the width: one full (not draft) zoom, released on pointerup. */
    brush: (f0: number, f1: number) => {
      const down = at(f0);
      plot.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0, ...down }));
      plot.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, ...at(f1) }));
      flushSync();
      return time(new PointerEvent('pointerup', { bubbles: true, button: 0, ...at(f1) }));
    },
    reset: () => time(new KeyboardEvent('keydown', { bubbles: true, key: '0' })),
    zoom: (zoomIn: boolean, f: number) =>
      time(
        new WheelEvent('wheel', {
          bubbles: true,
          cancelable: true,
          ctrlKey: true,
          deltaY: zoomIn ? -100 : 100,
          ...at(f),
        }),
      ),
  };
}

async function demo(path: string) {
  const files = import.meta.glob('../tests/fixtures/real/**/*.{csv,tsv}', {
    query: '?raw',
    import: 'default',
  });
  const load = files[`../tests/fixtures/real/${path}`];
  if (!load) throw new Error(`No fixture ${path}`);
  const text = (await load()) as string;
  const result = importCsv(new TextEncoder().encode(text), {
    name: path.split('/').pop()!,
    accessed: '2025-01-01',
  });
  if (!result.ok) throw new Error(result.error);
  mount(ChartView, {
    target,
    props: { table: toLong(result.table), uid: 'demo', initialWidth: 800 },
  });
}

const demoPath = params.get('demo');
const ready = demoPath ? demo(demoPath) : bench(Number(params.get('points') ?? 1_000_000));
(window as unknown as { __bench: unknown }).__bench = await ready;
document.body.dataset.ready = 'true';
