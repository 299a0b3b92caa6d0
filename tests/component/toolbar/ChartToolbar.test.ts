import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { chartExport } from '../../../src/lib/download/chartExport';
import { warmChartCode } from '../../../src/lib/dashboard/warmChartCode';
import ChartToolbar from '../../../src/lib/components/toolbar/ChartToolbar.svelte';

const spec = warmChartCode();
const chart = chartExport(spec, {
  citations: [{ id: 'warm-up', kind: 'dataset', publisher: 'Tradelens', title: 'Warm-up' }],
  state: { type: 'line' },
  local: true,
});

describe('ChartToolbar', () => {
  it('offers downloads, embed, cite and the table for a whole table', () => {
    render(ChartToolbar, { uid: 'c', chart, tableOpen: false });
    for (const name of ['Download SVG', 'Download PNG', 'Download CSV', 'Embed', 'Cite', 'Table'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
  });

  it('offers only the table of a preview, and says when the rest comes', async () => {
    render(ChartToolbar, { uid: 'c', chart, tableOpen: false, partial: true });
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Table']);
    expect(screen.getByRole('toolbar')).toHaveTextContent(
      'Download, embed and cite once the whole file is read.',
    );
    await fireEvent.click(buttons[0]);
    expect(buttons[0]).toHaveAttribute('aria-pressed', 'true');
  });

  it('cites a chart of local data by no address, then by the hosted file given under Embed', async () => {
    render(ChartToolbar, { uid: 'c', chart, tableOpen: false });
    await fireEvent.click(screen.getByRole('button', { name: 'Cite' }));
    const apa = (await screen.findByLabelText('APA, this chart')) as HTMLTextAreaElement;
    expect(apa.value).toBe(`${chart.title} [Chart]. (n.d.). Tradelens. Data: Tradelens.`);
    expect(screen.getByText(/no address shows it to others/)).toBeInTheDocument();
    // No day the chart's address was visited, where it has none.
    const bibtex = screen.getByLabelText('BibTeX, this chart') as HTMLTextAreaElement;
    expect(bibtex.value).not.toContain('urldate');
    const close = (id: string) =>
      fireEvent.click(
        within(document.getElementById(`${id}-title`)!.closest('dialog')!).getByRole('button', {
          name: 'Close',
          hidden: true,
        }),
      );
    await close('c-cite');
    await fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    const address = await screen.findByLabelText('Address (URL) of the hosted CSV file');
    await fireEvent.input(address, { target: { value: 'https://example.org/trade.csv' } });
    await close('c-embed');
    await fireEvent.click(screen.getByRole('button', { name: 'Cite' }));
    const linked = (await screen.findByLabelText('RIS, this chart')) as HTMLTextAreaElement;
    expect(linked.value).toMatch(
      /UR {2}- .*\/embed\.html#v=1&.*src=https%3A%2F%2Fexample\.org%2Ftrade\.csv/,
    );
    expect(screen.queryByText(/no address shows it to others/)).toBeNull();
  });
});
