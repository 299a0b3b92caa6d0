import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';

const read = async (d: Download) => readFileSync((await d.path())!);

function toolbar(page: Page, index = 0) {
  return page.getByRole('toolbar').nth(index);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.locator('figure svg').first().waitFor();
});

test('every chart has a toolbar with SVG, PNG, CSV, Embed, Cite and Table', async ({ page }) => {
  const bars = page.getByRole('toolbar');
  await expect(bars).toHaveCount(2);
  for (const name of ['SVG', 'PNG', 'CSV', 'Embed', 'Cite', 'Table'])
    await expect(bars.first().getByRole('button', { name: new RegExp(name) })).toBeVisible();
});

test('SVG downloads a standalone file with the citation as text and as CSL-JSON', async ({
  page,
}) => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    toolbar(page).getByRole('button', { name: /SVG/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  const svg = (await read(download)).toString('utf8');
  expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('CGTN via PR Newswire');
  expect(svg).toContain('<metadata');
  expect(svg).not.toContain('var(--');
  expect(svg).not.toMatch(/<script/i);
  // It opens on its own in the browser.
  const page2 = await page.context().newPage();
  await page2.setContent(svg);
  await expect(page2.locator('svg').first()).toBeVisible();
});

test('PNG downloads an image at least 1200 px wide', async ({ page }) => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    toolbar(page).getByRole('button', { name: /PNG/ }).click(),
  ]);
  const png = await read(download);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1200);
});

test('CSV downloads the charted figures with the citation in # lines', async ({ page }) => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    toolbar(page, 1).getByRole('button', { name: /CSV/ }).click(),
  ]);
  const csv = (await read(download)).toString('utf8');
  const lines = csv.split(/\r?\n/);
  expect(lines[0].startsWith('# ')).toBe(true);
  expect(csv).toContain('International Monetary Fund');
  expect(csv).toMatch(/2019,"GACC, as reported",110\.75,/);
  expect(csv).toContain('https://tass.com/economy/1178145');
});

test('Embed shows iframe code pointing at embed.html with the chart in the hash, and the web component', async ({
  page,
}) => {
  await toolbar(page).getByRole('button', { name: 'Embed' }).click();
  const code = page.getByLabel('Iframe embed code');
  await expect(code).toBeVisible();
  const text = await code.inputValue();
  expect(text).toMatch(
    /<iframe[^>]+src="http:\/\/127\.0\.0\.1:\d+\/embed\.html#v=1&[^"]*dataset=release/,
  );
  expect(text).toContain('<table');
  expect(await page.getByLabel('Web component code').inputValue()).toContain(
    '<trade-chart dataset="release"',
  );
});

test('Cite gives APA, Chicago, BibTeX, RIS and CSL-JSON', async ({ page }) => {
  await toolbar(page).getByRole('button', { name: 'Cite' }).click();
  for (const label of ['APA', 'Chicago', 'BibTeX', 'RIS', 'CSL-JSON'])
    await expect(page.getByLabel(label, { exact: true })).toHaveValue(/CGTN/);
});

test('Table shows the chart’s data as an HTML table', async ({ page }) => {
  await toolbar(page).getByRole('button', { name: 'Table' }).click();
  const table = page.locator('figure').first().locator('table');
  await expect(table).toBeVisible();
  await expect(table).toContainText('> $190 bn');
});

test('a dense chart drawn on a canvas still downloads as a complete SVG', async ({ page }) => {
  const start = Date.UTC(2000, 0, 1);
  const rows = Array.from({ length: 6000 }, (_, i) => {
    const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    return `${day},${(100 + 10 * Math.sin(i / 50)).toFixed(2)}`;
  });
  await page
    .getByLabel(/CSV/)
    .first()
    .setInputFiles({
      name: 'daily.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['date,value', ...rows].join('\n')),
    });
  const section = page.locator('section[aria-label^="Imported"]');
  await expect(section.locator('figure canvas')).toHaveCount(1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: /SVG/ }).click(),
  ]);
  const svg = (await read(download)).toString('utf8');
  expect(svg).toContain('User-supplied file daily.csv');
  expect(svg).toContain('<metadata');
  // The line itself is in the file, not only the axes.
  const longest = Math.max(...[...svg.matchAll(/ d="([^"]*)"/g)].map((m) => m[1].length));
  expect(longest).toBeGreaterThan(2000);
});

test('export sizes: Social gives a 1200 × 630 SVG and a 2400 × 1260 PNG at 2×, laid out for it', async ({
  page,
}) => {
  const bar = toolbar(page);
  await page.getByText('Size and PNG settings').first().click();
  await page.getByLabel('Size of SVG and PNG').first().selectOption('social');
  const [svgFile] = await Promise.all([
    page.waitForEvent('download'),
    bar.getByRole('button', { name: /SVG/ }).click(),
  ]);
  const svg = (await read(svgFile)).toString('utf8');
  expect(svg).toMatch(/<svg [^>]*width="1200" height="630"/);
  expect(svg).toContain('CGTN via PR Newswire');
  const [pngFile] = await Promise.all([
    page.waitForEvent('download'),
    bar.getByRole('button', { name: /PNG/ }).click(),
  ]);
  const png = await read(pngFile);
  // PNG's IHDR: width and height, big-endian, at bytes 16–23.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2400, 1260]);
});
