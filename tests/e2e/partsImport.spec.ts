import { expect, test, type Page } from '@playwright/test';

/**
 * Drops a 25 MB trade CSV (past the size read in parts), with quoted cells, a quoted line
 * break, blank lines and a note below the table, on a page that says it has `cores` cores.
 * The imported figure's text: title, axes, notes, caption.
 */
async function importBig(page: Page, cores: number): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setHardwareConcurrencyOverride', { hardwareConcurrency: cores });
  await page.goto('/');
  await page.locator('figure svg').first().waitFor();
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
  const workers: string[] = [];
  inParts.on('worker', (w) => workers.push(w.url()));
  const many = await importBig(inParts, 8);
  const one = await browser.newPage();
  const oneWorkers: string[] = [];
  one.on('worker', (w) => oneWorkers.push(w.url()));
  const whole = await importBig(one, 1);
  // Eight cores: the import worker reads the start, three part workers the rest.
  const parts = (list: string[]) => list.filter((url) => /csvPartWorker/.test(url));
  expect(parts(workers)).toHaveLength(3);
  expect(parts(oneWorkers)).toHaveLength(0);
  // Sums of the rows each point stands for: every row was read, in both.
  expect(many).toMatch(/sum of the rows it stands for \(up to 34\d\d\)/);
  expect(many).toBe(whole);
  await inParts.close();
  await one.close();
});
