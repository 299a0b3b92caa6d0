import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import DrillPath from '../../../src/lib/components/chart/DrillPath.svelte';

const path = [
  { id: 'XVI', label: 'HS XVI · Machinery and electrical' },
  { id: '84', label: '84 Machinery' },
];

describe('DrillPath', () => {
  it('has a button for each level above the one shown, and marks the one shown', async () => {
    const onchange = vi.fn();
    render(DrillPath, { path, onchange });
    const nav = screen.getByRole('navigation', { name: 'Treemap level' });
    expect(nav).toHaveTextContent('All');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'All',
      'HS XVI · Machinery and electrical',
    ]);
    expect(screen.getByText('84 Machinery')).toHaveAttribute('aria-current', 'location');
    await fireEvent.click(screen.getByRole('button', { name: /HS XVI/ }));
    expect(onchange).toHaveBeenCalledWith({ drill: 'XVI' });
    await fireEvent.click(screen.getByRole('button', { name: 'All' }));
    expect(onchange).toHaveBeenLastCalledWith({ drill: undefined });
  });

  it('at the top it has no button', () => {
    render(DrillPath, { path: [], onchange: vi.fn() });
    expect(screen.queryByRole('button')).toBeNull();
  });
});
