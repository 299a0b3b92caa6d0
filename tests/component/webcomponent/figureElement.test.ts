import { fireEvent } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { annualChartSpec, releaseChartSpec } from '../../../src/lib/dashboard/dashboardSpecs';
import type { ChartSpec } from '../../../src/lib/charts/spec';
import { element } from '../../../src/webcomponent/element';
import { figureElement, type FigureParts } from '../../../src/webcomponent/figureElement';

const SIZE = { width: 640, height: 360 };

function figure(spec: ChartSpec, parts: Partial<FigureParts> = {}) {
  const node = figureElement(spec, {
    uid: 'f',
    headingLevel: 2,
    controls: null,
    plot: element('div', { class: 'measure' }),
    toggle: vi.fn(),
    tableOpen: false,
    ...parts,
  });
  document.body.replaceChildren(node);
  return node;
}

describe('figureElement', () => {
  it('figureElement(spec, {headingLevel: 4}) titles the figure with a heading of that level', () => {
    const node = figure(releaseChartSpec(SIZE), { headingLevel: 4 });
    const heading = node.querySelector('h4')!;
    expect(heading).toHaveTextContent('China–Russia trade more than doubled in a decade');
    expect(node).toHaveAttribute('aria-labelledby', heading.id);
    expect(node.querySelector('.subtitle')).toHaveTextContent('as stated in the release');
  });

  it('figureElement(release spec) names the release and says how 2012 was derived', () => {
    const caption = figure(releaseChartSpec(SIZE)).querySelector('figcaption')!;
    expect(caption).toHaveTextContent('Source');
    expect(caption).toHaveTextContent('CGTN via PR Newswire');
    expect(caption).toHaveTextContent('V2012 = V2022 / (1 + g)');
    expect(caption).toHaveTextContent('“exceeding $190 billion”, a lower bound');
  });

  it('figureElement(spec) builds the table of its data when it is opened, and keeps it open', () => {
    const spec = annualChartSpec(SIZE);
    const node = figure(spec);
    const details = node.querySelector('details')!;
    expect(details.querySelector('table')).toBeNull();
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    const rows = details.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(spec.table.rows.length);
    expect(rows[0].querySelector('th[scope="row"]')).toHaveTextContent('2012');
    expect(figure(spec, { tableOpen: true }).querySelector('details table')).not.toBeNull();
  });

  it('figureElement(spec) shows series as legend buttons that toggle them', async () => {
    const toggle = vi.fn();
    const spec = annualChartSpec(SIZE);
    const node = figure(spec, { toggle });
    const buttons = node.querySelectorAll<HTMLButtonElement>('.legend button');
    expect(buttons.length).toBe(spec.legend.filter((i) => i.toggles).length);
    expect(buttons.length).toBeGreaterThanOrEqual(3);
    expect(buttons[0]).toHaveAttribute('aria-pressed', 'true');
    await fireEvent.click(buttons[1]);
    expect(toggle).toHaveBeenCalledWith(spec.legend.filter((i) => i.toggles)[1].id);
  });

  it('figureElement(spec) keeps the last shown series from being hidden', () => {
    const ids = annualChartSpec(SIZE)
      .legend.filter((i) => i.toggles)
      .map((i) => i.id);
    const node = figure(annualChartSpec(SIZE, { hidden: ids.slice(1) }));
    const pressed = [...node.querySelectorAll<HTMLButtonElement>('.legend button')].filter(
      (b) => b.getAttribute('aria-pressed') === 'true',
    );
    expect(pressed).toHaveLength(1);
    expect(pressed[0]).toBeDisabled();
    expect(node.querySelector('.legend button[aria-pressed="false"]')).toBeEnabled();
  });

  it('figureElement(spec) shows hostile titles, sources and notes as text', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const spec = {
      ...releaseChartSpec(SIZE),
      title: hostile,
      subtitle: hostile,
      notes: [hostile],
      sources: [{ id: 's', text: hostile }],
    };
    const node = figure(spec);
    expect(node.querySelector('img, script')).toBeNull();
    expect(node.querySelector('h2')).toHaveTextContent(hostile);
    expect(node.querySelector('figcaption')).toHaveTextContent(hostile);
  });
});
