import { launchChromium, serve, chooseFile } from './bench/chromiumUpload.mjs';
const server = await serve(); const url = 'http://127.0.0.1:' + server.address().port + '/';
const browser = await launchChromium();
const files = process.argv.slice(2);
const width = Number(process.env.W ?? 1280);
const page = await browser.newPage({ viewport: { width, height: 1000 }, colorScheme: process.env.DARK ? 'dark' : 'light' });
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
await page.goto(url);
await page.waitForTimeout(800);
let i = 0;
for (const f of files) {
  await chooseFile(page, (await import('node:path')).resolve(f));
  await page.waitForTimeout(2500);
  const block = page.locator('.chart-block').nth(2);
  await block.scrollIntoViewIfNeeded();
  await block.screenshot({ path: `/tmp/up-${i}.png` });
  console.log(i, f, await block.locator('figure .title').first().textContent(), '|', (await block.locator('figure svg .axes text').allTextContents()).join(' '));
  i++;
}
await browser.close(); server.close();
