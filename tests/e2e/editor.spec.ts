import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * One story, as a journalist would go through it: upload a real file, edit the chart, reload,
 * then check that the chart, its SVG, PNG and CSV, an iframe embed in a report and
 * <trade-chart> on another origin are one and the same chart.
 */

const NAME = 'datasets-gdp_top-economies.csv';
const FILE = `tests/fixtures/real/datahub/${NAME}`;
const TITLE = 'The largest economies, 2000–2022';
const SUBTITLE = 'Gross domestic product, US$ trillion';
const NOTE = 'Figures as published by the World Bank, via datahub.io.';
const COLOR = '#d62728';

let reports: Server;
let reportOrigin = '';
let reportPage = '';

test.beforeAll(async () => {
  // The report's host: it serves the data (with CORS, as a data host must) and a page into
  // which the test pastes the embed codes copied from the Embed panel.
  reports = createServer((req, res) => {
    if (req.url === '/gdp.csv') {
      res.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'access-control-allow-origin': '*',
      });
      res.end(readFileSync(FILE));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><title>Report</title><main>${reportPage}</main></html>`,
    );
  });
  await new Promise<void>((done) => reports.listen(0, '127.0.0.1', done));
  reportOrigin = `http://127.0.0.1:${(reports.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((done) => reports.close(() => done())));

const imported = (page: Page) =>
  page.locator('section[aria-label^="Imported"]').filter({ hasText: NAME });

async function read(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The dashboard's annual line chart with its editor open, and the series its key names. */
async function editAnnualChart(page: Page) {
  await page.goto('/');
  const block = page.locator('.chart-block').nth(1);
  const keyed = (await block.locator('figure .legend button').allTextContents()).map((t) =>
    t.trim(),
  );
  await block.getByRole('button', { name: 'Edit', exact: true }).click();
  return { block, keyed, editor: block.getByRole('region', { name: 'Edit the chart' }) };
}

async function expectTheEditedChart(figure: ReturnType<Page['locator']>) {
  await expect(figure.locator('.title')).toHaveText(TITLE);
  await expect(figure.locator('.subtitle')).toHaveText(SUBTITLE);
  await expect(figure.locator('figcaption .notes li').first()).toHaveText(NOTE);
}

test('an edited upload is the same chart on the page, after a reload, in every file and every embed', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page.getByLabel(/CSV/).first().setInputFiles(FILE);
  const section = imported(page);
  await expect(section.locator('figure svg[role="img"]')).toBeVisible();
  // The new chart is brought into view.
  await expect(section.locator('figure')).toBeInViewport();

  await section.getByRole('button', { name: 'Edit', exact: true }).click();
  const editor = section.getByRole('region', { name: 'Edit the chart' });
  await expect(editor.getByLabel('Title', { exact: true })).toBeFocused();
  await editor.getByLabel('Title', { exact: true }).fill(TITLE);
  await editor.getByLabel('Subtitle').fill(SUBTITLE);
  await editor.getByLabel('Notes').fill(NOTE);
  await editor.getByLabel('Notes').blur();
  const legend = section.locator('figure .legend button');
  const first = (await legend.first().textContent())!.trim();
  const second = (await legend.nth(1).textContent())!.trim();
  await editor.getByLabel(first, { exact: true }).evaluate((el: HTMLInputElement, color) => {
    el.value = color;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, COLOR);
  // Hide the second series in the key: the chart's series are what the reader chose.
  await legend.nth(1).click();
  await expectTheEditedChart(section.locator('figure'));
  expect(
    await new AxeBuilder({ page }).include('section[aria-label^="Imported"]').analyze(),
  ).toMatchObject({ violations: [] });

  // Undo and redo step through whole changes.
  await editor.getByRole('button', { name: 'Undo' }).click();
  await expect(section.locator('figure .legend button').first()).toBeVisible();
  await editor.getByRole('button', { name: 'Redo' }).click();
  await expect(editor.getByLabel('Title', { exact: true })).toHaveValue(TITLE);

  // A reload brings the chart back as left.
  await page.waitForTimeout(600);
  await page.reload();
  const again = imported(page).locator('figure');
  await expectTheEditedChart(again);
  await expect(again.locator('.legend button').nth(1)).toHaveAttribute('aria-pressed', 'false');
  const color = await again.evaluate((f) => getComputedStyle(f).getPropertyValue('--series-0'));
  expect(color.trim()).toBe(COLOR);

  const toolbar = imported(page).getByRole('toolbar');
  const [svgFile] = await Promise.all([
    page.waitForEvent('download'),
    toolbar.getByRole('button', { name: /SVG/ }).click(),
  ]);
  const svg = (await read(svgFile)).toString('utf8');
  for (const text of [TITLE, SUBTITLE, NOTE, COLOR]) expect(svg).toContain(text);

  const [csvFile] = await Promise.all([
    page.waitForEvent('download'),
    toolbar.getByRole('button', { name: /CSV/ }).click(),
  ]);
  const csv = (await read(csvFile)).toString('utf8');
  expect(csv).toContain(TITLE);
  expect(csv).toContain(NOTE);
  expect(csv).toContain(first);
  expect(csv).not.toContain(`${second},`);

  const [pngFile] = await Promise.all([
    page.waitForEvent('download'),
    toolbar.getByRole('button', { name: /PNG/ }).click(),
  ]);
  const png = (await read(pngFile)).toString('base64');
  // Read back: the picture is at least 1200 px wide and has the author's colour in it.
  const seen = await page.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let red = 0;
    for (let i = 0; i < px.length; i += 4)
      if (
        Math.abs(px[i] - 0xd6) < 8 &&
        Math.abs(px[i + 1] - 0x27) < 8 &&
        Math.abs(px[i + 2] - 0x28) < 8
      )
        red++;
    return { width: bitmap.width, red };
  }, png);
  expect(seen.width).toBeGreaterThanOrEqual(1200);
  expect(seen.red).toBeGreaterThan(50);

  // The Embed panel: the data hosted on the report's server, the codes pasted into its page.
  await toolbar.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  await dialog.getByLabel(/Address \(URL\)/).fill(`${reportOrigin}/gdp.csv`);
  const iframeCode = await dialog.getByLabel('Iframe embed code').inputValue();
  const componentCode = await dialog.getByLabel('Web component code').inputValue();
  expect(componentCode).toContain(`colors="${first}:${COLOR}"`);
  reportPage = `<h1>Report</h1>${iframeCode}<h2>Component</h2>${componentCode}`;

  const report = await browser.newPage();
  await report.goto(`${reportOrigin}/story.html`);
  const frame = report.frameLocator('iframe[data-tradelens-frame]').locator('figure');
  await expectTheEditedChart(frame);
  await expect(frame.locator('.legend button').nth(1)).toHaveAttribute('aria-pressed', 'false');
  const component = report.locator('trade-chart figure');
  await expectTheEditedChart(component);
  await expect(component.locator('.legend button').nth(1)).toHaveAttribute('aria-pressed', 'false');
  expect(
    (await component.evaluate((f) => getComputedStyle(f).getPropertyValue('--series-0'))).trim(),
  ).toBe(COLOR);
  await report.close();
});

test('the editor is clean for axe in light and dark, and Escape closes it', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    const block = page.locator('.chart-block').first();
    await block.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(block.getByRole('region', { name: 'Edit the chart' })).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'best-practice'])
      .analyze();
    expect(results.violations).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(block.getByRole('region', { name: 'Edit the chart' })).toHaveCount(0);
    await expect(block.getByRole('button', { name: 'Edit', exact: true })).toBeFocused();
  }
});

