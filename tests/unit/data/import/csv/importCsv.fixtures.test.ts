import { describe, expect, it } from 'vitest';
import { toLong } from '../../../../../src/lib/data/import';
import type { Table } from '../../../../../src/lib/data/table';
import { cell, col, fixtureBytes, importAny, importOk, rowWhere, types } from '../importHelpers';

/** Column types grouped: type → names, in order. */
function namesByType(table: Table): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const c of table.columns) (out[c.type] ??= []).push(c.name);
  return out;
}

const years = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

// Expected values below were read from the raw files (sed -n / grep / xxd), not from the importer.
describe('importCsv(real files in tests/fixtures/real)', () => {
  it('World Bank API download: BOM, 4 preamble lines, 1960..2022 wide → long', () => {
    const { table, meta } = importOk(
      fixtureBytes('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv'),
    );
    expect(meta).toEqual({
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 5,
      rows: 266,
      shape: 'wide',
    });
    expect(namesByType(table)).toEqual({
      category: ['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code'],
      number: years(1960, 2022),
    });
    expect(col(table, 'Country Name').role).toBe('entity');
    const aruba = rowWhere(table, 'Country Name', 'Aruba'); // line 6
    expect([cell(table, '1960', aruba), cell(table, '1995', aruba)]).toEqual([
      null,
      84.8984771573604,
    ]);
    const germany = rowWhere(table, 'Country Name', 'Germany'); // line 61
    expect(cell(table, '2022', germany)).toBe(50.3378544368446);

    const long = toLong(table);
    expect(long.rowCount).toBe(266 * 63);
    expect(long.columns.map((c) => `${c.name}:${c.type}`)).toEqual([
      'Country Name:category',
      'Country Code:category',
      'Indicator Name:category',
      'Indicator Code:category',
      'period:period',
      'value:number',
    ]);
    const row = germany * 63 + (2022 - 1960);
    expect([
      cell(long, 'Country Name', row),
      cell(long, 'period', row),
      cell(long, 'value', row),
    ]).toEqual(['Germany', '2022', 50.3378544368446]);
  });

  it('World Bank DataBank export: `1990 [YR1990]` headers, `..` missing, footer dropped', () => {
    const { table, meta } = importOk(fixtureBytes('worldbank/wdi_databank_FDI_15431eec_Data.csv'));
    expect(meta).toEqual({
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 1,
      rows: 266,
      shape: 'wide',
    });
    expect(namesByType(table)).toEqual({
      category: ['Series Name', 'Series Code', 'Country Name', 'Country Code'],
      number: ['1990 [YR1990]', '2000 [YR2000]', ...years(2013, 2022).map((y) => `${y} [YR${y}]`)],
    });
    expect([cell(table, '1990 [YR1990]', 0), cell(table, '2022 [YR2022]', 0)]).toEqual([10, null]); // line 2
    const world = rowWhere(table, 'Country Name', 'World');
    expect(cell(table, '2022 [YR2022]', world)).toBe(1740220699784.53);
    expect(table.issues).toEqual([
      expect.objectContaining({
        line: 268,
        severity: 'info',
        message: expect.stringContaining('Data from database: World Development Indicators'),
      }),
    ]);
    const long = toLong(table);
    expect(long.rowCount).toBe(266 * 12);
    expect(cell(long, 'period', 0)).toBe('1990');
  });

  it('legacy Comtrade H5: `Trade Value (US$)`, commodity text with `;` and commas', () => {
    const { table, meta } = importOk(
      fixtureBytes('comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv'),
    );
    expect(meta).toEqual({
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 1,
      rows: 290,
      shape: 'long',
    });
    expect(types(table)).toEqual({
      Classification: 'category',
      Year: 'period',
      'Trade Flow Code': 'category',
      'Trade Flow': 'category',
      'Reporter Code': 'category',
      Reporter: 'category',
      'Partner Code': 'category',
      Partner: 'category',
      'Commodity Code': 'category',
      Commodity: 'category',
      'Trade Value (US$)': 'number',
      Flag: 'number',
    });
    expect(table.columns.map((c) => c.role)).toEqual([
      'other',
      'time',
      'code',
      'flow',
      'code',
      'reporter',
      'code',
      'partner',
      'code',
      'other',
      'measure',
      'note',
    ]);
    // line 2: H5,2017,1,Import,842,USA,156,China,1,Animals; live,36327640,4
    expect(
      ['Commodity Code', 'Commodity', 'Trade Value (US$)', 'Flag'].map((c) => cell(table, c, 0)),
    ).toEqual(['1', 'Animals; live', 36327640, 4]);
    expect(cell(table, 'Commodity', 5)).toBe(
      'Fish and crustaceans, molluscs and other aquatic invertebrates',
    );
  });

  it('legacy Comtrade SITC: codes `00` keep their zeros, partner "China, Hong Kong SAR"', () => {
    const { table, meta } = importOk(
      fixtureBytes('comtrade/shjain6670_IBE-China_comtrade_S4_CHN-DEU_2010.csv'),
    );
    expect(meta).toEqual({
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 1,
      rows: 3184,
      shape: 'long',
    });
    expect(table.columns).toHaveLength(35);
    expect(namesByType(table).number).toEqual(['Aggregate Level', 'Trade Value (US$)', 'Flag']);
    expect(namesByType(table).period).toEqual(['Year', 'Period', 'Period Desc.']);
    expect(col(table, 'Commodity Code').type).toBe('category');
    expect([cell(table, 'Commodity Code', 0), cell(table, 'Trade Value (US$)', 0)]).toEqual([
      '00',
      2062530,
    ]); // line 2
    expect([cell(table, 'Partner', 2), cell(table, 'Trade Value (US$)', 2)]).toEqual([
      'China, Hong Kong SAR',
      18454,
    ]); // line 4
  });

  it('Comtrade+ export: Windows-1252 names, one trailing empty field per row, quoted numbers', () => {
    const { table, meta } = importOk(
      fixtureBytes('comtrade/fernandobarbalho_tarifas_eua_TradeData_4_4_2025_15_19_17.csv'),
    );
    expect(meta).toEqual({
      encoding: 'windows-1252',
      delimiter: ',',
      headerLine: 1,
      rows: 304,
      shape: 'long',
    });
    expect(table.columns).toHaveLength(47);
    expect(namesByType(table).period).toEqual(['refYear', 'period']);
    expect(namesByType(table).number).toEqual([
      'refMonth',
      'aggrLevel',
      'qty',
      'altQty',
      'netWgt',
      'grossWgt',
      'cifvalue',
      'fobvalue',
      'primaryValue',
      'legacyEstimationFlag',
    ]);
    expect(
      ['reporterDesc', 'partnerDesc', 'flowDesc', 'primaryValue', 'cmdCode'].map(
        (c) => col(table, c).role,
      ),
    ).toEqual(['reporter', 'partner', 'flow', 'measure', 'code']);
    const ivory = 136 - 2; // line 136, bytes 43 F4 74 65
    expect(['reporterDesc', 'flowDesc', 'primaryValue'].map((c) => cell(table, c, ivory))).toEqual([
      "Côte d'Ivoire",
      'Import',
      18842142271.002,
    ]);
    const turkey = 280 - 2; // line 280, bytes 54 FC 72 6B 69 79 65
    expect(['reporterDesc', 'primaryValue'].map((c) => cell(table, c, turkey))).toEqual([
      'Türkiye',
      361966912768,
    ]);
    expect(table.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('Eurostat bulk TSV: `unit,geo\\time` split, years with trailing spaces, `:` missing', () => {
    const { table, meta } = importOk(fixtureBytes('eurostat/christophergandrud_teina200.tsv'));
    expect(meta).toEqual({
      encoding: 'utf-8',
      delimiter: '\t',
      headerLine: 1,
      rows: 66,
      shape: 'wide',
    });
    // The geo codes are shown as names, and kept as written beside them.
    expect(namesByType(table)).toEqual({
      category: ['unit', 'geo', 'geo code'],
      number: years(2003, 2014),
    });
    expect(['unit', 'geo', 'geo code', '2003'].map((c) => cell(table, c, 0))).toEqual([
      'MIO_EUR',
      'Austria',
      'AT',
      -4078.7,
    ]); // line 2
    expect(['geo', 'geo code', '2003', '2011'].map((c) => cell(table, c, 25))).toEqual([
      'Norway',
      'NO',
      null,
      48178.5,
    ]); // line 27
    expect(table.issues[0].message).toBe(
      'The 33 codes in “geo” are shown as names (AT → Austria); the codes are kept in “geo code”.',
    );
    const long = toLong(table);
    expect(long.rowCount).toBe(66 * 12);
    expect(long.columns.map((c) => c.name)).toEqual(['unit', 'geo', 'geo code', 'period', 'value']);
    expect(['unit', 'geo', 'geo code', 'period', 'value'].map((c) => cell(long, c, 1))).toEqual([
      'MIO_EUR',
      'Austria',
      'AT',
      '2004',
      -11534.5,
    ]);
  });

  it('European Excel export: `;`, decimal comma, `:` and tab-dash missing, `61%`, quoted header line break', () => {
    const { table, meta } = importOk(
      fixtureBytes('awkward/TheEMeraldNetwork_Master_Dati_Eurostat_semicolon.csv'),
    );
    expect(meta).toEqual({
      encoding: 'utf-8',
      delimiter: ';',
      headerLine: 2,
      rows: 28,
      shape: 'long',
    });
    expect(namesByType(table).category).toEqual(['Legend', 'Country']);
    expect(namesByType(table).number).toHaveLength(16);
    expect(table.columns[8].name).toBe('Other accounts receivable/ payable');
    // line 4: Top 17;Germany;3.290,2;229,1;:;2.838,7;2.429,6; \t-   ;35,6;3.534,9;2.149,7;61%;…
    const germany = rowWhere(table, 'Country', 'Germany');
    expect(
      [
        'Currency and deposits',
        'Debt securities',
        'Loans',
        'Financial derivatives and employee stock options',
        'AIC ON GPD',
      ].map((c) => cell(table, c, germany)),
    ).toEqual([3290.2, 229.1, null, null, 61]);
    const eu = rowWhere(table, 'Country', 'EU'); // line 31: ;EU;11.627,3;…
    expect([cell(table, 'Legend', eu), cell(table, 'Currency and deposits', eu)]).toEqual([
      null,
      11627.3,
    ]);
  });

  it('IMF WEO CSV: BOM, `n/a`, `Estimates Start After`', () => {
    const { table, meta } = importOk(fixtureBytes('imf/david880110_WEO_Data.csv'));
    expect(meta).toEqual({
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 1,
      rows: 970,
      shape: 'wide',
    });
    expect(namesByType(table)).toEqual({
      category: ['Country', 'Subject Descriptor', 'Units', 'Scale'],
      number: [...years(2017, 2024), 'Estimates Start After'],
    });
    expect([cell(table, 'Country', 315), cell(table, '2017', 315)]).toEqual(['Germany', 3664.51]); // line 317
    expect([cell(table, 'Country', 38), cell(table, '2017', 38), cell(table, '2018', 38)]).toEqual([
      'Aruba',
      8.92,
      null,
    ]); // line 40
  });

  it('IMF WEO ".xls" that is tab-separated ISO-8859-1 text: `"1,379.48"`, `--`, footer', () => {
    const { table, meta } = importOk(fixtureBytes('imf/jfgomezok_WEOApr2020all.xls'));
    expect(meta).toEqual({
      encoding: 'windows-1252',
      delimiter: '\t',
      headerLine: 1,
      rows: 1552,
      shape: 'wide',
    });
    expect(namesByType(table)).toEqual({
      category: [
        'WEO Country Code',
        'ISO',
        'WEO Subject Code',
        'Country',
        'Subject Descriptor',
        'Units',
        'Scale',
      ],
      text: ['Subject Notes', 'Country/Series-specific Notes'],
      number: [...years(1980, 2021), 'Estimates Start After'],
    });
    expect(['ISO', 'WEO Subject Code', '1993'].map((c) => cell(table, c, 29 - 2))).toEqual([
      'AGO',
      'PCPIPCH',
      1379.48,
    ]); // line 29
    expect(['WEO Subject Code', '1982'].map((c) => cell(table, c, 26 - 2))).toEqual([
      'NGDP_RPCH',
      null,
    ]); // line 26: --
    expect(cell(table, 'Country', 330 - 2)).toBe("Côte d'Ivoire"); // line 330, byte F4
    expect(table.issues).toEqual([
      // Line 2 ends `2.664 3.037 -3.007 4.495 2018`: 2019–2021 are estimates.
      expect.objectContaining({ line: 2, column: 'Estimates Start After', severity: 'info' }),
      expect.objectContaining({
        line: 1554,
        message: expect.stringContaining(
          'International Monetary Fund, World Economic Outlook Database',
        ),
      }),
    ]);
  });

  it('datahub tidy table: country, year, gdp_trillion', () => {
    const { table, meta } = importOk(fixtureBytes('datahub/datasets-gdp_top-economies.csv'));
    expect(meta).toEqual({
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 1,
      rows: 230,
      shape: 'long',
    });
    expect(types(table)).toEqual({ country: 'category', year: 'period', gdp_trillion: 'number' });
    expect(['country', 'year', 'gdp_trillion'].map((c) => cell(table, c, 0))).toEqual([
      'United States',
      '2000',
      10.251,
    ]);
    expect(['country', 'year', 'gdp_trillion'].map((c) => cell(table, c, 229))).toEqual([
      'Brazil',
      '2022',
      1.9519,
    ]);
  });

  it('Our World in Data export: Code empty for aggregates', () => {
    const { table, meta } = importOk(fixtureBytes('misc/owid_trade-as-share-of-gdp.csv'));
    expect(meta).toEqual({
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 1,
      rows: 9320,
      shape: 'long',
    });
    expect(types(table)).toEqual({
      Entity: 'category',
      Code: 'category',
      Year: 'period',
      'Trade (% of GDP)': 'number',
    });
    expect(['Entity', 'Code', 'Year', 'Trade (% of GDP)'].map((c) => cell(table, c, 0))).toEqual([
      'Afghanistan',
      'AFG',
      '1960',
      11.157026,
    ]);
    expect(['Entity', 'Code'].map((c) => cell(table, c, 2399 - 2))).toEqual([
      'East Asia and Pacific (WB)',
      null,
    ]);
  });

  it('IMF Direction of Trade: title rows, empty first column, years with gaps, blank missing', () => {
    const { table, meta } = importOk(
      fixtureBytes('imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv'),
    );
    expect(meta).toEqual({
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 7,
      rows: 238,
      shape: 'wide',
    });
    expect(namesByType(table)).toEqual({
      category: ['Column 2'],
      number: ['1961', ...years(1978, 2020)],
    });
    expect(['Column 2', '1961', '1978'].map((c) => cell(table, c, 0))).toEqual([
      'Australia',
      7.1,
      117.6,
    ]); // line 8
    expect(['Column 2', '1978'].map((c) => cell(table, c, 1))).toEqual(['World', 9650.2]); // line 9
    expect(['Column 2', '1961', '1978'].map((c) => cell(table, c, 4))).toEqual([
      'Austria',
      3.2,
      null,
    ]); // line 12
  });

  it('a real binary .xlsx (ZIP header) is refused with what to do', () => {
    const zip = Uint8Array.of(
      0x50,
      0x4b,
      0x03,
      0x04,
      0x14,
      0x00,
      0x06,
      0x00,
      0x08,
      0x00,
      0x00,
      0x00,
      0x21,
      0x00,
    );
    const result = importAny(zip, { name: 'DOTS_40.xlsx' });
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining('save it as CSV (File › Save As › CSV UTF-8)'),
    });
  });
});
