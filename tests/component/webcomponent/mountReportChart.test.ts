import { fireEvent, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importOnMainThread } from '../../../src/lib/upload/importOnMainThread';
import { BUILT_IN } from '../../../src/render/builtInChart';
import { attributesToState } from '../../../src/webcomponent/attributesToState';
import {
  mountReportChart,
  type ReportChartOptions,
} from '../../../src/webcomponent/mountReportChart';
import { wideTarget } from './wideTarget';

let target: HTMLElement;
beforeEach(() => (target = wideTarget()));
afterEach(() => vi.unstubAllGlobals());

/** The request `<trade-chart>` makes of these attributes. */
const attributes = (attrs: Record<string, string>) =>
  attributesToState((name) => attrs[name] ?? null, 'https://example.org/', Object.keys(BUILT_IN));

function mount(request: ReportChartOptions['request']) {
  return mountReportChart(target, {
    request,
    importer: importOnMainThread,
    uid: 'r',
    headingLevel: 2,
  });
}

describe('mountReportChart', () => {
  it('mountReportChart(target, refused request) says why, as text', () => {
    mount({ ok: false, error: 'The title attribute contains markup <b>x</b>.' });
    const alert = target.querySelector('[role="alert"]')!;
    expect(alert).toHaveTextContent('This chart cannot be shown.');
    expect(alert).toHaveTextContent('The title attribute contains markup <b>x</b>.');
    expect(alert.querySelector('b')).toBeNull();
  });

  it('mountReportChart(target, release) draws the figure at the measured width', async () => {
    mount(attributes({ dataset: 'release' }));
    expect(target.querySelector('[role="status"]')).toHaveTextContent('Loading the chart…');
    await waitFor(() => expect(target.querySelector('svg[role="img"]')).not.toBeNull());
    expect(target.querySelector('svg[role="img"]')).toHaveAttribute('viewBox', '0 0 700 360');
    expect(target.querySelector('h2')).toHaveTextContent('more than doubled');
    expect(target.querySelector('figcaption')).toHaveTextContent('CGTN via PR Newswire');
    expect(target.querySelector('svg')).toHaveTextContent('> $190 bn');
  });

  it('mountReportChart(target, annual) redraws for a new view and keeps focus and the open table', async () => {
    mount(attributes({ dataset: 'china-russia-annual', type: 'line' }));
    await waitFor(() => expect(target.querySelector('#r-mode')).not.toBeNull());
    const details = target.querySelector('details')!;
    details.open = true;
    const show = target.querySelector<HTMLSelectElement>('#r-mode')!;
    show.focus();
    show.value = 'index';
    await fireEvent.change(show);
    expect(target.querySelector('#r-mode')).not.toBe(show);
    expect(document.activeElement).toBe(target.querySelector('#r-mode'));
    expect(target.querySelector<HTMLSelectElement>('#r-mode')!.value).toBe('index');
    expect(target.querySelector('#r-base')).not.toBeNull();
    expect(target.querySelector('details')!.open).toBe(true);
    expect(target.querySelector('details table')).not.toBeNull();
  });

  it('mountReportChart(target, annual) hides a series from its legend and zooms from its plot', async () => {
    mount(attributes({ dataset: 'china-russia-annual', type: 'line' }));
    await waitFor(() => expect(target.querySelector('.legend button')).not.toBeNull());
    const paths = () => target.querySelectorAll('.marks path').length;
    const before = paths();
    await fireEvent.click(target.querySelector('#r-key-1')!);
    expect(paths()).toBeLessThan(before);
    expect(target.querySelector('#r-key-1')).toHaveAttribute('aria-pressed', 'false');
    await fireEvent.keyDown(target.querySelector('#r-plot')!, { key: '+' });
    expect(target.querySelector('#r-zoom-reset')).toBeEnabled();
    expect(target.querySelector('[aria-live]')).toHaveTextContent('Zoomed in');
  });

  it('mountReportChart(target, src with no numbers) says there is nothing to chart', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<script>alert(1)</script>,note\na,x\nb,y\n')),
    );
    mount(attributes({ src: 'https://example.org/words.csv' }));
    await waitFor(() => expect(target.querySelector('[role="alert"]')).not.toBeNull());
    const alert = target.querySelector('[role="alert"]')!;
    expect(alert).toHaveTextContent('There is nothing to draw: no column holds numbers.');
    expect(alert).toHaveTextContent('<script>alert(1)</script>');
    expect(alert.querySelector('script')).toBeNull();
  });

  it('mountReportChart(target, src the server refuses) says what the server answered', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('gone', { status: 404 })),
    );
    mount(attributes({ src: 'https://example.org/gone.csv' }));
    await waitFor(() => expect(target.querySelector('[role="alert"]')).toHaveTextContent('404'));
  });

  it('mountReportChart(target, …)() stops a chart that is still loading', async () => {
    const remove = mount(attributes({ dataset: 'release' }));
    remove();
    await new Promise((r) => setTimeout(r, 20));
    expect(target.querySelector('figure')).toBeNull();
  });
});
