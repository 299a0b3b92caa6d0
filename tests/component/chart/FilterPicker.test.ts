import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import FilterPicker from '../../../src/lib/components/chart/FilterPicker.svelte';

const choice = {
  name: 'Country Name',
  label: 'Country',
  values: ['World', 'China', 'High income', 'Germany', '<img src=x onerror=alert(1)>'],
  groups: ['World', 'High income'],
};

describe('FilterPicker', () => {
  it('lists economies first and groups apart under their own heading, in the column order', async () => {
    render(FilterPicker, { choice, selected: [], uid: 'f', onchange: vi.fn() });
    await fireEvent.click(screen.getByRole('button', { name: /Country/ }));
    const economies = screen.getByRole('list', { name: 'Country values' });
    const groups = screen.getByRole('list', { name: 'Groups' });
    const names = (list: HTMLElement) =>
      within(list)
        .getAllByRole('checkbox')
        .map((c) => c.parentElement?.textContent);
    // A hostile name is text, never markup.
    expect(names(economies)).toEqual(['China', 'Germany', '<img src=x onerror=alert(1)>']);
    expect(names(groups)).toEqual(['World', 'High income']);
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows a unit code in words, with the code beside it, and finds it by either', async () => {
    const units = {
      name: 'unit',
      label: 'Unit',
      values: ['MIO_EUR', 'PC_GDP'],
      words: { MIO_EUR: 'Million euro', PC_GDP: 'Percentage of gross domestic product (GDP)' },
    };
    render(FilterPicker, { choice: units, selected: ['MIO_EUR'], uid: 'u', onchange: vi.fn() });
    const toggle = screen.getByRole('button', { name: 'Unit: Million euro' });
    await fireEvent.click(toggle);
    expect(screen.getByRole('checkbox', { name: 'Million euro (MIO_EUR)' })).toBeChecked();
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'gdp' } });
    expect(screen.getAllByRole('checkbox').map((c) => c.parentElement?.textContent)).toEqual([
      'Percentage of gross domestic product (GDP) (PC_GDP)',
    ]);
  });

  it('a value picked goes last, and the values chosen keep their places (and colours)', async () => {
    const onchange = vi.fn();
    render(FilterPicker, { choice, selected: ['China', 'World'], uid: 'g', onchange });
    await fireEvent.click(screen.getByRole('button', { name: /Country/ }));
    await fireEvent.click(screen.getByRole('checkbox', { name: 'High income' }));
    expect(onchange).toHaveBeenLastCalledWith(['China', 'World', 'High income']);
    await fireEvent.click(screen.getByRole('checkbox', { name: 'China' }));
    expect(onchange).toHaveBeenLastCalledWith(['World']);
  });

  it('Escape on a tick box closes the panel and gives focus back to its button', async () => {
    render(FilterPicker, { choice, selected: [], uid: 'k', onchange: vi.fn() });
    const toggle = screen.getByRole('button', { name: /Country/ });
    await fireEvent.click(toggle);
    const box = screen.getByRole('checkbox', { name: 'China' });
    box.focus();
    await fireEvent.keyDown(box, { key: 'Escape' });
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(document.activeElement).toBe(toggle);
  });

  it('without groups, one list as before; a search narrows both sections', async () => {
    render(FilterPicker, {
      choice: { ...choice, groups: undefined },
      selected: [],
      uid: 'h',
      onchange: vi.fn(),
    });
    await fireEvent.click(screen.getByRole('button', { name: /Country/ }));
    expect(screen.getAllByRole('list')).toHaveLength(1);
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'in' } });
    expect(screen.getAllByRole('checkbox').map((c) => c.parentElement?.textContent)).toEqual([
      'China',
      'High income',
    ]);
  });

  it('None clears every box and keeps the chart until the first is ticked; All keeps every value', async () => {
    const onchange = vi.fn();
    render(FilterPicker, { choice, selected: ['China', 'Germany'], uid: 'n', onchange });
    await fireEvent.click(screen.getByRole('button', { name: /Country/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'None' }));
    expect(screen.getAllByRole('checkbox').some((c) => (c as HTMLInputElement).checked)).toBe(
      false,
    );
    expect(onchange).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Tick the first');
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Germany' }));
    expect(onchange).toHaveBeenLastCalledWith(['Germany']);
    await fireEvent.click(screen.getByRole('button', { name: 'All' }));
    expect(onchange).toHaveBeenLastCalledWith([]);
  });
});
