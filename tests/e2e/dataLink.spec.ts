import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/*
 * Opening data from a link: #src= or ?src= names a file, fetched by the browser (the test
 * answers for the remote host). The data shows as coming from that host, is not kept until the
 * reader keeps it, and a hostile link can neither run anything nor change what is there.
 */

const CSV = readFileSync('tests/fixtures/real/datahub/datasets-gdp_top-economies.csv');
const REMOTE = 'https://data.example.org/files/gdp.csv';

async function serve(
  page: Page,
  url: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
) {
  await page.route(url, (route) =>
    route.fulfill({
      status: 200,
      body,
      headers: { 'content-type': 'text/csv', 'access-control-allow-origin': '*', ...headers },
    }),
  );
}

/** Tables kept in this browser's storage. */
const storedTables = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((done) => {
        const open = indexedDB.open('tradelens');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('tables')) return done(0);
          const count = db.transaction('tables').objectStore('tables').count();
          count.onsuccess = () => done(count.result);
        };
        open.onerror = () => done(-1);
      }),
  );

const linked = (page: Page) =>
  page.locator('section[aria-label^="Imported"]').filter({ hasText: 'gdp.csv' });

test('#src= opens a file from its host, cited as from there, and kept only when asked', async ({
  page,
}) => {
  await serve(page, REMOTE, CSV);
  await page.goto(`/#src=${encodeURIComponent(REMOTE)}`);
  const section = linked(page);
  await expect(section.locator('figure svg[role="img"]')).toBeVisible();
  await expect(section.locator('figcaption')).toContainText('data.example.org');
  await expect(section).toContainText('Opened from a link to data.example.org');
  await expect.poll(() => storedTables(page)).toBe(0);
  await section.getByRole('button', { name: 'Keep in this browser' }).click();
  await expect(section).toContainText('Kept in this browser only');
  await expect.poll(() => storedTables(page)).toBe(1);
  await page.goto('/');
  await expect(linked(page).locator('figure svg[role="img"]')).toBeVisible();
  await expect(linked(page).locator('figcaption')).toContainText('data.example.org');
});

test('?src= works too, and the built-in figures stay as they are', async ({ page }) => {
  await serve(page, REMOTE, CSV);
  await page.goto(`/?src=${encodeURIComponent(REMOTE)}`);
  await expect(linked(page).locator('figure svg[role="img"]')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Headline figures' })).toContainText('> $190 bn');
  await expect(page.locator('#release-chart-heading')).toHaveText(
    'China–Russia trade more than doubled in a decade',
  );
});

test('a hostile #src= can neither run anything nor be saved', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => (dialogs++, void d.dismiss()));
  const hostile = 'https://evil.example/x.csv';
  await serve(
    page,
    hostile,
    'country,year,value\n"<img src=x onerror=alert(1)>",2020,1\n"<script>alert(2)</script>",2021,2\n',
  );
  await page.goto(`/#src=${encodeURIComponent(hostile)}`);
  const section = page.locator('section[aria-label^="Imported"]').filter({ hasText: 'x.csv' });
  await expect(section.locator('figure')).toBeVisible();
  await expect(section.locator('figure')).toContainText('<img src=x onerror=alert(1)>');
  expect(await section.locator('figure img, figure script').count()).toBe(0);
  expect(await storedTables(page)).toBe(0);

  for (const [link, message] of [
    ['javascript:alert(1)', 'http:// or https://'],
    ['data:text/csv,a,b', 'http:// or https://'],
    ['https://user:pw@evil.example/x.csv', 'password'],
    ['http://evil.example/x.csv', 'https only'],
  ]) {
    await page.goto(`/#src=${encodeURIComponent(link)}`);
    await expect(page.getByRole('alert')).toContainText(message);
  }
  expect(dialogs).toBe(0);
  expect(await storedTables(page)).toBe(0);
});

test('a refusal, a missing file and a web page each get a clear message', async ({ page }) => {
  // A server that does not allow the page: the browser's fetch fails, as on a CORS refusal.
  await page.route('https://nocors.example/a.csv', (route) => route.abort('accessdenied'));
  await page.route('https://gone.example/a.csv', (route) =>
    route.fulfill({ status: 404, body: '' }),
  );
  await serve(page, 'https://site.example/page', '<html></html>', { 'content-type': 'text/html' });
  for (const [link, message] of [
    ['https://nocors.example/a.csv', 'CORS'],
    ['https://gone.example/a.csv', '404'],
    ['https://site.example/page', 'text/html'],
  ]) {
    await page.goto(`/#src=${encodeURIComponent(link)}`);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.locator('#release-chart-heading')).toBeVisible();
  }
});

test('an upload of China–Russia figures checks the release: consistent, and inconsistent when changed', async ({
  page,
}) => {
  const rows = (imports2022: number) =>
    [
      'reporterDesc,partnerDesc,flowDesc,refYear,primaryValue',
      'China,Russian Federation,Export,2012,44057525000',
      'China,Russian Federation,Import,2012,44103300000',
      'China,Russian Federation,Export,2022,76122000000',
      `China,Russian Federation,Import,2022,${imports2022}`,
    ].join('\n');
  await page.goto('/');
  await page
    .getByLabel(/CSV/)
    .first()
    .setInputFiles({
      name: 'china-russia.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rows(114149000000)),
    });
  const check = page.getByRole('region', { name: 'The release checked against china-russia.csv' });
  await expect(check).toContainText('Consistent: “exceeding $190 billion in 2022”');
  await expect(check).toContainText('exports $76.1 bn + imports $114.1 bn = $190.3 bn');
  await expect(check).toContainText('Consistent: “up 116 percent from a decade ago”');
  await page
    .getByLabel(/CSV/)
    .first()
    .setInputFiles({
      name: 'changed.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rows(94149000000)),
    });
  const changed = page.getByRole('region', { name: 'The release checked against changed.csv' });
  await expect(changed).toContainText('Inconsistent: “exceeding $190 billion in 2022”');
  await expect(changed).toContainText('Inconsistent: “up 116 percent from a decade ago”');
});
