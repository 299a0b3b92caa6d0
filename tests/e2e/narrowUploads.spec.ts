import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';

/*
 * Every real fixture, uploaded on a 360 px phone, leaves the page as wide as the window, and
 * its chart is drawn at its own proportions (a ranked bar chart taller than asked included).
 */

const REAL = 'tests/fixtures/real';
const FILES = readdirSync(REAL).flatMap((dir) =>
  readdirSync(`${REAL}/${dir}`)
    .filter((f) => /\.(csv|tsv)$/.test(f))
    .map((f) => `${dir}/${f}`),
);

test.use({ viewport: { width: 360, height: 800 } });

for (const file of FILES) {
  test(`at 360 px, an upload of ${file} scrolls nothing sideways, its chart unsquashed`, async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByLabel(/CSV/).first().setInputFiles(`${REAL}/${file}`);
    const section = page.locator('section[aria-label^="Imported"]');
    await expect(section.locator('figure').first()).toBeVisible();
    // The plot's box is its drawing's width and height, scaled alike: no band left empty.
    const plot = section.locator('.measure svg[role="img"]').first();
    await expect
      .poll(() =>
        plot.evaluate((svg) => {
          const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
          const box = svg.getBoundingClientRect();
          return Math.round(box.height - (h * box.width) / w);
        }),
      )
      .toBe(0);
    await section.locator('details.about summary').click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(360);
  });
}
