import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import EmbedPanel from '../../../src/lib/components/toolbar/EmbedPanel.svelte';
import type { ChartExport } from '../../../src/lib/download/chartExport';

const chart = (filters: Record<string, string[]>): ChartExport =>
  ({
    title: 'US exports to China by commodity, 2017',
    sources: ['UN Comtrade'],
    notes: [],
    citations: [],
    data: { columns: ['Commodity', 'value'], rows: [['Aircraft', 16.3]] },
    state: { dataset: 'release', type: 'bar', x: 'Commodity', y: ['value'], filters },
    local: false,
    width: 640,
    height: 400,
  }) as unknown as ChartExport;

describe('EmbedPanel', () => {
  it('gives the embed code of a chart a link can carry', () => {
    render(EmbedPanel, { uid: 'e', chart: chart({ Commodity: ['Aircraft'] }) });
    expect(screen.queryByRole('alert')).toBeNull();
    expect((screen.getByLabelText('Iframe embed code') as HTMLTextAreaElement).value).toContain(
      '<iframe',
    );
  });

  it('says which filter keeps too many values for a link, and offers no code', () => {
    const values = Array.from({ length: 151 }, (_, i) => `Commodity ${i}`);
    render(EmbedPanel, { uid: 'e', chart: chart({ Commodity: values }) });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This chart cannot travel in an embed link: the Commodity filter keeps 151 values, and a link holds 50. Keep fewer in that filter.',
    );
    expect(screen.queryByLabelText('Iframe embed code')).toBeNull();
  });

  it('asks for an https:// address for an upload’s hosted file', async () => {
    render(EmbedPanel, { uid: 'e', chart: { ...chart({}), local: true } as ChartExport });
    const address = screen.getByLabelText('Address (URL) of the hosted CSV file');
    await fireEvent.input(address, { target: { value: 'http://example.com/gdp.csv' } });
    const https = () =>
      screen.queryAllByRole('alert').filter((a) => /https:\/\//.test(a.textContent ?? ''));
    expect(https()[0]).toHaveTextContent(/^Use an https:\/\/ address/);
    await fireEvent.input(address, { target: { value: 'https://example.com/gdp.csv' } });
    expect(https()).toHaveLength(0);
  });
});
