import { describe, expect, it } from 'vitest';
import { expectUsageError, run } from './cliHelpers';

describe('inspect', () => {
  it('inspect FILE prints one JSON object with the contract fields', async () => {
    const { code, stdout, stderr } = await run([
      'inspect',
      'tests/fixtures/real/worldbank/wdi_databank_FDI_15431eec_Data.csv',
    ]);
    expect([code, stderr]).toEqual([0, '']);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual([
      'encoding',
      'delimiter',
      'headerLine',
      'rows',
      'shape',
      'source',
      'columns',
      'issues',
    ]);
    // Lines 271–272: "Data from database: World Development Indicators", "Last Updated: 09/15/2023".
    expect(report.source).toMatchObject({
      publisher: 'World Bank',
      title: 'World Development Indicators',
      updated: '2023-09-15',
    });
    expect(report.columns[2]).toMatchObject({ name: 'Country Name', role: 'entity' });
    expect(report.columns[2].aggregates).toContain('World');
    expect(report.columns[2].aggregates).not.toContain('Hong Kong SAR, China');
    // "Foreign direct investment, net inflows (BoP, current US$)": US dollars.
    expect(report.columns[4].unit).toEqual({ label: 'US$', scale: 1 });
    expect(report).toMatchObject({
      encoding: 'utf-8',
      delimiter: ',',
      headerLine: 1,
      rows: 266,
      shape: 'wide',
    });
    expect(report.columns[0]).toEqual({
      name: 'Series Name',
      type: 'category',
      missing: 0,
      role: 'other',
    });
    expect(report.columns[4]).toMatchObject({ name: '1990 [YR1990]', type: 'number' });
    expect(report.columns.at(-1).missing).toBeGreaterThan(0);
    expect(report.issues).toEqual([
      {
        line: 268,
        column: null,
        message: expect.stringContaining('Data from database'),
        severity: 'info',
      },
    ]);
  });

  it('inspect FILE describes the file as read, before reshape (Eurostat stays wide, split first column)', async () => {
    const report = JSON.parse(
      (await run(['inspect', 'tests/fixtures/real/eurostat/christophergandrud_teina200.tsv']))
        .stdout,
    );
    expect(report).toMatchObject({ delimiter: '\t', rows: 66, shape: 'wide' });
    expect(report.columns.slice(0, 4)).toEqual([
      { name: 'unit', type: 'category', missing: 0, role: 'unit' },
      {
        name: 'geo',
        type: 'category',
        missing: 0,
        role: 'entity',
        aggregates: [
          'Euro area (18 members of 2014)',
          'Euro area (19 members of 2015–2022)',
          'EU (27 members)',
          'EU (28 members of 2013–2020)',
        ],
      },
      // Eurostat's codes, as the file writes them, beside the names read from them.
      { name: 'geo code', type: 'category', missing: 0, role: 'code' },
      { name: '2003', type: 'number', missing: 2, role: 'measure' },
    ]);
  });

  it('inspect FILE with bad cells still exits 0 and lists the issues with line and column', async () => {
    const csv =
      'name,value\n' +
      Array.from({ length: 9 }, (_, i) => `r${i},${i}`).join('\n') +
      '\nbad,oops\n';
    const { code, stdout } = await run(['inspect', 'bad.csv'], { 'bad.csv': csv });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).issues).toEqual([
      {
        line: 11,
        column: 'value',
        message: '"oops" is not a number; the cell is left empty.',
        severity: 'warning',
      },
    ]);
  });

  const unusable = [
    {
      name: 'a binary .xlsx',
      file: Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0),
      says: /Excel workbook.*as CSV/,
    },
    { name: 'an empty file', file: '', says: /is empty/ },
    { name: 'only blank space', file: '  \n \n', says: /only blank space/ },
    { name: 'a header with no rows', file: 'a,b\n', says: /no data rows follow/ },
    { name: 'only delimiters', file: ',,,\n,,,\n', says: /no table/ },
  ];
  for (const { name, file, says } of unusable) {
    it(`inspect(${name}) exits 2 with one "error:" line`, async () => {
      const result = expectUsageError(await run(['inspect', 'in.csv'], { 'in.csv': file }));
      expect(result).toMatchObject({ code: 2, stdout: '', stack: false });
      expect(result.lines).toHaveLength(1);
      expect(result.lines[0]).toMatch(/^error: cannot use "in\.csv": /);
      expect(result.lines[0]).toMatch(says);
    });
  }
});

describe('check', () => {
  const csv = [
    'reporterDesc,partnerDesc,flowDesc,refYear,primaryValue',
    'China,Russian Federation,Export,2012,44057525000',
    'China,Russian Federation,Import,2012,44103300000',
    'China,Russian Federation,Export,2022,76122000000',
    'China,Russian Federation,Import,2022,114149000000',
  ].join('\n');

  it('check FILE prints each claim with its verdict and the file lines used', async () => {
    const { code, stdout } = await run(['check', 'cr.csv'], { 'cr.csv': csv });
    expect(code).toBe(0);
    const { claims } = JSON.parse(stdout);
    expect(claims).toEqual([
      expect.objectContaining({ id: 'total-2022', verdict: 'consistent', rows: [4, 5] }),
      expect.objectContaining({
        id: 'growth-2012-2022',
        verdict: 'consistent',
        rows: [2, 3, 4, 5],
      }),
    ]);
    for (const c of claims)
      expect(Object.keys(c)).toEqual(['id', 'verdict', 'claimed', 'found', 'rows', 'note']);
  });

  it('check FILE on a wide file cites the lines of its rows; without a unit it is not covered', async () => {
    const wide =
      '"US dollars, billions",,,,\n,,,,\nreporter,partner,flow,2012,2022\nChina,Russia,Export,44.06,76.12\nChina,Russia,Import,44.10,114.15\n';
    const { stdout } = await run(['check', 'w.csv'], { 'w.csv': wide });
    expect(JSON.parse(stdout).claims[1]).toMatchObject({ verdict: 'consistent', rows: [4, 5] });
    const bare = wide.split('\n').slice(2).join('\n');
    const [total] = JSON.parse((await run(['check', 'b.csv'], { 'b.csv': bare })).stdout).claims;
    expect(total).toMatchObject({ verdict: 'not covered' });
    expect(total.note).toContain('currency');
  });

  it('check FILE on a table without China–Russia figures says not covered, exit 0', async () => {
    const { code, stdout } = await run([
      'check',
      'tests/fixtures/real/datahub/datasets-gdp_top-economies.csv',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).claims.map((c: { verdict: string }) => c.verdict)).toEqual([
      'not covered',
      'not covered',
    ]);
  });

  it('check with no FILE is a usage error', async () => {
    const result = expectUsageError(await run(['check']));
    expect(result.code).toBe(2);
  });
});
