import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const REAL = 'tests/fixtures/real';

async function upload(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
) {
  await page.getByLabel(/CSV/).first().setInputFiles(file);
}

const imported = (page: Page, name: string) =>
  page.locator('section[aria-label^="Imported"]').filter({ hasText: name });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.locator('figure svg').first().waitFor();
});

test('a World Bank download (preamble, wide, BOM) becomes a chart captioned with the file', async ({
  page,
}) => {
  const name = 'API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv';
  await upload(page, `${REAL}/worldbank/${name}`);
  const figure = imported(page, name).locator('figure');
  await expect(figure.getByRole('img')).toBeVisible();
  // The file's preamble names its source (line 1); the caption still names the file.
  await expect(figure.locator('figcaption')).toContainText(
    `World Bank, “World Development Indicators”, 26 October 2023`,
  );
  await expect(figure.locator('figcaption')).toContainText(`as the file ${name} says`);
  // Groups (World Bank aggregates) are not charted as countries by default.
  await expect(figure.locator('.legend')).not.toContainText('High income');
  const about = imported(page, name).locator('details.about');
  await about.locator('summary').click();
  await expect(about).toContainText('header on line 5');
  await expect(about).toContainText('shown long');
});

test('the import worker warms up while the page is idle, then imports as before', async ({
  page,
}) => {
  await page.waitForFunction(
    () => performance.getEntriesByName('tradelens:importer-ready').length > 0,
    null,
    { timeout: 20_000 },
  );
  // The warm-up kept nothing: no table of its own appears, and none is stored.
  await expect(page.locator('section[aria-label^="Imported"]')).toHaveCount(0);
  const name = 'christophergandrud_teina200.tsv';
  const file = `${REAL}/eurostat/${name}`;
  await upload(page, file);
  await expect(imported(page, name).locator('figure').getByRole('img')).toBeVisible();
  await expect(page.locator('section[aria-label^="Imported"]')).toHaveCount(1);
});

test('a Comtrade+ file in Windows-1252 keeps its accented names', async ({ page }) => {
  const name = 'fernandobarbalho_tarifas_eua_TradeData_4_4_2025_15_19_17.csv';
  await upload(page, `${REAL}/comtrade/${name}`);
  const section = imported(page, name);
  await expect(section.locator('figure').getByRole('img')).toBeVisible();
  await section.locator('details.about summary').click();
  await expect(section.locator('details.about')).toContainText('windows-1252');
});

test('a legacy Comtrade file says which values a spreadsheet rounded, and lists its commodities alphabetically', async ({
  page,
}) => {
  const name = 'sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv';
  await upload(page, `${REAL}/comtrade/${name}`);
  const section = imported(page, name);
  await expect(section.locator('figure').getByRole('img')).toBeVisible();
  await section.locator('details.about summary').click();
  const notes = section.locator('details.about .issues');
  await expect(notes).toContainText('line 247, column “Trade Value (US$)”');
  await expect(notes).toContainText(
    '2 values in “Trade Value (US$)” are written in scientific notation with 6 significant figures (first on line 247: 1.12339E+11), a form spreadsheets use for large numbers',
  );
  // The commodities, in HS code order in the file, are listed alphabetically in their filter.
  await section.getByRole('button', { name: /^Commodity:/ }).click();
  const values = section.getByRole('list', { name: 'Commodity values' }).locator('li');
  await expect(values.first()).toHaveText('Aircraft, spacecraft and parts thereof');
  await section.getByRole('searchbox', { name: 'Search Commodity' }).fill('vehicles');
  await expect(values.first()).toContainText('Vehicles; other than railway');
  // Found by its code in `Commodity Code` as well.
  await section.getByRole('searchbox', { name: 'Search Commodity' }).fill('87');
  await expect(values).toHaveCount(1);
  await expect(values.first()).toContainText('Vehicles; other than railway');
});

