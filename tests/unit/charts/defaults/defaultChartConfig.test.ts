import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../../../src/lib/charts/buildChartSpec';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { annualTable } from '../../../../src/lib/data/datasets/annual';
import { releaseTable } from '../../../../src/lib/data/datasets/release';
import { makeNumberColumn } from '../../../../src/lib/data/makeColumn';
import type { Table } from '../../../../src/lib/data/table';
import { loadFixture } from '../loadFixture';

const SIZE = { width: 640, height: 360 };

describe('defaultChartConfig(table) charts a dropped file sensibly with no clicks', () => {
  it('numbers alone, with nothing to name them by: one against the other, drawn', () => {
    const table: Table = {
      id: 't',
      name: 'ab.csv',
      rowCount: 2,
      columns: [makeNumberColumn('a', [1, 3]), makeNumberColumn('b', [2, 4])],
      provenance: { citations: [], source: 'ab.csv' },
      issues: [],
    } as unknown as Table;
    const config = defaultChartConfig(table);
    expect(config).toMatchObject({ type: 'scatter', x: 'a', y: ['b'] });
    expect(buildChartSpec(table, config, SIZE).title).toBe('b against a');
  });

  it('World Bank (wide → long): a line of a few countries, World first, titled by the indicator', () => {
    const table = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
    const config = defaultChartConfig(table);
    expect(config).toMatchObject({
      type: 'line',
      x: 'period',
      y: ['value'],
      series: 'Country Name',
    });
    expect(config.filters['Country Name']).toHaveLength(5);
    expect(config.filters['Country Name'][0]).toBe('World');
    const spec = buildChartSpec(table, config, SIZE);
    expect(spec.title).toBe('Exports of goods and services (% of GDP) by country');
    expect(spec.yAxis.label).toBe('%');
  });

  it('says how its lines were chosen, while the filter keeps them: the highest of a rate, the largest of an amount', () => {
    const wb = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
    const config = defaultChartConfig(wb);
    const note =
      /^The 4 with the highest latest figures of \d+ in “Country Name” \(\d+ with its \d+ groups\) are shown, with World as a reference; the filter picks others\.$/;
    expect(buildChartSpec(wb, config, SIZE).notes.some((n) => note.test(n))).toBe(true);
    // The author's own pick is not the chart's: no such note.
    const own = { ...config, filters: { ...config.filters, 'Country Name': ['World', 'Chile'] } };
    expect(buildChartSpec(wb, own, SIZE).notes.some((n) => note.test(n))).toBe(false);
    const dots = loadFixture('imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv');
    const notes = buildChartSpec(dots, defaultChartConfig(dots), SIZE).notes;
    expect(notes.join(' ')).toMatch(
      // The column named as its filter is (`Partner`), not by its headerless place (`Column 2`).
      /The 5 with the largest latest figures of 219 in “Partner” \(237 with its 18 groups\) are shown; the filter picks others\./,
    );
  });

  it('opens a line past a stray early year, zoomed and saying so; a full series opens whole', () => {
    // IMF DOTS: one partner has a 1961 figure, then every line runs from 1978.
    const dots = loadFixture('imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv');
    const config = defaultChartConfig(dots);
    expect(config.range).toEqual([1978, 2020]);
    const notes = buildChartSpec(dots, config, SIZE).notes;
    expect(notes).toContain('Zoomed to 1978–2020 of the data’s 1961–2020.');
    expect(notes.join(' ')).not.toMatch(/1962–1977/);
    const wb = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
    expect(defaultChartConfig(wb).range).toBeUndefined();
  });

  it('World Bank databank: titled by its indicator, its unit read from the indicator (current US$)', () => {
    const table = loadFixture('worldbank/wdi_databank_FDI_15431eec_Data.csv');
    const spec = buildChartSpec(table, defaultChartConfig(table), SIZE);
    // Net inflows below zero (Luxembourg's −$322 bn) are among the largest: in size, it says.
    expect(spec.notes.join(' ')).toMatch(
      /The \d with the largest latest figures in size, negative or positive, of 217 in “Country Name” \(266 with its 49 groups\) are shown/,
    );
    expect(spec.title).toMatch(
      /^Foreign direct investment, net inflows \(BoP, current US\$\) by country$/,
    );
    expect(spec.yAxis.label).toMatch(/^US\$ (bn|tn)$/);
  });

  it('Comtrade over years: a line per partner of exports, commodities summed and said', () => {
    const table = loadFixture('comtrade/shjain6670_IBE-China_comtrade_S4_CHN-DEU_2010.csv');
    const config = defaultChartConfig(table);
    expect(config).toMatchObject({
      type: 'line',
      x: 'Year',
      y: ['Trade Value (US$)'],
      series: 'Partner',
    });
    expect(config.filters['Trade Flow']).toEqual(['Export']);
    const spec = buildChartSpec(table, config, SIZE);
    expect(spec.series).toHaveLength(5);
    // The title says the trade the rows share; the subtitle does not say it again.
    expect(spec.title).toBe('China exports by partner');
    expect(spec.subtitle).toBeUndefined();
    expect(spec.notes.join(' ')).toContain('sum of the rows');
  });

  it('Comtrade for one year: reporters ranked in bars, the top fifteen', () => {
    const table = loadFixture(
      'comtrade/fernandobarbalho_tarifas_eua_TradeData_4_4_2025_15_19_17.csv',
    );
    const config = defaultChartConfig(table);
    expect(config).toMatchObject({
      type: 'bar',
      variant: 'ranked',
      x: 'reporterDesc',
      y: ['primaryValue'],
      top: 15,
    });
    const spec = buildChartSpec(table, config, SIZE);
    expect(spec.title).toBe('Exports to the world by reporter, 2023');
    expect(spec.bars[0].point.valueLabel).toMatch(/^\$[\d.]+ tn$/);
  });

  it('one period of countries beside the EU: the countries ranked, the EU left out', () => {
    const table = loadFixture('awkward/TheEMeraldNetwork_Master_Dati_Eurostat_semicolon.csv');
    const config = defaultChartConfig(table);
    expect(config).toMatchObject({ type: 'bar', x: 'Country' });
    expect(config.filters.Country).toContain('Germany');
    expect(config.filters.Country).not.toContain('EU');
    const spec = buildChartSpec(table, config, SIZE);
    expect(spec.bars.map((b) => b.point.period)).not.toContain('EU');
    expect(spec.table.rows.map((r) => r[0])).not.toContain('EU');
  });

  it('Eurostat with two units: keeps one unit and reads it (MIO_EUR → € bn)', () => {
    const table = loadFixture('eurostat/christophergandrud_teina200.tsv');
    const config = defaultChartConfig(table);
    expect(config.filters.unit).toEqual(['MIO_EUR']);
    expect(buildChartSpec(table, config, SIZE).yAxis.label).toBe('€ bn');
  });

  it('Eurostat bulk file: titled by its dataset code, which the file names, not as “Value”', () => {
    const table = loadFixture('eurostat/christophergandrud_teina200.tsv');
    const spec = buildChartSpec(table, defaultChartConfig(table), SIZE);
    expect(spec.title).toMatch(/^Eurostat dataset teina200 by country or area/);
    // What it measures is for the author to find and say: the note says where.
    const note =
      "The file names what it measures only by its dataset's code, teina200: look the dataset up (https://ec.europa.eu/eurostat/databrowser/view/teina200/default/table) and title the chart with what it measures (Edit).";
    expect(spec.notes).toContain(note);
    const titled = { ...defaultChartConfig(table), text: { title: 'Government deficit' } };
    expect(buildChartSpec(table, titled, SIZE).notes).not.toContain(note);
  });

  it('Our World in Data: the lines are titled by country or area, not by the file’s “Entity”', () => {
    const table = loadFixture('misc/owid_trade-as-share-of-gdp.csv');
    const spec = buildChartSpec(table, defaultChartConfig(table), SIZE);
    expect(spec.title).toBe('Trade (% of GDP) by country or area');
  });

  it('the annual series: its three US$ measures as lines; the release: columns with qualifiers', () => {
    expect(defaultChartConfig(annualTable())).toMatchObject({
      type: 'line',
      y: [
        'total_usd_bn_as_reported',
        'imf_dots_china_reported_usd_bn',
        'imf_dots_russia_reported_usd_bn',
      ],
    });
    expect(defaultChartConfig(releaseTable())).toMatchObject({
      type: 'column',
      qualifier: 'qualifier',
    });
  });
});
