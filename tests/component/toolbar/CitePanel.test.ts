import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import CitePanel from '../../../src/lib/components/toolbar/CitePanel.svelte';
import { release } from '../../../src/lib/data/datasets/release';

describe('CitePanel', () => {
  it('names the chart as shown, edited title included, and cites its sources', () => {
    render(CitePanel, {
      uid: 'c',
      citations: [release.citation],
      accessed: '2026-12-04',
      title: 'China and Russia trade <b>more</b>',
    });
    expect(
      screen.getByText(
        'Cite the producers of the figures in “China and Russia trade <b>more</b>”, retrieved 2026-12-04.',
      ),
    ).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getAllByRole('textbox').length).toBeGreaterThan(0);
  });
});
