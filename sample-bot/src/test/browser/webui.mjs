// Drives Debian's chromium through the sample bot's web pages against a fake GitHub.
// Usage: node webui.mjs BOT_URL. Prints one JSON line for WebUiBrowserIT.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [botUrl] = process.argv.slice(2);
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
});
const text = async (page, selector) =>
  (await page.$(selector)) ? (await page.textContent(selector)).trim() : null;
try {
  const page = context.pages()[0] ?? (await context.newPage());
  const result = {};

  await page.goto(botUrl + '/');
  result.signInShown = (await page.$('#sign-in')) !== null;
  await Promise.all([page.waitForSelector('#login', { timeout: 30000 }), page.click('#sign-in')]);
  result.login = await text(page, '#login');
  result.installations = await page.$$eval('li.installation > strong', (e) =>
    e.map((x) => x.textContent),
  );
  result.repositories = await page.$$eval('a.repository', (e) => e.map((x) => x.textContent));

  await Promise.all([page.waitForSelector('#source'), page.click('a.repository')]);
  result.fileUrl = page.url();
  result.source = await page.textContent('#source');

  await page.goto(botUrl + '/');
  const install = await page.getAttribute('#install', 'href');
  await page.goto(new URL(install, botUrl).toString());
  result.installUrl = page.url();
  const state = new URL(page.url()).searchParams.get('state');

  const forged = await page.goto(
    `${botUrl}/github/setup?installation_id=999&setup_action=install&state=${encodeURIComponent(state)}`,
  );
  result.forgedStatus = forged.status();
  result.forgedMessage = await text(page, '#message');

  await page.goto(botUrl + '/');
  await page.goto(new URL(install, botUrl).toString());
  const second = new URL(page.url()).searchParams.get('state');
  const linked = await page.goto(
    `${botUrl}/github/setup?installation_id=42&setup_action=install&state=${encodeURIComponent(second)}`,
  );
  result.linkedStatus = linked.status();
  result.linkedUrl = page.url();

  await Promise.all([page.waitForSelector('#sign-in'), page.click('#sign-out')]);
  result.signedOut = (await page.$('#sign-in')) !== null;
  result.cookiesAfterSignOut = (await context.cookies()).map((c) => c.name);
  console.log(JSON.stringify(result));
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
