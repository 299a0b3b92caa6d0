import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { LegendItem } from '../../../src/lib/charts/spec';
import SeriesFields from '../../../src/lib/components/editor/SeriesFields.svelte';

const item = (id: string, label: string, toggles = true): LegendItem => ({
  id,
  label,
  color: 0,
  symbol: 'line',
  dash: 'solid',
  toggles,
  hidden: false,
});
const series = [
  item('a', 'China'),
  item('b', '<img src=x onerror=alert(1)>'),
  item('overlay', 'The release'),
  item('estimate', 'Estimate', false),
];
const periods = ['2020', '2021', '2022'];

describe('SeriesFields (highlight, line names, estimates)', () => {
  it('offers each series to highlight, as text, and not the release or the marks', async () => {
    const onchange = vi.fn();
    render(SeriesFields, { uid: 'u', edits: {}, kind: 'line', series, periods, onchange });
    const select = screen.getByRole('combobox', { name: 'Highlight' });
    const options = [...select.querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toEqual([
      'None: every series in its colour',
      'China',
      '<img src=x onerror=alert(1)>',
    ]);
    expect(document.querySelector('img')).toBeNull();
    await fireEvent.change(select, { target: { value: 'China' } });
    expect(onchange).toHaveBeenLastCalledWith({ highlight: 'China' });
  });

  it('names lines at their ends on a line chart, and sets the period estimates start', async () => {
    const onchange = vi.fn();
    render(SeriesFields, {
      uid: 'u',
      edits: { decimals: 1 },
      kind: 'line',
      series,
      periods,
      onchange,
    });
    await fireEvent.click(screen.getByRole('checkbox', { name: /Name each line at its end/ }));
    expect(onchange).toHaveBeenLastCalledWith({ decimals: 1, labels: 'ends' });
    const from = screen.getByRole('combobox', { name: 'Estimates from' });
    // The first period cannot start estimates: a line needs a reported value to start from.
    expect([...from.querySelectorAll('option')].map((o) => o.value)).toEqual(['', '2021', '2022']);
    await fireEvent.change(from, { target: { value: '2022' } });
    expect(onchange).toHaveBeenLastCalledWith({ decimals: 1, estimatesFrom: '2022' });
  });

  it('on a bar chart of one series, highlights a category; no line names, no estimates', () => {
    render(SeriesFields, {
      uid: 'u',
      edits: {},
      kind: 'bar',
      series: [item('a', 'Exports')],
      periods: ['Germany', 'France'],
      onchange: () => {},
    });
    const select = screen.getByRole('combobox', { name: 'Highlight' });
    expect(select.querySelectorAll('option')).toHaveLength(3);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Estimates from' })).toBeNull();
  });

  it('keeps a highlight set for a series no longer shown, and says so', () => {
    render(SeriesFields, {
      uid: 'u',
      edits: { highlight: 'Gone' },
      kind: 'line',
      series,
      periods,
      onchange: () => {},
    });
    expect(screen.getByRole('combobox', { name: 'Highlight' })).toHaveValue('Gone');
    expect(screen.getByText('Gone (not in the chart now)')).toBeTruthy();
  });
});