test('an edit of a built-in chart goes into the address and its embed code', async ({ page }) => {
  await page.goto('/');
  const block = page.locator('.chart-block').nth(1);
  await block.getByRole('button', { name: 'Edit', exact: true }).click();
  await block.getByLabel('Title', { exact: true }).fill('China and Russia trade more');
  await block.getByLabel('Decimals').selectOption('1');
  await expect(page).toHaveURL(/title=China%20and%20Russia%20trade%20more/);
  await expect(page).toHaveURL(/decimals=1/);
  await block.getByRole('button', { name: 'Embed' }).click();
  const code = await page.getByLabel('Web component code').inputValue();
  expect(code).toContain('title="China and Russia trade more"');
  expect(code).toContain('decimals="1"');
  // A German report: numbers as its readers write them, in the chart, the link and the code.
  await page.keyboard.press('Escape');
  await block.getByLabel('Number and date format').selectOption('de-DE');
  await expect(page).toHaveURL(/locale=de-DE/);
  await expect(block.locator('figure svg').first()).toContainText('88,1 Mrd. US$');
  await block.getByRole('button', { name: 'Embed' }).click();
  expect(await page.getByLabel('Web component code').inputValue()).toContain('locale="de-DE"');
  // Markup in a field is refused where it is typed, and the chart keeps the last good title.
  await page.keyboard.press('Escape');
  await block.getByLabel('Title', { exact: true }).fill('<img src=x onerror=alert(1)>');
  await expect(block.getByRole('alert')).toContainText('markup');
  await expect(block.locator('figure .title')).toHaveText('China and Russia trade more');
});

