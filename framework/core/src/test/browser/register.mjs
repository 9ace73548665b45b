// Drives Debian's chromium through Botwright's setup page: opens it, takes the docs screenshot,
// clicks "Register GitHub App", follows GitHub's (fake) redirect back and reads the success page.
// Usage: node register.mjs SETUP_URL SCREENSHOT_PNG. Prints one JSON line for SetupBrowserIT.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [setupUrl, screenshot] = process.argv.slice(2);
const executablePath = process.env.BOTWRIGHT_CHROMIUM || '/usr/bin/chromium';
const userDataDir = mkdtempSync(join(tmpdir(), 'botwright-chromium-'));

const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ],
  viewport: { width: 760, height: 420 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  const opened = await page.goto(setupUrl);
  if (opened.status() !== 200) {
    throw new Error(`${setupUrl} answered ${opened.status()}: ${await page.textContent('body')}`);
  }
  await page.screenshot({ path: screenshot });
  await Promise.all([
    page.waitForURL('**/setup/callback**', { timeout: 30000 }),
    page.click('#register'),
  ]);
  await page.waitForLoadState('load');
  const problem = await page.$('#problem');
  const result = {
    url: page.url(),
    title: await page.title(),
    problem: problem ? await problem.textContent() : null,
    registered: (await page.$('#registered')) ? await page.textContent('#registered') : null,
    install: (await page.$('#install')) ? await page.getAttribute('#install', 'href') : null,
  };
  console.log(JSON.stringify(result));
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
