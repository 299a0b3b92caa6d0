import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import SourceViewer from '../../../src/lib/components/source/SourceViewer.svelte';
import { releaseFigure } from '../../../src/lib/data/datasets/release';
import { SourceViewerState } from '../../../src/lib/state/SourceViewerState.svelte';

describe('SourceViewer', () => {
  it('shows the release with the quoted sentence marked', () => {
    const viewer = new SourceViewerState();
    render(SourceViewer, { viewer });
    viewer.open({ kind: 'release', quote: releaseFigure('trade-2022').quote });
    flushSync();
    const mark = document.querySelector('mark');
    expect(mark).toHaveTextContent(
      'Trade between China and Russia has expanded substantially, with the two-way volume exceeding $190 billion in 2022, up 116 percent from a decade ago.',
    );
    expect(screen.getByText(/CGTN via PR Newswire/)).toBeInTheDocument();
  });

  it('shows every year’s page, reporter and quote for the annual series, 2015 as a gap', () => {
    const viewer = new SourceViewerState();
    render(SourceViewer, { viewer });
    viewer.open({ kind: 'series', tableId: 'china-russia-annual' });
    flushSync();
    expect(screen.getByText('2015: no US$ figure')).toBeInTheDocument();
    const tass = screen.getByRole('link', {
      name: 'https://tass.com/economy/1178145',
      hidden: true,
    });
    expect(tass).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText('while in 2019 it rose by 3.4% to $110.75 bln')).toBeInTheDocument();
  });

  it('renders a hostile quote and URL as text, never as markup or a script link', () => {
    const viewer = new SourceViewerState();
    render(SourceViewer, { viewer });
    viewer.open({
      kind: 'row',
      period: '2020',
      seriesLabel: 'S',
      valueLabel: '1',
      source: {
        citationId: 'x',
        text: 'Reporter',
        url: 'javascript:alert(1)',
        quote: '<img src=x onerror=alert(1)>',
      },
    });
    flushSync();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(screen.queryByRole('link', { hidden: true })).toBeNull();
  });
});
