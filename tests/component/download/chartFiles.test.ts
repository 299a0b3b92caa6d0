import { describe, expect, it } from 'vitest';
import { releaseChartConfig, releaseChartSpec } from '../../../src/lib/dashboard/dashboardSpecs';
import { release } from '../../../src/lib/data/datasets/release';
import { chartExport } from '../../../src/lib/download/chartExport';
import { chartCsvFile, chartSvgFile } from '../../../src/lib/download/chartFiles';
import { stateFromConfig } from '../../../src/lib/export';

const spec = releaseChartSpec({ width: 640, height: 360 });
const chart = chartExport(spec, {
  citations: [release.citation],
  state: stateFromConfig(releaseChartConfig(), { dataset: 'release' }),
  local: false,
});

describe('chartSvgFile(chart, options)', () => {
  it('writes the chart from its spec with its title, source line and CSL-JSON citation', () => {
    const file = chartSvgFile(chart, { uid: 'r', accessed: '2026-11-27' });
    expect(file).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(file).toContain('China–Russia trade more than doubled in a decade');
    const csl = JSON.parse(file.match(/<!\[CDATA\[(.*?)\]\]>/s)![1]);
    expect(csl[0]).toMatchObject({
      author: [{ literal: 'CGTN' }],
      publisher: 'PR Newswire',
      accessed: { 'date-parts': [[2026, 11, 27]] },
    });
    expect(file).toContain('PR Newswire');
  });

  it('draws a canvas chart from its spec too, in the theme asked for', () => {
    const dense = { ...chart, spec: { ...spec, render: 'canvas' as const } };
    const file = chartSvgFile(dense, { uid: 'r', accessed: '2026-11-27', dark: true });
    expect(file).toContain('<metadata');
    expect(file).toContain('id="r-file');
    expect(file).toContain('fill="#1c1e22"');
  });

  it('leaves the background out when asked for a transparent file', () => {
    const file = chartSvgFile(chart, { uid: 'r', accessed: '2026-11-27', background: 'none' });
    expect(file).not.toMatch(/<rect width="\d{3,}" height="\d{3,}" fill=/);
  });

  it('draws the chart in the colours its author chose, and the byline', () => {
    const edited = { ...spec, palette: { 'series-0': '#123456' }, byline: 'Chart: A. Writer' };
    const file = chartSvgFile({ ...chart, spec: edited }, { uid: 'r', accessed: '2026-11-27' });
    expect(file).toContain('#123456');
    expect(file).not.toContain('#1f5fa8');
    expect(file).toContain('Chart: A. Writer');
  });
});

describe('chartCsvFile(chart, accessed)', () => {
  it('gives the figures with the citation in leading # lines', () => {
    const csv = chartCsvFile(chart, '2026-11-27');
    const lines = csv.split(/\r?\n/);
    expect(lines[0].startsWith('#')).toBe(true);
    // The subtitle under the title, as in the SVG and PNG.
    expect(lines[1]).toBe('# Two-way trade, US$ billion, as stated in the release');
    expect(lines[2]).toMatch(/^# Source: CGTN via PR Newswire/);
    expect(csv).toContain('# Retrieved: 27 November 2026');
    // Each value with its unit: the axis may show it scaled, the file keeps it raw.
    expect(lines).toContain('period,series,value,unit,qualifier,source,source_url');
    expect(lines.some((l) => l.startsWith('2022,Two-way trade,190,USD billion,lower-bound,'))).toBe(
      true,
    );
    expect(
      lines.some((l) => l.startsWith('2012,Two-way trade,87.76,USD billion,derived-lower-bound,')),
    ).toBe(true);
  });
});
