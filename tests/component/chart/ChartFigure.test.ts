import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annualChartSpec } from '../../../src/lib/dashboard/dashboardSpecs';
import ChartFigure from '../../../src/lib/components/chart/ChartFigure.svelte';
import { deferPlotContext, plotApartContext } from '../../../src/lib/components/chart/deferPlot';
import type { ChartSize } from '../../../src/lib/charts/spec';
import type { ChartViewConfig } from '../../../src/lib/charts/config/chartConfig';

const props = { uid: 'annual', build: annualChartSpec, height: 360 };
const lines = (c: HTMLElement) => c.querySelectorAll('.marks path[stroke-linecap="round"]').length;

describe('ChartFigure (the annual series)', () => {
  it('toggles a series from its legend button, keeping the button to bring it back', async () => {
    const { container } = render(ChartFigure, props);
    expect(lines(container)).toBe(3);
    const button = screen.getByRole('button', { name: 'IMF DOTS, Russia-reported' });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    await fireEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(lines(container)).toBe(2);
    await fireEvent.click(button);
    expect(lines(container)).toBe(3);
  });

  it('hides the release overlay from its own legend entry', async () => {
    const { container } = render(ChartFigure, props);
    await fireEvent.click(screen.getByRole('button', { name: /The release/ }));
    expect(container.querySelector('.marks path[d$="z"]')).toBeNull();
  });

  it('indexes every series to a chosen base (2012 = 100) and says so on the axis and in the notes', async () => {
    const { container } = render(ChartFigure, props);
    await fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), {
      target: { value: 'index' },
    });
    await fireEvent.change(screen.getByRole('combobox', { name: 'Base' }), {
      target: { value: '2013' },
    });
    const svg = container.querySelector('svg')!;
    expect(svg.textContent).toContain('Index, 2013 = 100');
    expect(container.querySelector('figcaption')).toHaveTextContent(
      'Index: each series = 100 in 2013.',
    );
  });

  it('shows % change from the start', async () => {
    const { container } = render(ChartFigure, props);
    await fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), {
      target: { value: 'change' },
    });
    expect(container.querySelector('svg')!.textContent).toContain('% change since 2012');
  });

  it('switches to a log scale with the scale toggle', async () => {
    const { container } = render(ChartFigure, props);
    const toggle = screen.getByRole('button', { name: 'Log scale' });
    await fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const labels = [...container.querySelectorAll('.axes text')].map((t) => t.textContent);
    expect(labels).not.toContain('0');
  });

  it('zooms in and resets with the buttons; the table follows the zoom', async () => {
    const { container } = render(ChartFigure, props);
    // jsdom does not open <details> on a click: open it as the browser would.
    const details = container.querySelector('details')!;
    details.open = true;
    await fireEvent(details, new Event('toggle'));
    const reset = screen.getByRole('button', { name: 'Reset zoom' });
    expect(reset).toBeDisabled();
    await fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(reset).toBeEnabled();
    const rows = () => container.querySelectorAll('details tbody tr').length;
    expect(rows()).toBeGreaterThan(0);
    expect(rows()).toBeLessThan(12);
    await fireEvent.click(reset);
    expect(rows()).toBe(12);
  });

  it('zooms with + and shows everything again with 0 from the keyboard, saying so', async () => {
    const { container } = render(ChartFigure, props);
    const plot = screen.getByRole('application');
    await fireEvent.keyDown(plot, { key: '+' });
    const live = container.querySelector('[aria-live="polite"]');
    expect(live).toHaveTextContent('Zoomed in; press 0 to show everything.');
    expect(screen.getByRole('button', { name: 'Reset zoom' })).toBeEnabled();
    await fireEvent.keyDown(plot, { key: '0' });
    expect(live).toHaveTextContent('Showing everything.');
  });

  it('keeps its figcaption with every source whatever the view', async () => {
    const { container } = render(ChartFigure, props);
    await fireEvent.click(screen.getByRole('button', { name: 'GACC, as reported' }));
    const caption = within(container.querySelector('figcaption')!);
    for (const s of ['General Administration of Customs', 'International Monetary Fund', 'CGTN'])
      expect(caption.getByText(new RegExp(s))).toBeInTheDocument();
  });
});

