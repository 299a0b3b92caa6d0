import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

async function axe(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'best-practice'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

test('embed.html draws one chart with its source from the hash alone', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/embed.html#v=1&dataset=china-russia-annual&type=line');
  const figure = page.locator('figure');
  await expect(figure).toHaveCount(1);
  await expect(figure.getByRole('img')).toBeVisible();
  await expect(figure.locator('figcaption')).toContainText('International Monetary Fund');
  expect(errors).toEqual([]);
});

test('embed.html has a Content-Security-Policy without unsafe-inline scripts', async ({ page }) => {
  await page.goto('/embed.html#v=1&dataset=release&type=column');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp?.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline');
});

const hostile = [
  '#v=1&dataset=%3Cscript%3Ealert(1)%3C%2Fscript%3E&type=line',
  '#v=1&src=javascript%3Aalert(1)&type=line',
  '#v=1&dataset=release&type=line&title=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '#%E0%A4%A',
  '#v=1&dataset=release&type=pie',
  '#' + 'a'.repeat(10000),
  '#v=1&dataset=release&type=column&x=nope',
];
for (const hash of hostile) {
  test(`a broken or hostile hash shows a message, never a script: ${hash.slice(0, 60)}`, async ({
    page,
  }) => {
    let dialogs = 0;
    page.on('dialog', (d) => (dialogs++, void d.dismiss()));
    await page.goto(`/embed.html${hash}`);
    await expect(page.getByRole('alert')).toContainText('This chart cannot be shown');
    await expect(page.locator('img')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
}

test('a report page embeds the iframe snippet, which fits its height to the chart', async ({
  page,
  baseURL,
}) => {
  await page.goto('/');
  await page.getByRole('toolbar').nth(1).getByRole('button', { name: 'Embed' }).click();
  const snippet = await page.getByLabel('Iframe embed code').inputValue();
  await page.route(`${baseURL}report.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Report</title><body style="font-family: Georgia">
        <h1>A report</h1><p>Text before.</p>${snippet}<p>Text after.</p></body></html>`,
    }),
  );
  await page.goto('/report.html');
  const frame = page.frameLocator('iframe[data-tradelens-frame]');
  await expect(frame.locator('figure').getByRole('img')).toBeVisible();
  await expect(frame.locator('figcaption')).toContainText('General Administration of Customs');
  // The frame takes the chart's height, and the static fallback steps aside.
  await expect
    .poll(async () => Number(await page.locator('iframe').getAttribute('height')))
    .toBeGreaterThan(500);
  await expect(page.locator('[data-tradelens-fallback]')).toBeHidden();
});

test('without scripts, the snippet still shows the figures and the citation', async ({
  browser,
  baseURL,
}) => {
  const page = await browser.newPage({ javaScriptEnabled: false, baseURL });
  await page.goto('/');
  // Scripts off: take the snippet from a scripted page first.
  const scripted = await browser.newPage({ baseURL });
  await scripted.goto('/');
  // Once the page is live (a point answers the pointer), its layout no longer moves under a click.
  await scripted.locator('figure svg[role="img"]').first().hover();
  await expect(scripted.getByRole('tooltip')).toBeVisible();
  await scripted.mouse.move(0, 0);
  await scripted.getByRole('toolbar').first().getByRole('button', { name: 'Embed' }).click();
  const snippet = await scripted.getByLabel('Iframe embed code').inputValue();
  await page.setContent(
    `<!doctype html><html lang="en"><title>R</title><body>${snippet}</body></html>`,
  );
  const fallback = page.locator('[data-tradelens-fallback]');
  await expect(fallback.locator('table')).toContainText('190');
  await expect(fallback).toContainText('CGTN');
});

test('the web component renders in a plain report page with the host font', async ({
  page,
  baseURL,
}) => {
  const csv = 'year,value\n2020,1.5\n2021,2.5\n2022,2\n';
  await page.route(`${baseURL}data.csv`, (route) =>
    route.fulfill({ contentType: 'text/csv', body: csv }),
  );
  await page.route(`${baseURL}report.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Report</title>
        <body style="font-family: Georgia, serif">
        <script type="module" src="trade-chart.js"></script>
        <trade-chart dataset="release"></trade-chart>
        <trade-chart src="data.csv" type="line" x="year" y="value" source="My survey"></trade-chart>
        <trade-chart dataset="&lt;script&gt;"></trade-chart>
        </body></html>`,
    }),
  );
  await page.goto('/report.html');
  const charts = page.locator('trade-chart');
  await expect(charts.nth(0).locator('figure svg[role="img"]')).toBeVisible();
  await expect(charts.nth(0).locator('figcaption')).toContainText('CGTN via PR Newswire');
  await expect(charts.nth(0).locator('svg[role="img"]')).toContainText('190');
  await expect(charts.nth(1).locator('figcaption')).toContainText('My survey');
  await expect(charts.nth(2).getByRole('alert')).toBeVisible();
  const font = await charts
    .nth(0)
    .locator('figure')
    .evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font).toContain('Georgia');
});

