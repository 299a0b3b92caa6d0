import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Dashboard from '../../../src/app/Dashboard.svelte';
import { islandsLive } from '../../../src/app/island';
import type { Importer } from '../../../src/lib/state/UploadsState.svelte';

describe('Dashboard', () => {
  it('opens on the release: an h1, headline figures and two charted figures with sources', () => {
    const { container } = render(Dashboard);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('China–Russia trade');
    const cards = screen.getByRole('region', { name: 'Headline figures' });
    expect(within(cards).getByText('> $190 bn')).toBeInTheDocument();
    expect(within(cards).getByText('+116 %')).toBeInTheDocument();
    expect(within(cards).getByText('> $87.7 bn')).toBeInTheDocument();
    expect(within(cards).getByText('≈ 8.0 % a year')).toBeInTheDocument();
    const figures = container.querySelectorAll('figure');
    expect(figures).toHaveLength(2);
    expect(figures[0].querySelector('svg')?.textContent).toContain('190');
    const caption = figures[0].querySelector('figcaption')?.textContent ?? '';
    for (const word of ['CGTN', 'PR Newswire', '2023']) expect(caption).toContain(word);
  });

  it('shows the cross-check computed from the data', () => {
    render(Dashboard);
    const check = screen.getByRole('region', { name: 'Cross-check' });
    expect(check).toHaveTextContent(
      'The release says +116 %; the series gives 88.1 → 190.271 = +116.0 %. That lies within the rounding',
    );
  });

  it('opens the source viewer with the quote marked from a headline card', async () => {
    render(Dashboard);
    const card = screen.getByRole('article', { name: 'Two-way trade, 2022' });
    await fireEvent.click(within(card).getByRole('button', { name: /Source/ }));
    expect(document.querySelector('dialog mark')).toHaveTextContent(
      'exceeding $190 billion in 2022',
    );
  });

  it('asks its importer to get ready for an upload once the page and its charts are up', async () => {
    const prepare = vi.fn();
    const importer: Importer = Object.assign(
      () => ({ result: Promise.resolve(null), cancel() {} }),
      {
        prepare,
      },
    );
    render(Dashboard, { importer });
    // Not in the task the page comes to life in: the charts' islands come first.
    expect(prepare).not.toHaveBeenCalled();
    await islandsLive();
    await Promise.resolve();
    expect(prepare).toHaveBeenCalledTimes(1);
  });
});
