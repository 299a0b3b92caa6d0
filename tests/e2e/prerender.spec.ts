import { expect, test } from '@playwright/test';

test('with scripts off, the page still gives every release figure, both charts, their sources and tables', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  const cards = page.getByRole('region', { name: 'Headline figures' });
  for (const figure of ['> $190 bn', '+116 %', '≈ $88.0 bn', '≈ 8.0 % a year'])
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
  const block = page.locator('.chart-block').first();
  // A click before the script has run lands on the prerendered button; once hydrated, it works.
  await expect(async () => {
    await block.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(block.getByRole('region', { name: 'Edit the chart' })).toBeVisible({
      timeout: 1000,
    });
  }).toPass();
  expect(
    await page.evaluate(() => [
      document.querySelector('h1')!.dataset.mark,
      (document.querySelector('figure svg') as SVGElement).dataset.mark,
    ]),
  ).toEqual(['prerendered', 'prerendered']);
});
