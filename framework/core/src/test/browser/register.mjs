// Drives Debian's chromium through Botwright's setup page: opens it, takes the docs screenshot,
// posts the import form once with a bad App ID (the browser's own Origin must pass the setup
// guard, so the page answers with the form's problem, not a 403), then clicks "Register GitHub
// App", follows GitHub's (fake) redirect back and reads the success page.
// Usage: node register.mjs SETUP_URL SCREENSHOT_PNG. Prints one JSON line for SetupBrowserIT.
import { withChromium } from './chromium.mjs';

const [setupUrl, screenshot] = process.argv.slice(2);
await withChromium({ width: 760, height: 420 }, async (context) => {
  const page = context.pages()[0] ?? (await context.newPage());
  const opened = await page.goto(setupUrl);
  if (opened.status() !== 200) {
    throw new Error(`${setupUrl} answered ${opened.status()}: ${await page.textContent('body')}`);
  }
  await page.screenshot({ path: screenshot });
  await page.goto(`${setupUrl}/import`);
  await page.fill('#app_id', 'not-a-number');
  await page.fill('#webhook_secret', 'browser-test-secret');
  await page.setInputFiles('#private_key', {
    name: 'key.pem',
    mimeType: 'application/x-pem-file',
    buffer: Buffer.from('not a key'),
  });
  const imported = await Promise.all([
    page.waitForNavigation(),
    page.click('form button[type=submit]'),
  ]).then(([response]) => response);
  const importProblem = (await page.$('#problem')) ? await page.textContent('#problem') : null;
  const importStatus = imported ? imported.status() : null;
  await page.goto(setupUrl);
  await Promise.all([
    page.waitForURL('**/setup/callback**', { timeout: 30000 }),
    page.click('#register'),
  ]);
  await page.waitForLoadState('load');
  const problem = await page.$('#problem');
  const result = {
    importStatus,
    importProblem,
    url: page.url(),
    title: await page.title(),
    problem: problem ? await problem.textContent() : null,
    registered: (await page.$('#registered')) ? await page.textContent('#registered') : null,
    install: (await page.$('#install')) ? await page.getAttribute('#install', 'href') : null,
  };
  console.log(JSON.stringify(result));
});