for (const csp of [null, "script-src 'self'; worker-src 'none'"]) {
  test(`the web component imports src in a worker from trade-chart-import.js${csp ? ', or on the page when workers are forbidden' : ''}`, async ({
    page,
    baseURL,
  }) => {
    const rows = Array.from(
      { length: 400 },
      (_, i) => `${1900 + (i % 120)},Land ${i % 3},${i * 1.5}`,
    );
    await page.route(`${baseURL}trade.csv`, (route) =>
      route.fulfill({ contentType: 'text/csv', body: `year,country,value\n${rows.join('\n')}\n` }),
    );
    const meta = csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : '';
    await page.route(`${baseURL}report.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head>${meta}<title>Report</title></head><body>
          <script type="module" src="trade-chart.js"></script>
          <trade-chart src="trade.csv" type="line" x="year" y="value" series="country"></trade-chart>
          </body></html>`,
      }),
    );
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/report.html');
    const chart = page.locator('trade-chart');
    await expect(chart.locator('figure svg[role="img"]')).toBeVisible();
    await expect(chart.locator('.legend')).toContainText('Land 2');
    await expect(chart.locator('figcaption')).toContainText('trade.csv');
    if (csp) expect(workers).toEqual([]);
    else expect(workers.some((url) => url.endsWith('/trade-chart-import.js'))).toBe(true);
    expect(errors).toEqual([]);
  });
}

test('the dashboard shows a link to one of its charts in that chart’s place, and says so when the link is broken', async ({
  page,
}) => {
  await page.goto('/#v=1&dataset=china-russia-annual&type=column&title=Columns%20from%20a%20link');
  const annual = page.locator('.chart-block').nth(1);
  await expect(annual.locator('figure .title')).toHaveText('Columns from a link');
  await expect(annual.locator('figure svg[role="img"] .marks rect').first()).toBeVisible();
  await expect(annual.locator('figcaption')).toContainText('General Administration of Customs');
  await expect(page.getByRole('region', { name: 'The chart in this link' })).toHaveCount(0);
  await expect(page.locator('figure')).toHaveCount(2);
  // The chart as the page first drew it is one Undo away.
  await annual.getByRole('button', { name: 'Edit', exact: true }).click();
  await annual.getByRole('button', { name: 'Undo' }).click();
  await expect(annual.locator('figure .title')).toHaveText('China–Russia two-way trade, 2012–2023');
  await page.goto('/#v=1&dataset=%3Cscript%3E&type=line');
  await expect(page.getByRole('alert')).toContainText('This chart cannot be shown');
  await expect(page.locator('figure')).toHaveCount(2);
});