test('a highlight, names at line ends and estimates reach the address, the SVG and both embeds', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const { block, keyed, editor } = await editAnnualChart(page);
  const name = keyed[1];
  await editor.getByLabel('Highlight').selectOption(name);
  // A highlight names the lines at their ends by itself: the grey ones could not be told apart.
  const ends = editor.getByLabel('Name each line at its end, not in a key');
  await expect(ends).toBeChecked();
  await editor.getByLabel('Estimates from').selectOption('2022');
  await expect(page).not.toHaveURL(/labels=/);
  await expect(page).toHaveURL(/estimates=2022/);
  await expect(page).toHaveURL(new RegExp(`highlight=${encodeURIComponent(name)}`));

  const figure = block.locator('figure').first();
  // The lines are named on the chart, so the key keeps only the release's points and marks.
  await expect(figure.locator('.legend button', { hasText: name })).toHaveCount(0);
  await expect(figure.locator('svg .marks text', { hasText: name })).toHaveCount(1);
  await expect(figure.locator('figcaption')).toContainText('estimates from 2022 on');
  // Undo steps back through each choice.
  await editor.getByRole('button', { name: 'Undo' }).click();
  await expect(page).not.toHaveURL(/estimates=2022/);
  await editor.getByRole('button', { name: 'Redo' }).click();
  await expect(page).toHaveURL(/estimates=2022/);

  const toolbar = block.getByRole('toolbar');
  const [svgFile] = await Promise.all([
    page.waitForEvent('download'),
    toolbar.getByRole('button', { name: /SVG/ }).click(),
  ]);
  const svg = (await read(svgFile)).toString('utf8');
  expect(svg).toContain('#878c94');
  expect(svg).toContain(`>${name}<`);
  expect(svg).toContain('estimates from 2022 on');

  await toolbar.getByRole('button', { name: 'Embed' }).click();
  const component = await page.getByLabel('Web component code').inputValue();
  for (const attribute of ['estimates="2022"', `highlight="${name}"`])
    expect(component).toContain(attribute);
  expect(component).not.toContain('labels=');
  const iframe = await page.getByLabel('Iframe embed code').inputValue();
  const src = /src="([^"]+)"/.exec(iframe)![1].replaceAll('&amp;', '&');
  await page.goto(src);
  const embedded = page.locator('figure').first();
  await expect(embedded.locator('svg .marks text', { hasText: name })).toHaveCount(1);
  await expect(embedded.locator('.legend button', { hasText: name })).toHaveCount(0);
  await expect(embedded.locator('figcaption')).toContainText('estimates from 2022 on');
});

test('unticking the names at line ends of a highlighted chart keeps its key, in the address too', async ({
  page,
}) => {
  const { block, keyed, editor } = await editAnnualChart(page);
  await editor.getByLabel('Highlight').selectOption(keyed[1]);
  await editor.getByLabel('Name each line at its end, not in a key').uncheck();
  await expect(page).toHaveURL(/labels=key/);
  const figure = block.locator('figure').first();
  await expect(figure.locator('.legend button', { hasText: keyed[1] })).toHaveCount(1);
  await expect(figure.locator('svg .marks text', { hasText: keyed[1] })).toHaveCount(0);
});