test('a Eurostat TSV charts, and the reader can name its source', async ({ page }) => {
  const name = 'christophergandrud_teina200.tsv';
  await upload(page, `${REAL}/eurostat/${name}`);
  const section = imported(page, name);
  await expect(section.locator('figure').getByRole('img')).toBeVisible();
  // Its geo codes read as names, in the key and the filters; its unit code in words.
  const figure = section.locator('figure');
  await expect(figure.getByRole('button', { name: /^Unit: Million euro/ })).toBeVisible();
  await expect(figure).toContainText('United Kingdom');
  await expect(figure).not.toContainText(/\bUK\b/);
  await section.locator('details.about summary').click();
  await expect(section.locator('details.about')).toContainText('one row per unit, geo and period');
  await expect(section.locator('details.about')).toContainText('the codes are kept in “geo code”');
  await section.getByRole('button', { name: 'Edit', exact: true }).click();
  await section.getByLabel('Source title').fill('Government deficit/surplus, quarterly');
  await section.getByLabel('Publisher').fill('Eurostat');
  await section
    .getByLabel('Source URL')
    .fill('https://ec.europa.eu/eurostat/web/products-datasets/-/teina200');
  await section.getByRole('button', { name: 'Use this source' }).click();
  await expect(section.locator('figcaption')).toContainText(
    'Eurostat, “Government deficit/surplus, quarterly”',
  );
});

test('a damaged workbook gets an alert saying to save it again or as CSV; the page keeps working', async ({
  page,
}) => {
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);
  await upload(page, { name: 'trade.xlsx', mimeType: 'application/octet-stream', buffer: zip });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('trade.xlsx');
  await expect(alert).toContainText(/CSV/);
  await expect(page.locator('figure')).toHaveCount(2);
  await upload(page, { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
  await expect(page.getByRole('alert')).toContainText('empty.csv');
  await upload(page, `${REAL}/datahub/datasets-gdp_top-economies.csv`);
  await expect(page.locator('figure')).toHaveCount(3);
});

test('hostile text in headers and cells shows as text, never as markup', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const csv = [
    'year,<script>alert(1)</script>,<img src=x onerror=alert(2)>',
    '2020,1,<b onmouseover=alert(3)>x</b>',
    '2021,2,<img src=x onerror=alert(4)>',
  ].join('\n');
  await upload(page, {
    name: '<img src=x onerror=alert(5)>.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  const section = page.locator('section[aria-label^="Imported"]');
  await expect(section.locator('figure')).toBeVisible();
  await section.locator('details.about summary').click();
  await expect(section).toContainText('<script>alert(1)</script>');
  await expect(section).toContainText('<img src=x onerror=alert(4)>');
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.locator('main script')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('a cell of five million characters charts at once, its label cut to fit', async ({ page }) => {
  const csv = `a,b\n${'x'.repeat(5_000_000)},1\nok,3\n`;
  await upload(page, { name: 'long-cell.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const figure = imported(page, 'long-cell.csv').locator('figure');
  await expect(figure.locator('svg')).toBeVisible();
  const label = figure.locator('svg text', { hasText: /^x+…$/ });
  await expect(label).toHaveCount(1);
  expect((await label.textContent())!.length).toBeLessThan(200);
  // The page still answers.
  await page.getByRole('button', { name: 'Edit', exact: true }).first().click();
  await expect(page.getByRole('region', { name: 'Edit the chart' }).first()).toBeVisible();
});

test('imported tables come back after a reload, and can be deleted', async ({ page }) => {
  await upload(page, `${REAL}/datahub/datasets-gdp_top-economies.csv`);
  await expect(imported(page, 'datasets-gdp_top-economies.csv').locator('figure')).toBeVisible();
  await expect(imported(page, 'datasets-gdp_top-economies.csv')).toContainText(
    'Kept in this browser',
  );
  await page.reload();
  const back = imported(page, 'datasets-gdp_top-economies.csv');
  await expect(back.locator('figure').getByRole('img')).toBeVisible();
  // Deleted by keyboard: focus goes to Undo, not to the page's body; Undo brings the table and
  // focus back to its Delete button.
  await back.getByRole('button', { name: /Delete/ }).focus();
  await page.keyboard.press('Enter');
  await expect(back).toHaveCount(0);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(back.getByRole('button', { name: /Delete/ })).toBeFocused();
  await back.getByRole('button', { name: /Delete/ }).click();
  await expect(back).toHaveCount(0);
  await page.reload();
  await page.locator('figure svg').first().waitFor();
  await expect(imported(page, 'datasets-gdp_top-economies.csv')).toHaveCount(0);
});

test('dropping a file on the page imports it; pasted text too', async ({ page }) => {
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['year,value\n2020,1\n2021,3\n'], 'dropped.csv', { type: 'text/csv' }));
    for (const type of ['dragenter', 'dragover', 'drop'])
      document.body.dispatchEvent(new DragEvent(type, { bubbles: true, dataTransfer: data }));
  });
  await expect(imported(page, 'dropped.csv').locator('figure')).toBeVisible();
  await page.getByText('Paste CSV text').click();
  await page.getByLabel('CSV text (with a header row)').fill('year;value\n2019;1,5\n2020;2,5\n');
  await page.getByRole('button', { name: 'Import pasted text' }).click();
  await expect(imported(page, 'Pasted table').locator('figure')).toBeVisible();
});

test('a large import shows progress and can be cancelled; the page stays responsive', async ({
  page,
}) => {
  await page.evaluate(() => {
    const row = '"Korea, Republic of",China,0101,Export,2020,"1,234.5"\n';
    const big = new File(
      ['reporter,partner,code,flow,year,value\n', row.repeat(1_200_000)],
      'big.csv',
    );
    const data = new DataTransfer();
    data.items.add(big);
    document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, dataTransfer: data }));
  });
  const progress = page.getByRole('progressbar');
  await expect(progress).toBeVisible();
  await expect(page.getByText(/Importing big\.csv/)).toBeVisible();
  // The page answers while the worker reads.
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(progress).toHaveCount(0);
  await expect(imported(page, 'big.csv')).toHaveCount(0);
});

