// Takes a screenshot of a page in headless Chromium: node scripts/screenshot.mjs URL OUT.png [width] [dark]
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const [url, out, width = '1280', scheme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({
  viewport: { width: Number(width), height: 900 },
  colorScheme: scheme === 'dark' ? 'dark' : 'light',
});
await page.goto(url);
await page.waitForSelector('figure svg');
await page.screenshot({ path: out, fullPage: true });
await browser.close();
