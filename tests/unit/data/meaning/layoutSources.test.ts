import { describe, expect, it } from 'vitest';
import { measureUnit } from '../../../../src/lib/charts/prepare/measureUnit';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { pickMeasures } from '../../../../src/lib/charts/defaults/pickMeasures';
import { importCsv } from '../../../../src/lib/data/import';
import type { NumberColumn, Table } from '../../../../src/lib/data/table';

/*
 * Made files in the layouts of downloads we hold no copy of, their columns as public code shows
 * them: OECD.Stat's export (the 14 columns of minhthanhnguyen/ita-dataloader's OECD_GDP table,
 * V1.2__Schema_Updates.sql), the OECD Data Explorer's SDMX-CSV with labels (STRUCTURE,
 * STRUCTURE_ID, STRUCTURE_NAME, ACTION… in the SDMX-CSV 2.0 spec and OECD client tests),
 * UNCTADstat's CSV (Year, Economy, Economy Label, Partner, Partner Label, Flow, Flow Label, `US
 * dollars at current prices in millions` and its Footnote, read by R scripts of
 * US_TradeServDigital files) and WTO Stats' timeseries CSV (Indicator Code… Reporting Economy
 * ISO3A Code… Value Flag Code, Text Value, Value, read by WtoData_*.csv scripts). Figures are
 * invented; only the layout is the publisher's.
 */

const read = (name: string, text: string): Table => {
  const r = importCsv(new TextEncoder().encode(text), { name, accessed: '2026-01-01' });
  if (!r.ok) throw new Error(r.error);
  return r.table;
};
const unitOf = (t: Table) => {
  const y = t.columns.find((c) => c.name === pickMeasures(t, true)[0]) as NumberColumn;
  const u = measureUnit(t, y, new Uint8Array(t.rowCount).fill(1));
  return { measure: y.name, currency: u.currency, scale: u.scale, percent: u.percent };
};

const OECD_STAT = `"LOCATION","Country","SUBJECT","Subject","MEASURE","Measure","FREQUENCY","Frequency","TIME","Time","Unit Code","Unit","PowerCode Code","PowerCode","Reference Period Code","Reference Period","Value","Flag Codes","Flags"
"CHN","China (People's Republic of)","XTEXVA01","Exports: value goods","CXML","US Dollars","A","Annual","2021","2021","USD","US Dollar","6","Millions","","","3316000","",""
"CHN","China (People's Republic of)","XTEXVA01","Exports: value goods","CXML","US Dollars","A","Annual","2022","2022","USD","US Dollar","6","Millions","","","3594000","E","Estimated value"
"DEU","Germany","XTEXVA01","Exports: value goods","CXML","US Dollars","A","Annual","2021","2021","USD","US Dollar","6","Millions","","","1630000","",""
"DEU","Germany","XTEXVA01","Exports: value goods","CXML","US Dollars","A","Annual","2022","2022","USD","US Dollar","6","Millions","","","1655000","",""
`;

const OECD_EXPLORER = `STRUCTURE,STRUCTURE_ID,STRUCTURE_NAME,ACTION,REF_AREA,Reference area,FREQ,Frequency of observation,MEASURE,Measure,UNIT_MEASURE,Unit of measure,TIME_PERIOD,Time period,OBS_VALUE,Observation value,OBS_STATUS,Observation status,UNIT_MULT,Unit multiplier
DATAFLOW,OECD.SDD.TPS:DSD_BOP@DF_BOP(1.0),Balance of payments,I,CHN,China,A,Annual,G,Goods,USD_EXC,US dollars,2021,,560.1,,A,Normal value,9,Billions
DATAFLOW,OECD.SDD.TPS:DSD_BOP@DF_BOP(1.0),Balance of payments,I,CHN,China,A,Annual,G,Goods,USD_EXC,US dollars,2022,,670.5,,E,Estimated value,9,Billions
DATAFLOW,OECD.SDD.TPS:DSD_BOP@DF_BOP(1.0),Balance of payments,I,DEU,Germany,A,Annual,G,Goods,USD_EXC,US dollars,2021,,220.1,,A,Normal value,9,Billions
`;

const OECD_SDMX = `DATAFLOW,REF_AREA,MEASURE,UNIT_MEASURE,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT,DECIMALS
OECD.SDD.TPS:DSD_BOP@DF_BOP(1.0),CHN,G,USD_EXC,2021,560.1,A,9,1
OECD.SDD.TPS:DSD_BOP@DF_BOP(1.0),CHN,G,USD_EXC,2022,670.5,E,9,1
OECD.SDD.TPS:DSD_BOP@DF_BOP(1.0),DEU,G,USD_EXC,2021,220.1,A,9,1
`;

const UNCTAD = `"Year","Economy","Economy Label","Partner","Partner Label","Flow","Flow Label","US dollars at current prices in millions","US dollars at current prices in millions Footnote"
"2021","0000","World","0000","World","01","Exports","22000000",""
"2021","0100","Developing economies","0000","World","01","Exports","9000000",""
"2021","0156","China","0000","World","01","Exports","3360000",""
"2022","0000","World","0000","World","01","Exports","24000000",""
"2022","0100","Developing economies","0000","World","01","Exports","9900000",""
"2022","0156","China","0000","World","01","Exports","3590000",""
`;

