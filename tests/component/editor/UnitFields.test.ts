import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import UnitFields from '../../../src/lib/components/editor/UnitFields.svelte';

describe('UnitFields (the unit picker)', () => {
  it('offers common units and tells the chart the one picked', async () => {
    const onchange = vi.fn();
    render(UnitFields, { uid: 'u', value: undefined, onchange });
    const select = screen.getByRole('combobox', { name: 'Unit and scale of the values' });
    expect(select).toHaveValue('');
    await fireEvent.change(select, { target: { value: 'US$ million' } });
    expect(onchange).toHaveBeenLastCalledWith('US$ million');
    await fireEvent.change(select, { target: { value: '' } });
    expect(onchange).toHaveBeenLastCalledWith(undefined);
  });

  it('takes the author’s own words, and refuses markup', async () => {
    const onchange = vi.fn();
    render(UnitFields, { uid: 'u', value: undefined, onchange });
    await fireEvent.change(screen.getByRole('combobox'), { target: { value: 'other' } });
    const own = screen.getByRole('textbox', { name: 'Unit in your words' });
    await fireEvent.input(own, { target: { value: 'thousand barrels' } });
    await fireEvent.change(own);
    expect(onchange).toHaveBeenLastCalledWith('thousand barrels');
    await fireEvent.input(own, { target: { value: '<b>x' } });
    await fireEvent.change(own);
    expect(screen.getByRole('alert')).toHaveTextContent('reads as the start of markup');
    expect(onchange).toHaveBeenCalledTimes(1);
  });

  it('shows a unit set earlier in its own words in the text field', () => {
    render(UnitFields, { uid: 'u', value: 'kilolitres', onchange: () => {} });
    expect(screen.getByRole('combobox')).toHaveValue('other');
    expect(screen.getByRole('textbox')).toHaveValue('kilolitres');
  });
});
