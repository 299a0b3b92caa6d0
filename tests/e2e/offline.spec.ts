import { expect, test } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

test('once opened, the dashboard reloads offline from the cache of its own build', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.locator('figure svg').first().waitFor();
  // The worker registers once the import worker has warmed up and the page is idle, fills its
  // cache, then takes the page over.
  await expect
    .poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 })
    .toBe(true);
  // The cache holds the build and nothing else: every entry is a file the build wrote.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const key of await caches.keys())
      for (const request of await (await caches.open(key)).keys()) urls.push(request.url);
    return urls;
  });
  expect(cached.length).toBeGreaterThan(2);
  for (const url of cached)
    expect(url).toMatch(/\/(index\.html|embed\.html|assets\/[^/]+|robots\.txt)$/);

  await context.setOffline(true);
  await page.reload();
  const figure = page.locator('figure').first();
  await expect(figure.locator('svg')).toContainText('190');
  await expect(figure.locator('figcaption')).toContainText('CGTN');
  await context.setOffline(false);
});
