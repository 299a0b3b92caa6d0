import { describe, expect, it } from 'vitest';
import { drawLegend, type LegendLayout } from '../../../src/lib/export/drawLegend';
import { parseXml } from './parseXml';

const layout: LegendLayout = {
  x: 16,
  y: 50,
  maxWidth: 300,
  fontSize: 12,
  fill: '#111',
  vars: { 'series-0': '#1f5fa8', 'series-3': '#000' },
};

const svg = (markup: string) =>
  parseXml(`<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`).documentElement;

describe('drawLegend(items, layout)', () => {
  it('draws a swatch and a label per item, in the page colours', () => {
    const { markup, height } = drawLegend(
      [
        { label: 'GACC, as reported', color: 'var(--series-0)' },
        { label: 'IMF DOTS', color: '#c4661f', dash: 'dashed' },
        { label: 'Release: lower bound', color: 'var(--series-3)', mark: 'triangle' },
        { label: 'Release: derived', color: '#000', mark: 'ring' },
      ],
      layout,
    );
    const root = svg(markup);
    expect([...root.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      'GACC, as reported',
      'IMF DOTS',
      'Release: lower bound',
      'Release: derived',
    ]);
    expect(root.querySelector('line')!.getAttribute('stroke')).toBe('#1f5fa8');
    expect(root.querySelectorAll('line')[1].getAttribute('stroke-dasharray')).toBe('6 4');
    expect(root.querySelectorAll('path, circle')).toHaveLength(2);
    expect(height).toBeGreaterThan(19);
  });

  it('wraps to a new row past maxWidth (three of these fit in 300 px)', () => {
    const items = Array.from({ length: 6 }, (_, i) => ({ label: `Series ${i}`, color: '#000' }));
    expect(drawLegend(items, layout).height).toBe(2 * 19);
  });

  it('keeps a hostile label and colour as text', () => {
    const { markup } = drawLegend([{ label: '<script>x</script>', color: '"/><script>' }], layout);
    const root = svg(markup);
    expect(root.getElementsByTagName('script')).toHaveLength(0);
    expect(root.querySelector('text')!.textContent).toBe('<script>x</script>');
  });

  it('takes no room without items', () =>
    expect(drawLegend([], layout)).toEqual({ markup: '', height: 0 }));
});