describe('ChartFigure (drawing a new figure)', () => {
  afterEach(() => vi.unstubAllGlobals());
  const plot = (c: HTMLElement) => c.querySelector('.measure svg');
  /** A browser whose layout reports the figure `width` wide, a moment after it is observed. */
  const measuredAt = (width: number) =>
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private report: (entries: { contentRect: { width: number } }[]) => void) {}
        observe() {
          queueMicrotask(() => this.report([{ contentRect: { width } }]));
        }
        disconnect() {}
      },
    );

  it('inside deferPlot waits for its width, then draws its title, then its toolbar, then its plot', async () => {
    measuredAt(720);
    const toolbar = createRawSnippet(() => ({ render: () => '<div class="tools">Tools</div>' }));
    const { container } = render(ChartFigure, {
      props: { ...props, uid: 'deferred', toolbar },
      context: deferPlotContext,
    });
    // An empty frame of the chart's height, measured before anything is built.
    expect(container.querySelector('.title')).toBeNull();
    expect(container.querySelector('.pending')).not.toBeNull();
    await waitFor(() =>
      expect(container.querySelector('.title')?.textContent).toBe(
        'China–Russia two-way trade, 2012–2023',
      ),
    );
    expect(container.querySelector('figcaption')).not.toBeNull();
    expect(container.querySelector('.tools')).toBeNull();
    expect(plot(container)).toBeNull();
    await waitFor(() => expect(container.querySelector('.tools')).not.toBeNull());
    expect(plot(container)).toBeNull();
    await waitFor(() => expect(plot(container)).not.toBeNull());
    // Built once, at the measured width.
    expect(plot(container)?.getAttribute('viewBox')).toMatch(/^0 0 720 /);
  });

  it('inside deferPlot builds its spec once, in a task before the one that draws it', async () => {
    measuredAt(640);
    // Whether the title is drawn when the spec is built, and once the task that built it is over.
    const drawnAtBuild: boolean[] = [];
    const drawnAfterBuild: boolean[] = [];
    const title = () => !!document.getElementById('prebuilt-heading');
    const build = vi.fn((size: ChartSize, view: Partial<ChartViewConfig>) => {
      drawnAtBuild.push(title());
      queueMicrotask(() => drawnAfterBuild.push(title()));
      return props.build(size, view);
    });
    const { container } = render(ChartFigure, {
      props: { ...props, build, uid: 'prebuilt' },
      context: deferPlotContext,
    });
    await waitFor(() => expect(build).toHaveBeenCalledTimes(1));
    expect(build.mock.calls[0][0].width).toBe(640);
    await waitFor(() => expect(plot(container)).not.toBeNull());
    expect(build).toHaveBeenCalledTimes(1);
    // Built, not yet drawn, even once that task was over: the title came in a later one.
    expect(drawnAtBuild).toEqual([false]);
    expect(drawnAfterBuild).toEqual([false]);
  });

  it('inside deferPlot draws at its default width when the browser never reports one', async () => {
    const { container } = render(ChartFigure, {
      props: { ...props, uid: 'unmeasured' },
      context: deferPlotContext,
    });
    await waitFor(() => expect(plot(container)).not.toBeNull(), { timeout: 2000 });
    expect(container.querySelector('.title')?.textContent).toBe(
      'China–Russia two-way trade, 2012–2023',
    );
  });

  it('drawn again under the same uid, starts at the width it was last measured at', async () => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private report: (entries: { contentRect: { width: number } }[]) => void) {}
        observe() {
          this.report([{ contentRect: { width: 900 } }]);
        }
        disconnect() {}
      },
    );
    const first = render(ChartFigure, { ...props, uid: 'remembered' });
    // Drawn at its width in the task after the browser reports it.
    expect(plot(first.container)?.getAttribute('viewBox')).toMatch(/^0 0 640 /);
    await waitFor(() =>
      expect(plot(first.container)?.getAttribute('viewBox')).toMatch(/^0 0 900 /),
    );
    first.unmount();
    vi.unstubAllGlobals();
    const again = render(ChartFigure, { ...props, uid: 'remembered' });
    expect(plot(again.container)?.getAttribute('viewBox')).toMatch(/^0 0 900 /);
  });
});

describe('ChartFigure with its plot apart (a prerendered chart coming to life)', () => {
  const apartProps = { ...props, uid: 'apart' };
  const plot = (c: HTMLElement) => c.querySelector('.measure svg');

  it('draws its words at once and its plot when asked, in the place it keeps for it', async () => {
    let draw: (() => void) | undefined;
    const specs: string[] = [];
    const context = plotApartContext({
      plot: (given) => (draw = given),
      spec: (uid, spec) => specs.push(`${uid} ${spec.width}`),
    });
    const { container } = render(ChartFigure, { props: apartProps, context });
    expect(container.querySelector('.title')).toHaveTextContent('China–Russia two-way trade');
    expect(container.querySelector('.place')).not.toBeNull();
    expect(plot(container)).toBeNull();
    // The prerender draws the plot to come from the spec it is told.
    expect(specs).toEqual(['apart 640']);
    draw!();
    expect(container.querySelector('.place > .plot svg[role="img"]')).not.toBeNull();
    expect(plot(container)?.getAttribute('viewBox')).toMatch(/^0 0 640 /);
    expect(lines(container)).toBe(3);
  });

  it('keeps its plot in step with the chart: a series hidden from the legend leaves it', async () => {
    let draw: (() => void) | undefined;
    const context = plotApartContext({ plot: (given) => (draw = given) });
    const { container } = render(ChartFigure, { props: apartProps, context });
    draw!();
    await fireEvent.click(screen.getByRole('button', { name: 'IMF DOTS, Russia-reported' }));
    expect(lines(container)).toBe(2);
  });

  it('is taken by one chart only: a chart drawn later in its place plots at once', () => {
    const context = plotApartContext({ plot: () => {} });
    const first = render(ChartFigure, { props: apartProps, context });
    expect(plot(first.container)).toBeNull();
    const later = render(ChartFigure, { props: { ...props, uid: 'later' }, context });
    expect(plot(later.container)).not.toBeNull();
  });
});
