/** Renders public/icon/icon.svg to the PNG sizes the manifest names, with the test Chromium. */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from '../tests/e2e/browser';

const svg = readFileSync('public/icon/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('icons written to public/icon/{16,32,48,128}.png');
