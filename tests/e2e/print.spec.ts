import { expect, test } from '@playwright/test';

const WORLD_BANK = 'tests/fixtures/real/worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv';

test('printed, the page keeps figures, charts, legends and sources, and no control; no chart splits', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('figure svg').first().waitFor();
  await page.getByLabel(/CSV/).first().setInputFiles(WORLD_BANK);
  await page.locator('section[aria-label^="Imported"] figure svg').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'select, input, textarea, summary, button:not([aria-pressed]):not(.source-marker)',
      ),
    ]
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => `${e.tagName} ${e.getAttribute('aria-label') ?? e.textContent?.trim() ?? ''}`),
  );
  expect(shown).toEqual([]);
  // What a reader needs on paper is still there: the figures, both charts, their sources.
  await expect(page.locator('section.cards')).toBeVisible();
  await expect(page.locator('figure svg').nth(2)).toBeVisible();
  await expect(page.locator('.source-marker').first()).toBeVisible();
  const layout = await page.evaluate(() => ({
    breaks: [...document.querySelectorAll('figure')].map((f) => getComputedStyle(f).breakInside),
    columns: getComputedStyle(document.querySelector('section.cards')!).gridTemplateColumns.split(
      ' ',
    ).length,
  }));
  expect(new Set(layout.breaks)).toEqual(new Set(['avoid']));
  expect(layout.columns).toBe(2);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
