import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { STILL } from '../../../src/lib/charts/balance/buildBalanceSpec';
import MapControls from '../../../src/lib/components/chart/MapControls.svelte';

const view = {
  ...STILL,
  classes: 'quantile' as const,
  timeline: { label: 'Year', periods: ['2019', '2020', '2021'], period: '2021' },
};

describe('MapControls', () => {
  it('offers the three ways of classing and asks for the one chosen', async () => {
    const onchange = vi.fn();
    render(MapControls, { view, uid: 'm', onchange });
    const select = screen.getByRole('combobox', { name: 'Classes' });
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Quantiles',
      'Equal intervals',
      'Natural breaks (Jenks)',
    ]);
    await fireEvent.change(select, { target: { value: 'natural' } });
    expect(onchange).toHaveBeenCalledWith({ classes: 'natural' });
  });

  it('a labelled slider steps through the periods and says the one drawn', async () => {
    const onchange = vi.fn();
    render(MapControls, { view, uid: 'm', onchange });
    const slider = screen.getByRole('slider', { name: 'Period' });
    expect(slider).toHaveAttribute('aria-valuetext', 'Year 2021');
    expect(screen.getByRole('status')).toHaveTextContent('2021');
    await fireEvent.input(slider, { target: { value: '0' } });
    expect(onchange).toHaveBeenCalledWith({ period: '2019' });
  });

  it('has no slider for a single period', () => {
    render(MapControls, { view: { ...view, timeline: undefined }, uid: 'm', onchange: vi.fn() });
    expect(screen.queryByRole('slider')).toBeNull();
  });
});
