import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const REAL = 'tests/fixtures/real';
const WORLD = 'fernandobarbalho_tarifas_eua_TradeData_4_4_2025_15_19_17.csv';
const US_CN = 'sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv';
const WDI = 'API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv';

async function chartOf(page: Page, name: string, folder = 'comtrade') {
  await page.getByLabel(/CSV/).first().setInputFiles(`${REAL}/${folder}/${name}`);
  const section = page.locator('section[aria-label^="Imported"]').filter({ hasText: name });
  await expect(section.locator('figure svg').first()).toBeVisible();
  return section;
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.locator('figure svg').first().waitFor();
});

test('the trade views’ code is not in the first load: it comes when a treemap is chosen', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.reload();
  await page.locator('figure svg').first().waitFor();
  const section = await chartOf(page, US_CN);
  expect(fetched.filter((u) => /tradeViews/.test(u))).toEqual([]);
  await section.getByRole('combobox', { name: 'Chart', exact: true }).selectOption('treemap');
  await expect(section.locator('figure svg g.marks rect').first()).toBeAttached();
  expect(fetched.filter((u) => /tradeViews/.test(u)).length).toBe(1);
});

test('the map outlines load only when a map is drawn; then the arrows walk the countries', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  const section = await chartOf(page, WORLD);
  expect(fetched.some((u) => /mapAtlas/.test(u))).toBe(false);
  await section.getByRole('combobox', { name: 'Chart', exact: true }).selectOption('map');
  const figure = section.locator('figure');
  await expect(figure.locator('svg g.marks path').nth(100)).toBeAttached();
  expect(fetched.some((u) => /mapAtlas/.test(u))).toBe(true);
  await expect(figure).toContainText('No data');
  const plot = figure.getByRole('application');
  await plot.focus();
  await page.keyboard.press('ArrowRight');
  await expect(figure.getByRole('tooltip')).toBeVisible();
  await expect(figure.locator('[aria-live="polite"]').first()).toContainText(/Source:/);
  const axe = await new AxeBuilder({ page }).include('section[aria-label^="Imported"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('a Comtrade file becomes a treemap of HS sections and a trade balance', async ({ page }) => {
  const section = await chartOf(page, US_CN);
  const picker = section.getByRole('combobox', { name: 'Chart', exact: true });
  await picker.selectOption('treemap');
  const figure = section.locator('figure');
  await expect(figure.locator('svg')).toContainText('88 Aircraft');
  await figure.getByRole('application').focus();
  await page.keyboard.press('ArrowRight');
  await expect(figure.getByRole('tooltip')).toContainText(/HS section/);
  await picker.selectOption('balance');
  await expect(figure.locator('svg')).toContainText('−$396.1 bn');
  await expect(figure.locator('figcaption')).toContainText('Re-Export');
});

test('the chart picker keeps the keyboard’s focus as the arrows change the chart', async ({
  page,
}) => {
  const section = await chartOf(page, US_CN);
  const picker = section.getByRole('combobox', { name: 'Chart', exact: true });
  await picker.focus();
  const before = await picker.inputValue();
  await page.keyboard.press('ArrowDown');
  await expect(picker).not.toHaveValue(before);
  await expect(picker).toBeFocused();
  const layout = section.getByLabel('Layout');
  if (await layout.count()) {
    await layout.focus();
    await page.keyboard.press('ArrowDown');
    await expect(layout).toBeFocused();
  }
});