test('a chart the reader changes is kept in the address, and a reload shows it in its place', async ({
  page,
}) => {
  await page.goto('/');
  const annual = page.locator('.chart-block').nth(1);
  await annual.getByRole('combobox', { name: 'Show' }).selectOption('index');
  await expect(page).toHaveURL(/#v=1&.*dataset=china-russia-annual.*mode=index/);
  await page.reload();
  await expect(annual.getByRole('combobox', { name: 'Show' })).toHaveValue('index');
  await expect(annual.locator('figure')).toContainText(/index|= 100/i);
  await expect(page.locator('figure')).toHaveCount(2);
});

test('edits to both of the dashboard’s charts are kept across a reload, with or without the address', async ({
  page,
}) => {
  await page.goto('/');
  for (const [n, title] of [
    [0, 'The release, edited'],
    [1, 'The series, edited'],
  ] as const) {
    const block = page.locator('.chart-block').nth(n);
    await block.getByRole('button', { name: 'Edit', exact: true }).click();
    await block.getByLabel('Title', { exact: true }).fill(title);
    await expect(page).toHaveURL(new RegExp(encodeURIComponent(title).replace(/[()]/g, '\\$&')));
    await block.getByRole('button', { name: 'Done' }).click();
  }
  const titles = () => page.locator('.chart-block figure .title').allTextContents();
  await page.reload();
  await expect.poll(titles).toEqual(['The release, edited', 'The series, edited']);
  await page.goto('/');
  await expect.poll(titles).toEqual(['The release, edited', 'The series, edited']);
  // Put back as first drawn, a chart is forgotten.
  const release = page.locator('.chart-block').first();
  await release.getByRole('button', { name: 'Edit', exact: true }).click();
  await release.getByRole('button', { name: 'Undo' }).click();
  await expect(release.locator('figure .title')).toHaveText(
    'China–Russia trade more than doubled in a decade',
  );
  await page.goto('/');
  await expect
    .poll(titles)
    .toEqual(['China–Russia trade more than doubled in a decade', 'The series, edited']);
});

test('axe finds no violations in embed.html, light and dark', async ({ page }) => {
  await page.goto('/embed.html#v=1&dataset=china-russia-annual&type=line');
  await expect(page.locator('figure svg[role="img"]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2 })).toContainText('China–Russia');
  expect(await axe(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axe(page)).toEqual([]);
});

test('axe finds no violations in a report page with web components, inside their shadow roots', async ({
  page,
  baseURL,
}) => {
  await page.route(`${baseURL}data.csv`, (route) =>
    route.fulfill({ contentType: 'text/csv', body: 'year,value\n2020,1.5\n2021,2.5\n2022,2\n' }),
  );
  await page.route(`${baseURL}report.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Report</title><body><main><h1>Report</h1>
        <script type="module" src="trade-chart.js"></script>
        <trade-chart dataset="release"></trade-chart>
        <trade-chart src="data.csv" type="column" x="year" y="value" source="My survey"
          heading-level="3"></trade-chart>
        </main></body></html>`,
    }),
  );
  await page.goto('/report.html');
  await expect(page.locator('trade-chart figure svg[role="img"]')).toHaveCount(2);
  const charts = page.locator('trade-chart');
  await expect(charts.nth(0).getByRole('heading', { level: 2 })).toContainText('China–Russia');
  await expect(charts.nth(1).getByRole('heading', { level: 3 })).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('the web component is read like the dashboard: keys, tooltips, zoom, legend and table', async ({
  page,
  baseURL,
}) => {
  await page.route(`${baseURL}report.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Report</title><body><main><h1>Report</h1>
        <script type="module" src="trade-chart.js"></script>
        <trade-chart dataset="china-russia-annual" type="line"></trade-chart>
        </main></body></html>`,
    }),
  );
  await page.goto('/report.html');
  const chart = page.locator('trade-chart');
  const plot = chart.getByRole('application');
  await plot.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(chart.getByRole('tooltip')).toContainText('$89.2 bn');
  await expect(chart.getByRole('tooltip')).toContainText('Source:');
  await expect(chart.locator('[aria-live]')).toContainText('2013: $89.2 bn');
  expect(await axe(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(chart.getByRole('tooltip')).toHaveCount(0);

  // A drag across the plot zooms into the years it covers; Reset zoom shows them all again.
  const svg = chart.locator('svg[role="img"]');
  const box = (await svg.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.5, { steps: 4 });
  await page.mouse.up();
  const reset = chart.getByRole('button', { name: 'Reset zoom' });
  await expect(reset).toBeEnabled();
  const axes = svg.locator('.axes');
  await expect(axes).not.toContainText('2012');
  await reset.click();
  await expect(axes).toContainText('2012');

  // The legend hides a series; the table is the chart's text alternative.
  const imf = chart.getByRole('button', { name: 'IMF DOTS, China-reported' });
  await imf.click();
  await expect(imf).toHaveAttribute('aria-pressed', 'false');
  await expect(imf).toBeFocused();
  await chart.getByText('Table of the chart’s data').click();
  await expect(chart.getByRole('table')).toContainText('GACC, as reported');
  await expect(chart.getByRole('table')).not.toContainText('IMF DOTS, China-reported');
  await chart.getByRole('combobox', { name: 'Show' }).selectOption('index');
  await expect(chart.getByRole('combobox', { name: 'Base' })).toBeVisible();
  await expect(chart.getByRole('table')).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('the web component says why a CSV with no column of numbers gives no chart, as text', async ({
  page,
  baseURL,
}) => {
  const csv =
    'year,<img src=x onerror=alert(1)>,country\n2020,1.5,<script>alert(2)</script>\n2021,2.5,b\n2022,=cmd|calc,c\n';
  await page.route(`${baseURL}hostile.csv`, (route) =>
    route.fulfill({ contentType: 'text/csv', body: csv }),
  );
  await page.route(`${baseURL}report.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Report</title><body>
        <script type="module" src="trade-chart.js"></script>
        <trade-chart src="hostile.csv"></trade-chart></body></html>`,
    }),
  );
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/report.html');
  const alert = page.locator('trade-chart').getByRole('alert');
  await expect(alert).toContainText(
    'hostile.csv: There is nothing to draw: no column holds numbers.',
  );
  await expect(alert).toContainText('“<img src=x onerror=alert(1)>” (text)');
  expect(
    await page
      .locator('trade-chart')
      .evaluate((el) => el.shadowRoot!.querySelectorAll('img, script').length),
  ).toBe(0);
  expect(dialogs).toEqual([]);
});

test('the web component is one file within 45 KB gzip; what it rarely needs is fetched beside it', () => {
  const file = readFileSync(new URL('../../dist/trade-chart.js', import.meta.url));
  expect(gzipSync(file).length).toBeLessThanOrEqual(45 * 1024);
  const text = file.toString();
  // No static imports: one file to copy. Its importer (for src), views and map outlines are
  // separate files, fetched only when a chart needs them.
  expect(text).not.toMatch(/from\s*["']\.\//);
  expect(text).not.toMatch(/papaparse|Papa\.parse/i);
  // The built-in datasets' figures and quotes come with the views' file, when one is named.
  expect(text).not.toContain('afternoonvoice');
  for (const part of [
    'trade-chart-import.js',
    'trade-chart-src.js',
    'trade-chart-views.js',
    'trade-chart-map.js',
  ])
    expect(readFileSync(new URL(`../../dist/${part}`, import.meta.url)).length).toBeGreaterThan(0);
});
