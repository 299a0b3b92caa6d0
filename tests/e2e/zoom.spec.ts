import { expect, test, type Page } from '@playwright/test';
import { holdPageCode } from './holdPageCode';

const annual = (page: Page) =>
  page.locator('figure', { hasText: 'China–Russia two-way trade, 2012–2023' });

/** The period ticks on the annual chart's x axis. */
const years = (page: Page) =>
  annual(page)
    .locator('svg[role="img"] .axes text')
    .evaluateAll((texts) => texts.map((t) => t.textContent ?? '').filter((t) => /^\d{4}$/.test(t)));

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await annual(page).locator('svg').first().waitFor();
});

test('zooming in twice keeps at least three whole periods, and the address holds periods', async ({
  page,
}) => {
  const zoomIn = annual(page).getByRole('button', { name: 'Zoom in' });
  await zoomIn.click();
  await zoomIn.click();
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/range=\d{4},\d{4}(&|$)/);
  const range = /range=(\d{4}),(\d{4})/.exec(await page.evaluate(() => location.hash))!;
  expect(Number(range[2]) - Number(range[1])).toBeGreaterThanOrEqual(2);
  expect((await years(page)).length).toBeGreaterThanOrEqual(3);
});

test('a drag across the plot zooms to whole periods and selects no text', async ({ page }) => {
  const svg = annual(page).getByRole('img');
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  const y = box.y + box.height * 0.5;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, y, { steps: 8 });
  await page.mouse.move(box.x + box.width * 0.72, y, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/range=\d{4},\d{4}(&|$)/);
  expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toBe('');
  await annual(page).getByRole('button', { name: 'Reset zoom' }).click();
  expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toBe('');
  await expect(annual(page).getByRole('button', { name: 'Reset zoom' })).toBeDisabled();
});

test('beside the zoom buttons, a hint says how else to zoom', async ({ page }) => {
  await expect(annual(page).locator('.zoom')).toContainText('Ctrl + wheel');
});

test('a drag made while the page is still loading its code zooms once it is live', async ({
  page,
}) => {
  // The page's code arrives late, as on a slow network: the drag comes first.
  const release = await holdPageCode(page);
  await page.goto('/');
  const svg = annual(page).getByRole('img');
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  const y = box.y + box.height * 0.5;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.72, y, { steps: 8 });
  await page.mouse.up();
  expect(await years(page)).toContain('2012');
  release();
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/range=\d{4},\d{4}(&|$)/);
  expect(await years(page)).not.toContain('2012');
});