test('axe finds no violations with an imported table and its panel open', async ({ page }) => {
  await upload(page, `${REAL}/datahub/datasets-gdp_top-economies.csv`);
  const section = imported(page, 'datasets-gdp_top-economies.csv');
  await section.locator('details.about summary').click();
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'best-practice'])
    .analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);
});

test('a fresh upload is brought to the top of the window, gliding or, for less motion, at once', async ({
  page,
}) => {
  const scrolls = () =>
    page.evaluate(() => (window as unknown as { __scrolls: ScrollIntoViewOptions[] }).__scrolls);
  await page.evaluate(() => {
    const w = window as unknown as { __scrolls: ScrollIntoViewOptions[] };
    w.__scrolls = [];
    const scroll = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (options?: boolean | ScrollIntoViewOptions) {
      if (typeof options === 'object' && this.matches('section.dataset')) w.__scrolls.push(options);
      return scroll.call(this, options);
    };
  });
  // How far the new block's top is from where it is brought: the top of the window, less its
  // scroll margin, although its chart is drawn after it is added (the page was too short).
  const top = (name: string) =>
    imported(page, name).evaluate((s) =>
      Math.abs(
        Math.round(s.getBoundingClientRect().top - parseFloat(getComputedStyle(s).scrollMarginTop)),
      ),
    );
  const name = 'christophergandrud_teina200.tsv';
  await upload(page, `${REAL}/eurostat/${name}`);
  await expect(imported(page, name).locator('figure').getByRole('img')).toBeVisible();
  await expect.poll(() => top(name)).toBeLessThanOrEqual(1);
  const glides = await scrolls();
  expect(glides.length).toBeGreaterThan(0);
  expect(glides.every((o) => o.behavior === 'smooth' && o.block === 'start')).toBe(true);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.evaluate(() => scrollTo(0, 0));
  await page
    .getByRole('button', { name: /^Delete/ })
    .first()
    .click();
  await upload(page, `${REAL}/eurostat/${name}`);
  await expect(imported(page, name).locator('figure').getByRole('img')).toBeVisible();
  await expect.poll(() => top(name)).toBeLessThanOrEqual(1);
  expect((await scrolls()).at(-1)).toEqual({ block: 'start', behavior: 'instant' });
});

test('a table with no chart beside a tall chart keeps its rows at their own height', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const csv = 'country,year,value\nAland,2020,10\nBland,2020,5\nAland,2021,12\nBland,2021,7\n';
  await upload(page, { name: 'tall.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(imported(page, 'tall.csv').locator('figure svg').first()).toBeVisible();
  const words = 'name,note\nAland,first\nBland,second\n';
  await upload(page, { name: 'words.csv', mimeType: 'text/csv', buffer: Buffer.from(words) });
  const alone = imported(page, 'words.csv');
  await expect(alone).toContainText('No chart for words.csv');
  const box = await alone.getByRole('button', { name: /Delete/ }).boundingBox();
  expect(box!.height).toBeLessThan(50);
});
