import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { annualChartSpec, releaseChartSpec } from '../../../src/lib/dashboard/dashboardSpecs';
import ChartSvg from '../../../src/lib/components/chart/ChartSvg.svelte';
import { buildChartSpec } from '../../../src/lib/charts/buildChartSpec';
import { defaultChartConfig } from '../../../src/lib/charts/defaults/defaultChartConfig';
import { loadFixture } from '../../unit/charts/loadFixture';

const SIZE = { width: 640, height: 360 };

describe('ChartSvg', () => {
  it('renders the release chart as a deterministic SVG', async () => {
    const { container } = render(ChartSvg, { spec: releaseChartSpec(SIZE), uid: 'release' });
    const svg = container.querySelector('svg');
    expect(svg?.textContent).toContain('> $190 bn');
    expect(svg?.textContent).toContain('+116 %');
    await expect(svg?.outerHTML).toMatchFileSnapshot('__snapshots__/release-chart.svg');
  });

  it('renders the annual chart as a deterministic SVG, its line broken at 2015', async () => {
    const { container } = render(ChartSvg, { spec: annualChartSpec(SIZE), uid: 'annual' });
    const svg = container.querySelector('svg');
    expect(svg?.textContent).toContain('2015: no US$ figure');
    await expect(svg?.outerHTML).toMatchFileSnapshot('__snapshots__/annual-chart.svg');
  });

  it('names the picture by its title and description', () => {
    render(ChartSvg, { spec: releaseChartSpec(SIZE), uid: 'r' });
    const img = screen.getByRole('img', { name: /more than doubled/ });
    expect(img).toHaveAccessibleName(
      /2012: > \$87\.7 bn \(derived, lower bound\); 2022: > \$190 bn \(lower bound\)/,
    );
  });

  it('steps point to point with the arrow keys, says each step and shows a tooltip', async () => {
    render(ChartSvg, { spec: annualChartSpec(SIZE), uid: 'a' });
    const plot = screen.getByRole('application');
    plot.focus();
    await fireEvent.keyDown(plot, { key: 'ArrowRight' });
    const live = document.querySelector('[aria-live="polite"]');
    expect(live).toHaveTextContent('GACC, as reported, 2012: $88.1 bn. Source: MOFCOM');
    await fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(live).toHaveTextContent('2013: $89.2 bn');
    expect(screen.getByRole('tooltip')).toHaveTextContent('Source: Chinese diplomat, interview');
    await fireEvent.keyDown(plot, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('opens a point’s source with Enter', async () => {
    const onsource = vi.fn();
    render(ChartSvg, { spec: releaseChartSpec(SIZE), uid: 'r', onsource });
    const plot = screen.getByRole('application');
    await fireEvent.keyDown(plot, { key: 'End' });
    await fireEvent.keyDown(plot, { key: 'Enter' });
    expect(onsource).toHaveBeenCalledWith(
      expect.objectContaining({ period: '2022', qualifier: 'lower-bound' }),
    );
  });

  it('promises the full source on click or Enter only where a point opens it', async () => {
    const table = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
    const uploaded = buildChartSpec(table, defaultChartConfig(table), SIZE);
    for (const onsource of [vi.fn(), undefined]) {
      // An upload's points cite their publisher short, in full on opening.
      const { unmount } = render(ChartSvg, { spec: uploaded, uid: 'u', onsource });
      const plot = screen.getByRole('application');
      await fireEvent.keyDown(plot, { key: 'ArrowRight' });
      const tip = screen.getByRole('tooltip');
      if (onsource) expect(tip).toHaveTextContent('click or Enter for the full source');
      else expect(tip).not.toHaveTextContent('click or Enter');
      unmount();
    }
  });
});