const WTO_HEAD = `"Indicator Code","Indicator","Reporting Economy Code","Reporting Economy ISO3A Code","Reporting Economy","Partner Economy Code","Partner Economy ISO3A Code","Partner Economy","Product/Sector Classification Code","Product/Sector Classification","Product/Sector Code","Product/Sector","Period Code","Period","Frequency Code","Frequency","Unit Code","Unit","Year","Value Flag Code","Value Flag","Text Value","Value"`;
const wtoRow = (code: string, iso: string, name: string, year: number, v: number) =>
  `"ITS_MTV_AX","Merchandise exports by product group – annual","${code}","${iso}","${name}","000","","World","SITC3","SITC Revision 3","TO","Total merchandise","A","Annual","A","Annual","USM","Million US dollar","${year}","","","","${v}"`;
const WTO = [
  WTO_HEAD,
  wtoRow('156', 'CHN', 'China', 2021, 3362302),
  wtoRow('156', 'CHN', 'China', 2022, 3593601),
  wtoRow('276', 'DEU', 'Germany', 2021, 1631815),
  wtoRow('276', 'DEU', 'Germany', 2022, 1655491),
].join('\n');

describe('readSource() and measureUnit() on layouts that name their publisher by their columns', () => {
  it('OECD.Stat: Unit and PowerCode give US$ millions; the file name gives the dataset', () => {
    const t = read('MEI_TRADE_12012024.csv', OECD_STAT);
    expect(t.provenance.fileSource).toMatchObject({
      publisher: 'OECD',
      dataset: 'MEI_TRADE',
      readFrom: 'its columns (OECD.Stat layout)',
    });
    expect(unitOf(t)).toEqual({ measure: 'Value', currency: 'USD', scale: 1e6, percent: false });
    // PowerCode Code's 6 scales the figures: it is no code to chart and no figure.
    expect(t.columns.find((c) => c.name === 'PowerCode Code')?.role).toBe('unit');
  });

  it('OECD Data Explorer (SDMX-CSV with labels): STRUCTURE_ID and STRUCTURE_NAME; UNIT_MULT 9', () => {
    const t = read('OECD.SDD.TPS,DSD_BOP@DF_BOP,1.0+all.csv', OECD_EXPLORER);
    expect(t.provenance.fileSource).toMatchObject({
      publisher: 'OECD',
      title: 'Balance of payments',
      dataset: 'DSD_BOP@DF_BOP',
      updated: 'version 1.0',
    });
    expect(unitOf(t)).toMatchObject({ measure: 'OBS_VALUE', currency: 'USD', scale: 1e9 });
  });

  it('OECD SDMX-CSV: a numeric UNIT_MULT scales, DECIMALS is no measure', () => {
    const t = read('oecd.csv', OECD_SDMX);
    expect(t.provenance.fileSource).toMatchObject({ publisher: 'OECD' });
    expect(unitOf(t)).toMatchObject({ measure: 'OBS_VALUE', currency: 'USD', scale: 1e9 });
    expect(pickMeasures(t, true)).toEqual(['OBS_VALUE']);
  });

  it('UNCTADstat: its columns, the report code from the file name, US$ millions', () => {
    const t = read('US_TradeMerchTotal_ST202107161043_v1.csv', UNCTAD);
    expect(t.provenance.fileSource).toMatchObject({
      publisher: 'UNCTAD',
      title: 'UNCTADstat',
      dataset: 'US.TradeMerchTotal',
      url: 'https://unctadstat.unctad.org/datacentre/dataviewer/US.TradeMerchTotal',
    });
    expect(unitOf(t)).toMatchObject({ currency: 'USD', scale: 1e6 });
    // World and Developing economies are groups: the default chart shows the economy.
    expect(defaultChartConfig(t).filters['Economy Label']).toEqual(['China']);
  });

  it('WTO Stats: the indicator titles the source; Unit "Million US dollar"; Reporting Economy reports', () => {
    const t = read('WtoData_20240101120000.csv', WTO);
    expect(t.provenance.fileSource).toMatchObject({
      publisher: 'World Trade Organization',
      title: 'Merchandise exports by product group – annual',
      dataset: 'ITS_MTV_AX',
      url: 'https://stats.wto.org/',
    });
    expect(unitOf(t)).toEqual({ measure: 'Value', currency: 'USD', scale: 1e6, percent: false });
    expect(t.columns.find((c) => c.name === 'Reporting Economy')?.role).toBe('reporter');
  });

  it('a hostile cell never becomes the dataset code or an address', () => {
    const t = read('US_<script>.csv', WTO.replaceAll('ITS_MTV_AX', 'javascript:alert(1)'));
    expect(t.provenance.fileSource?.dataset).toBeNull();
    expect(t.provenance.fileSource?.url).toBe('https://stats.wto.org/');
  });
});
