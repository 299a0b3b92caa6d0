import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const WB = 'tests/fixtures/real/worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv';
// Six-digit HS codes: chapter 84 holds two subheadings, so its tile drills in.
const HS_CSV = [
  'Classification,Year,cmdCode,cmdDesc,primaryValue',
  'H6,2022,847130,Portable computers,9000000000',
  'H6,2022,847141,Other computers,7000000000',
  'H6,2022,850440,Static converters,3000000000',
  'H6,2022,870323,Cars 1500-3000cc,2500000000',
  'H6,2022,300490,Medicaments,1500000000',
  'H6,2022,100199,Wheat,800000000',
].join('\n');

async function upload(page: Page, file: string | { name: string; buffer: Buffer }) {
  const files = typeof file === 'string' ? file : { ...file, mimeType: 'text/csv' };
  await page.getByLabel(/CSV/).first().setInputFiles(files);
  const name = typeof file === 'string' ? file.split('/').pop()! : file.name;
  const section = page.locator('section[aria-label^="Imported"]').filter({ hasText: name });
  await expect(section.locator('figure svg').first()).toBeVisible();
  return section;
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.locator('figure svg').first().waitFor();
});

test('the period slider steps a map through the years by keyboard and says each one', async ({
  page,
}) => {
  const section = await upload(page, WB);
  await section.getByRole('combobox', { name: 'Chart', exact: true }).selectOption('map');
  const figure = section.locator('figure');
  const slider = figure.getByRole('slider', { name: 'Period' });
  await expect(slider).toHaveAttribute('aria-valuetext', /2022$/);
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveAttribute('aria-valuetext', /2021$/);
  await expect(figure.getByRole('status').filter({ hasText: '2021' })).toBeVisible();
  await expect(figure.locator('svg desc').first()).toContainText(', 2021.');
  await page.keyboard.press('Home');
  await expect(figure.locator('svg desc').first()).toContainText(', 1960.');
  await figure.getByRole('combobox', { name: 'Classes' }).selectOption('natural');
  await expect(figure.locator('figcaption')).toContainText('natural breaks (Jenks)');
  const axe = await new AxeBuilder({ page }).include('section[aria-label^="Imported"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('a treemap drills into a chapter by Enter, and its breadcrumb leads back', async ({
  page,
}) => {
  const section = await upload(page, { name: 'hs6.csv', buffer: Buffer.from(HS_CSV) });
  await section.getByRole('combobox', { name: 'Chart', exact: true }).selectOption('treemap');
  const figure = section.locator('figure');
  const title = figure.locator('svg title').first();
  await expect(title).not.toContainText(' in ');
  const plot = figure.getByRole('application');
  await plot.focus();
  await page.keyboard.press('ArrowRight');
  await expect(figure.getByRole('tooltip')).toContainText('84');
  await page.keyboard.press('Enter');
  await expect(title).toContainText('by HS heading in HS 84');
  const crumbs = figure.getByRole('navigation', { name: 'Treemap level' });
  await expect(crumbs.getByRole('button', { name: 'All' })).toBeVisible();
  await expect(plot).toBeFocused();
  const axe = await new AxeBuilder({ page }).include('section[aria-label^="Imported"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Shift+Tab');
  await expect(crumbs.getByRole('button').last()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(title)
    .toContainText('by HS heading in HS 84')
    .catch(() => undefined);
  await crumbs.getByRole('button', { name: 'All' }).focus();
  await page.keyboard.press('Enter');
  await expect(title).not.toContainText(' in ');
  await expect(plot).toBeFocused();
});
