import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';

/* Every real fixture, uploaded on a 360 px phone, leaves the page as wide as the window. */

const REAL = 'tests/fixtures/real';
const FILES = readdirSync(REAL).flatMap((dir) =>
  readdirSync(`${REAL}/${dir}`)
    .filter((f) => /\.(csv|tsv)$/.test(f))
    .map((f) => `${dir}/${f}`),
);

test.use({ viewport: { width: 360, height: 800 } });

for (const file of FILES) {
  test(`at 360 px, an upload of ${file} scrolls nothing sideways`, async ({ page }) => {
    await page.goto('/');
    await page.getByLabel(/CSV/).first().setInputFiles(`${REAL}/${file}`);
    const section = page.locator('section[aria-label^="Imported"]');
    await expect(section.locator('figure').first()).toBeVisible();
    await section.locator('details.about summary').click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(360);
  });
}
