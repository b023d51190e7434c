// Opens each HTML page in headless Chromium at desktop and phone widths, with the network cut off:
// saves a full-page screenshot, measures horizontal overflow, collects console errors, and runs
// axe-core (WCAG 2.2 A and AA rules). Prints one JSON document on stdout.
// Usage: node check.mjs OUT_DIR PAGE.html...
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [outDir, ...pages] = process.argv.slice(2);
const widths = [{ name: 'desktop', width: 1280, height: 900 }, { name: 'phone', width: 375, height: 740 }];
const userDataDir = mkdtempSync(join(tmpdir(), 'cpdkit-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CPDKIT_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const results = [];
try {
  for (const file of pages) {
    for (const w of widths) {
      const page = await context.newPage();
      await page.setViewportSize({ width: w.width, height: w.height });
      const consoleErrors = [];
      const requests = [];
      page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
      page.on('pageerror', (e) => consoleErrors.push(String(e)));
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('file:')) { return route.continue(); }
        requests.push(url);
        return route.abort();
      });
      await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: 'load' });
      const overflow = await page.evaluate(() => {
        const d = document.documentElement;
        return Math.max(d.scrollWidth, document.body.scrollWidth) - d.clientWidth;
      });
      const shot = join(outDir, basename(file, '.html') + '-' + w.name + '.png');
      await page.screenshot({ path: shot, fullPage: true });
      await page.addScriptTag({ content: axeSource });
      const axe = await page.evaluate(async () => {
        const r = await window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
          target: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
      });
      results.push({ page: basename(file), width: w.name, overflow, consoleErrors, requests, screenshot: shot, violations: axe });
      await page.close();
    }
  }
  // The printed page: A4, to check it lays out without error.
  for (const file of pages) {
    const page = await context.newPage();
    await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    results.push({ page: basename(file), width: 'a4-print', pdfBytes: pdf.length, overflow: 0, consoleErrors: [], requests: [], violations: [] });
    await page.close();
  }
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify({ results }, null, 1) + '\n');
