import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ChartControls from '../../../src/lib/components/chart/ChartControls.svelte';
import InteractiveChart from '../../../src/lib/components/chart/InteractiveChart.svelte';
import { tradeTable } from '../../unit/charts/tradeTable';

describe('InteractiveChart (any table)', () => {
  it('charts a table with no config from its column roles: partners over the years, sources below', () => {
    const { container } = render(InteractiveChart, {
      table: tradeTable(),
      uid: 'v',
      controls: ChartControls,
    });
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Xland exports by partner');
    expect(container.querySelectorAll('.marks path[stroke-linecap="round"]')).toHaveLength(3);
    expect(container.querySelector('figcaption')).toHaveTextContent('Pub, “Trade”, 2024');
    expect(screen.getByRole('combobox', { name: 'Chart' })).toHaveValue('line');
  });

  it('switches to ranked bars of partners at the latest year, and tells the page', async () => {
    const onconfig = vi.fn();
    const { container } = render(InteractiveChart, {
      table: tradeTable(),
      uid: 'v',
      controls: ChartControls,
      onconfig,
    });
    await fireEvent.change(screen.getByRole('combobox', { name: 'Chart' }), {
      target: { value: 'bar' },
    });
    expect(container.querySelectorAll('.marks rect')).toHaveLength(3);
    expect(onconfig).toHaveBeenLastCalledWith(
      expect.objectContaining({ type: 'bar', x: 'Partner' }),
    );
    expect(screen.getByRole('button', { name: /Year: 2022/ })).toBeInTheDocument();
  });

  it('filters partners with the searchable picker', async () => {
    const { container } = render(InteractiveChart, {
      table: tradeTable(),
      uid: 'v',
      controls: ChartControls,
    });
    await fireEvent.click(screen.getByRole('button', { name: /^Partner: all/ }));
    const search = screen.getByRole('searchbox', { name: 'Search Partner' });
    await fireEvent.input(search, { target: { value: 'bl' } });
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.map((b) => b.parentElement?.textContent)).toEqual(['Bland']);
    await fireEvent.click(boxes[0]);
    expect(container.querySelectorAll('.marks path[stroke-linecap="round"]')).toHaveLength(1);
    expect(screen.getByRole('button', { name: /^Partner: Bland/ })).toBeInTheDocument();
  });

  it('adds the derived balance when split by flow, marked derived in the key and the notes', async () => {
    const { container } = render(InteractiveChart, {
      table: tradeTable(),
      uid: 'v',
      controls: ChartControls,
      config: {
        type: 'line',
        x: 'Year',
        y: ['Trade Value (US$)'],
        series: 'Trade Flow',
        filters: { Partner: ['Aland'] },
        mode: 'values',
        scale: 'linear',
        annotations: [],
      },
    });
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Balance' }));
    expect(screen.getByRole('button', { name: 'Balance (derived)' })).toBeInTheDocument();
    expect(container.querySelector('figcaption')).toHaveTextContent(
      'Balance = exports − imports: derived, not reported.',
    );
  });

  it('renders text from the file as text, never as markup', () => {
    const table = tradeTable();
    const partner = table.columns[1] as { dictionary: string[] };
    partner.dictionary[0] = '<img src=x onerror=alert(1)>';
    const { container } = render(InteractiveChart, { table, uid: 'v', controls: ChartControls });
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('without controls draws a fixed chart that can still be read: no pickers, same marks', () => {
    const { container } = render(InteractiveChart, { table: tradeTable(), uid: 'v' });
    expect(screen.queryByRole('combobox', { name: 'Chart' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'What to chart' })).toBeNull();
    expect(container.querySelectorAll('.marks path[stroke-linecap="round"]')).toHaveLength(3);
    expect(container.querySelector('figcaption')).toHaveTextContent('Pub, “Trade”, 2024');
  });

  it('says why there is no chart when no column holds numbers, instead of drawing an empty axis', () => {
    const table = {
      ...tradeTable(),
      name: 'hostile.csv',
      columns: tradeTable().columns.filter((c) => c.type !== 'number'),
    };
    const { container } = render(InteractiveChart, { table, uid: 'v', controls: ChartControls });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'No chart for hostile.csv. There is nothing to draw: no column holds numbers.',
    );
    expect(container.querySelector('svg')).toBeNull();
  });
});
