import { expect, test, type Page } from '@playwright/test';

/** Workers each page started, as they start. */
const started = new WeakMap<Page, string[]>();
const seen = (page: Page) => started.get(page) ?? [];
const parts = (list: string[]) => list.filter((url) => /csvPartWorker/.test(url));

/**
 * Drops a 25 MB trade CSV (past the size read in parts), with quoted cells, a quoted line
 * break, blank lines and a note below the table, on a page that says it has `cores` cores.
 * The imported figure's text: title, axes, notes, caption.
 */
async function importBig(page: Page, cores: number, reach = false): Promise<string> {
  started.set(page, []);
  page.on('worker', (w) => seen(page).push(w.url()));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setHardwareConcurrencyOverride', { hardwareConcurrency: cores });
  await page.goto('/');
  await page.locator('figure svg').first().waitFor();
  // A page that only reads starts no part worker, even once its import worker is ready.
  await page.mouse.move(5, 5);
  await page.waitForFunction(
    () => performance.getEntriesByName('tradelens:importer-ready').length > 0,
  );
  expect(parts(seen(page))).toHaveLength(0);
  // A reader reaching for the file picker: the part workers a large file needs start now.
  if (reach) {
    await page.getByText('Choose a data file').hover();
    await expect.poll(() => parts(seen(page)).length).toBeGreaterThan(0);
  }
  await page.evaluate(() => {
    const partners = ['China', 'Germany', 'India', '"Korea, Rep."', 'Brazil', 'Viet Nam'];
    const lines = ['Reporter,Partner,Year,Trade Value (US$),Note'];
    for (let r = 0; r < 500_000; r++) {
      const note = r === 250_001 ? '"two\nlines"' : r % 9 === 0 ? 'checked' : '';
      const value =
        r % 101 === 0 ? '..' : `"${(((r * 7919) % 100_000) * 1_234.5).toLocaleString('en')}"`;
      lines.push(`Russia,${partners[r % 6]},${2000 + (Math.floor(r / 6) % 24)},${value},${note}`);
      if (r % 100_000 === 99_999) lines.push('');
    }
    lines.push('', 'Source: a note below the table.');
    const file = new File([lines.join('\r\n') + '\r\n'], 'big-trade.csv');
    const data = new DataTransfer();
    data.items.add(file);
    document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, dataTransfer: data }));
  });
  const figure = page
    .locator('section[aria-label^="Imported"]')
    .filter({ hasText: 'big-trade.csv' })
    .locator('figure')
    .first();
  await expect(figure).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.locator('.partial')).toHaveCount(0);
  // The plot is drawn a frame after the rest of the figure: wait for its axis.
  await expect(figure.locator('svg')).toContainText('US$ bn');
  return (await figure.textContent()) ?? '';
}

test('a large CSV read in parts on many cores gives the chart read whole on one', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const inParts = await browser.newPage();
  const many = await importBig(inParts, 8);
  const one = await browser.newPage();
  const whole = await importBig(one, 1);
  // Eight cores: the import worker reads the start, three part workers the rest.
  expect(parts(seen(inParts))).toHaveLength(3);
  expect(parts(seen(one))).toHaveLength(0);
  // Sums of the rows each point stands for: every row was read, in both.
  expect(many).toMatch(/sum of the rows it stands for \(up to 34\d\d\)/);
  expect(many).toBe(whole);
  await inParts.close();
  await one.close();
});

test('on two cores a large CSV is read in two parts, whether or not the reader reached for the picker first', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const reached = await browser.newPage();
  const two = await importBig(reached, 2, true);
  // The import worker reads the start, one part worker (started ahead) the rest.
  expect(parts(seen(reached))).toHaveLength(1);
  // Not reached for (a file chosen at once): its part worker starts with the file.
  const cold = await browser.newPage();
  const whole = await importBig(cold, 2);
  expect(parts(seen(cold))).toHaveLength(1);
  expect(two).toMatch(/sum of the rows it stands for \(up to 34\d\d\)/);
  expect(two).toBe(whole);
  await reached.close();
  await cold.close();
});
