import { expect, test, type Page } from '@playwright/test';

const WORLD_BANK = 'tests/fixtures/real/worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv';

/** Every visible control smaller than 24 × 24 px; links inside running text are exempt (WCAG 2.5.8). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = 'button, summary, select, input, textarea, a[href], [role="button"]';
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(controls)) {
      if (el.matches('a[href]') && el.closest('p, li, td, dd, figcaption')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      if (box.width < 23.5 || box.height < 23.5) {
        const name = el.getAttribute('aria-label') ?? el.textContent ?? '';
        small.push(`${el.tagName} ${box.width.toFixed(1)}×${box.height.toFixed(1)} ${name.trim()}`);
      }
    }
    return small;
  });
}

test.use({ viewport: { width: 390, height: 844 } });

test('at 390 px every control of the dashboard, with an upload, is at least 24 × 24 px', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('figure svg').first().waitFor();
  await page.getByLabel(/CSV/).first().setInputFiles(WORLD_BANK);
  await expect(page.locator('section[aria-label^="Imported"] figure svg').first()).toBeVisible();
  for (const details of await page.locator('details').all()) {
    if (await details.isVisible()) await details.locator('summary').click();
  }
  expect(await smallTargets(page)).toEqual([]);
});

test('at 390 px every control of embed.html is at least 24 × 24 px', async ({ page }) => {
  await page.goto('/embed.html#v=1&dataset=china-russia-annual&type=line');
  await page.locator('figure svg').first().waitFor();
  expect(await smallTargets(page)).toEqual([]);
});
