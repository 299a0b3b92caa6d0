import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import HeadlineCard from '../../../src/lib/components/cards/HeadlineCard.svelte';
import { releaseFigure } from '../../../src/lib/data/datasets/release';

describe('HeadlineCard', () => {
  it('marks a lower bound as one', () => {
    render(HeadlineCard, {
      figure: releaseFigure('trade-2022'),
      heading: '2022',
      display: '> $190 bn',
      caption: 'c',
      onsource: () => {},
    });
    expect(screen.getByText('Lower bound')).toBeInTheDocument();
    expect(screen.queryByText('How it is derived')).toBeNull();
  });

  it('marks a figure derived from a lower bound as both, and shows its formula and range on demand', () => {
    const onsource = vi.fn();
    render(HeadlineCard, {
      figure: releaseFigure('trade-2012-derived'),
      heading: '2012',
      display: '> $87.7 bn',
      caption: 'c',
      onsource,
    });
    expect(screen.getByText('Derived')).toBeInTheDocument();
    expect(screen.getByText('Lower bound')).toBeInTheDocument();
    expect(screen.getByText('How it is derived')).toBeInTheDocument();
    expect(screen.getByText('V2012 = V2022 / (1 + g)')).toBeInTheDocument();
    expect(screen.getByText('= 190 / (1 + 1.16) = 87.96')).toBeInTheDocument();
    expect(
      screen.getByText(
        /above 87\.76, with no upper limit \(2022 is a lower bound\); 87\.76–88\.17/,
      ),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /Source/ }));
    expect(onsource).toHaveBeenCalled();
  });

  it('gives a derived rate as the fraction the formula makes, then in percent', () => {
    render(HeadlineCard, {
      figure: releaseFigure('cagr-2012-2022-derived'),
      heading: 'Yearly growth',
      display: '≈ 8.0 %',
      caption: 'c',
      onsource: () => {},
    });
    expect(screen.getByText('= (1 + 1.16)^(1/10) − 1 = 0.0801 = 8.01 %')).toBeInTheDocument();
    // A rate within a closed range is no bound.
    expect(screen.queryByText('Lower bound')).toBeNull();
  });
});
