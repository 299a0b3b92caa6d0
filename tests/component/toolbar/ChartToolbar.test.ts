import { fireEvent, render, screen } from '@testing-library/svelte';
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
});
