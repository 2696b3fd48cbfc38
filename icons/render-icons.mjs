// Regenerates icons/icon-{16,32,48,128}.png from icons/icon.svg (and icons/icon-small.svg for 16px)
// using headless Chromium via playwright-core. Run from the project root: node icons/render-icons.mjs
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '..', 'package.json'));
const { chromium } = require('playwright-core');

const targets = [
  { size: 16, src: 'icon-small.svg' },
  { size: 32, src: 'icon.svg' },
  { size: 48, src: 'icon.svg' },
  { size: 128, src: 'icon.svg' },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const { size, src } of targets) {
    const svg = (await readFile(join(here, src), 'utf8'))
      .replace(/<svg\b([^>]*?)\swidth="[^"]*"/, '<svg$1')
      .replace(/<svg\b([^>]*?)\sheight="[^"]*"/, '<svg$1')
      .replace(/<svg\b/, `<svg width="${size}" height="${size}"`);
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent;overflow:hidden}svg{display:block}</style></head><body>${svg}</body></html>`,
    );
    const out = join(here, `icon-${size}.png`);
    await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`wrote ${out} (${size}x${size}) from ${src}`);
  }
} finally {
  await browser.close();
}