test('a chart redrawn as another type while a point is focused, and a map left for a line, chart without an error', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const section = await chartOf(page, WDI, 'worldbank');
  const chart = section.getByRole('combobox', { name: 'Chart', exact: true });
  await section.getByRole('application').first().focus();
  await page.keyboard.press('ArrowRight');
  await chart.selectOption('column');
  await chart.selectOption('map');
  await expect(section.locator('figure svg[role="img"] path').nth(50)).toBeAttached();
  await chart.selectOption('line');
  // The map's countries become the lines: the series is the partner column, not None.
  await expect(section.locator('select[data-control="series"]')).not.toHaveValue('');
  // A chart, not a message that percentages cannot be added up.
  await expect(section.locator('figure')).not.toContainText('added up');
  await expect(section.locator('figure svg[role="img"]').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('the mirror layout loads its builder and says what it needs, without an error', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Countries' figures in one column: the layout is offered greyed out, with the reason.
  const world = await chartOf(page, WDI, 'worldbank');
  await world.getByRole('combobox', { name: 'Chart', exact: true }).selectOption('column');
  const off = world.getByLabel('Layout').locator('option[value="mirror"]');
  await expect(off).toBeDisabled();
  await expect(off).toContainText('needs two columns of figures');
  // Two reporters whose rows name each other: the mirror is drawn.
  const csv = `refYear,reporterDesc,flowDesc,partnerDesc,primaryValue
2021,China,Export,Russian Federation,67600000000
2021,Russian Federation,Import,China,72700000000
2022,China,Export,Russian Federation,76100000000
2022,Russian Federation,Import,China,66000000000
`;
  await page
    .getByLabel(/CSV/)
    .first()
    .setInputFiles({ name: 'cn-ru.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const pair = page.locator('section[aria-label^="Imported"]').filter({ hasText: 'cn-ru.csv' });
  await expect(pair.locator('figure svg').first()).toBeVisible();
  await pair.getByRole('combobox', { name: 'Chart', exact: true }).selectOption('column');
  await pair.getByLabel('Layout').selectOption('mirror');
  const figure = pair.locator('figure');
  await expect(figure).toContainText('as each side reports them');
  await expect(figure).not.toContainText('Loading the chart');
  expect(errors).toEqual([]);
});

test('<trade-chart type="map"> fetches trade-chart-map.js only for the map, and draws it', async ({
  page,
}) => {
  const csv = `country,year,value\nDEU,2022,1600\nFRA,2022,620\nBRA,2022,330\nJPN,2022,750\nWorld,2022,24000\n`;
  await page.route('**/data.csv', (route) => route.fulfill({ contentType: 'text/csv', body: csv }));
  await page.route('**/report.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Report</title><body>
        <script type="module" src="trade-chart.js"></script>
        <trade-chart dataset="release"></trade-chart>
        <trade-chart src="data.csv" type="map" x="country" y="value" source="My survey"></trade-chart>
        </body></html>`,
    }),
  );
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('/report.html');
  const map = page.locator('trade-chart').nth(1);
  await expect(map.locator('figure svg[role="img"] path').nth(100)).toBeAttached();
  expect(fetched.filter((u) => u.endsWith('/trade-chart-map.js'))).toHaveLength(1);
  await expect(map.locator('figcaption')).toContainText('World');
});

test('<trade-chart> of thousands of points paints its canvas with the painter from trade-chart-views.js', async ({
  page,
}) => {
  const rows = Array.from(
    { length: 4000 },
    (_, i) => `${i},${Math.round(100 + 50 * Math.sin(i / 90))}`,
  );
  await page.route('**/dense.csv', (route) =>
    route.fulfill({ contentType: 'text/csv', body: `step,value\n${rows.join('\n')}\n` }),
  );
  await page.route('**/report.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Report</title><body>
        <script type="module" src="trade-chart.js"></script>
        <trade-chart src="dense.csv" type="line" x="step" y="value"></trade-chart>
        </body></html>`,
    }),
  );
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('/report.html');
  const canvas = page.locator('trade-chart figure canvas');
  await expect(canvas).toBeAttached();
  const painted = () =>
    canvas.evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]) n++;
      return n;
    });
  await expect.poll(painted).toBeGreaterThan(100);
  expect(fetched.filter((u) => u.endsWith('/trade-chart-views.js'))).toHaveLength(1);
});

test('Embed of an upload tries the address as the embed will read it: the chart’s own CSV is refused, the file itself works', async ({
  page,
  baseURL,
}) => {
  const section = await chartOf(page, WDI, 'worldbank');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: /CSV/ }).click(),
  ]);
  const own = readFileSync((await download.path())!, 'utf8');
  await section.getByRole('button', { name: 'Embed' }).click();
  const panel = page.getByRole('dialog');
  await expect(panel.getByText(`the file you imported (${WDI})`)).toBeVisible();
  await page.route(`${baseURL}hosted/own.csv`, (route) =>
    route.fulfill({ contentType: 'text/csv', body: own }),
  );
  await page.route(`${baseURL}hosted/${WDI}`, (route) =>
    route.fulfill({ contentType: 'text/csv', body: readFileSync(`${REAL}/worldbank/${WDI}`) }),
  );
  const address = panel.getByLabel('Address (URL) of the hosted CSV file');
  const tryIt = panel.getByRole('button', { name: 'Try the address' });
  await address.fill(`${baseURL}hosted/own.csv`);
  await tryIt.click();
  // The test server is http: the panel also asks for an https address.
  const refusal = panel.getByRole('alert').filter({ hasText: 'could not draw' });
  await expect(refusal).toContainText('Country Name');
  await expect(refusal).toContainText(`the file you imported (${WDI})`);
  await expect(panel.getByLabel('Iframe embed code')).toHaveCount(0);
  await address.fill(`${baseURL}hosted/${WDI}`);
  await tryIt.click();
  await expect(panel.getByRole('status').filter({ hasText: 'It works' })).toContainText(
    'rows read',
  );
});

test('growth rates are not offered as an index, a % change or on a log scale, and the page says why', async ({
  page,
}) => {
  const section = await chartOf(page, 'jfgomezok_WEOApr2020all.xls', 'imf');
  const show = section.getByLabel('Show');
  await expect(show.locator('option[value="index"]')).toBeDisabled();
  await expect(show.locator('option[value="change"]')).toBeDisabled();
  await expect(section.getByText(/have no meaningful index or % change/)).toBeVisible();
  const log = section.getByRole('button', { name: 'Log scale' });
  await expect(log).toBeDisabled();
  // Why, on the page: a tooltip is never seen by touch or keyboard.
  await expect(log).toHaveAccessibleDescription(/log scale has no place/i);
  await expect(section.getByText(/log scale has no place/i)).toBeVisible();
});
