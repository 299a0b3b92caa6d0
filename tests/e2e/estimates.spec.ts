import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const NAME = 'david880110_WEO_Data.csv';
const FILE = `tests/fixtures/real/imf/${NAME}`;

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.locator('figure svg').first().waitFor();
});

test('an IMF WEO upload draws the years after "Estimates Start After" dashed, and the tooltip says estimate', async ({
  page,
}) => {
  await page.getByLabel(/CSV/).first().setInputFiles(FILE);
  const section = page.locator('section[aria-label^="Imported"]').filter({ hasText: NAME });
  const figure = section.locator('figure');
  const svg = figure.getByRole('img');
  await expect(svg).toBeVisible({ timeout: 15_000 });

  // Every GDP row charted ends `…,2018` (lines 177, 382, 927): estimates after 2018.
  await expect(figure).toContainText(
    'Dashed lines and open dots: estimates after 2018, as the file says.',
  );
  await expect(figure.locator('.legend')).toContainText('Estimate');
  expect(await svg.locator('.marks path[stroke-dasharray="5 4"]').count()).toBeGreaterThan(0);

  // Hover the last point of the first line: 2024, an estimate, drawn as an open dot.
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  const at = await svg.evaluate((el) => {
    const vb = (el as SVGSVGElement).viewBox.baseVal;
    const dots = [...el.querySelectorAll('.marks circle')];
    const last = dots.reduce((a, b) =>
      Number(b.getAttribute('cx')) > Number(a.getAttribute('cx')) ? b : a,
    );
    return {
      x: Number(last.getAttribute('cx')) / vb.width,
      y: Number(last.getAttribute('cy')) / vb.height,
    };
  });
  await page.mouse.move(box.x + box.width * at.x, box.y + box.height * at.y);
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('2024');
  await expect(tip).toContainText('estimate');

  // The chart's table names each estimate too.
  await section.getByRole('button', { name: /Table/ }).first().click();
  await expect(section.locator('table')).toContainText('(estimate)');

  expect(
    (await new AxeBuilder({ page }).include('section[aria-label^="Imported"]').analyze())
      .violations,
  ).toEqual([]);
});
