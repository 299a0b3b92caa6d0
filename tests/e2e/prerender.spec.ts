import { expect, test, type Page } from '@playwright/test';
import { holdPageCode } from './holdPageCode';

/**
 * Opens the first chart's editor. A click before the script has run lands on the prerendered
 * button; it is tried again until the page is live and the editor opens.
 */
async function openEditorOnceLive(page: Page) {
  const block = page.locator('.chart-block').first();
  await expect(async () => {
    await block.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(block.getByRole('region', { name: 'Edit the chart' })).toBeVisible({
      timeout: 1000,
    });
  }).toPass();
}

test('with scripts off, the page still gives every release figure, both charts, their sources and tables', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  const cards = page.getByRole('region', { name: 'Headline figures' });
  for (const figure of ['> $190 bn', '+116 %', '> $87.7 bn', '≈ 8.0 % a year'])
    await expect(cards).toContainText(figure);
  const figures = page.locator('figure');
  await expect(figures).toHaveCount(2);
  await expect(figures.first().locator('svg')).toContainText('190');
  for (const name of ['CGTN', 'PR Newswire', '2023'])
    await expect(figures.first().locator('figcaption')).toContainText(name);
  await expect(figures.nth(1).locator('figcaption')).toContainText(
    'General Administration of Customs',
  );
  // The tables, the charts' text alternative, are there without a click.
  await expect(figures.first().locator('table')).toContainText('190');
  await expect(figures.nth(1).locator('table')).toContainText('2023');
  await context.close();
});

test('the page brings the prerendered dashboard to life in place, without drawing it again', async ({
  page,
}) => {
  let release = () => {};
  const gate = new Promise<void>((done) => (release = done));
  await page.route(/assets\/index-[^/]*\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await page.locator('figure svg').first().waitFor();
  // Mark the prerendered nodes before the script runs; hydration keeps them.
  await page.evaluate(() => {
    document.querySelector('h1')!.dataset.mark = 'prerendered';
    (document.querySelector('figure svg') as SVGElement).dataset.mark = 'prerendered';
  });
  release();
  await openEditorOnceLive(page);
  expect(
    await page.evaluate(() => [
      document.querySelector('h1')!.dataset.mark,
      (document.querySelector('figure svg') as SVGElement).dataset.mark,
    ]),
  ).toEqual(['prerendered', 'prerendered']);
});

for (const width of [390, 800, 1280])
  test(`at ${width} px, nothing moves when the prerendered charts are drawn again at their width`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, baseURL });
    const page = await context.newPage();
    const release = await holdPageCode(page);
    await page.goto('/');
    // Where each chart block and its plot sit, and the plot's drawing width (its viewBox).
    const layout = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.chart-block')].map((block) => {
          const svg = block.querySelector('.measure svg[role="img"]')!;
          const box = svg.getBoundingClientRect();
          return {
            block: Math.round(block.getBoundingClientRect().top),
            plot: [Math.round(box.top), Math.round(box.width), Math.round(box.height)],
            drawnAt: svg.getAttribute('viewBox')!.split(' ')[2],
          };
        }),
      );
    const before = await layout();
    expect(before).toHaveLength(2);
    release();
    // Live, each chart is drawn again at its own width (not the guessed 640).
    await expect
      .poll(async () => (await layout()).map((c) => c.drawnAt))
      .toEqual(before.map((c) => String(c.plot[1])));
    const after = await layout();
    expect(after.map(({ block, plot }) => ({ block, plot }))).toEqual(
      before.map(({ block, plot }) => ({ block, plot })),
    );
    await context.close();
  });

test('the stylesheets inlined in the page are not fetched or applied again as it comes to life', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') fetched.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  const inlined = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][disabled]')].map(
      (link) => new URL(link.href).pathname,
    ),
  );
  expect(inlined.length).toBeGreaterThan(0);
  await openEditorOnceLive(page);
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((path) => inlined.includes(path))).toEqual([]);
  // Every sheet applied is there once: an added copy would restyle the whole page for nothing.
  const sheets = await page.evaluate(() =>
    [...document.styleSheets].map((sheet) =>
      [...sheet.cssRules].map((rule) => rule.cssText).join('\n'),
    ),
  );
  expect(sheets.length).toBe(new Set(sheets).size);
});
