// Drives Debian's chromium through Botwright's delivery log page as an operator would: refused
// without the admin token (a wrong one too), signs in, lists, filters, opens the failed delivery
// (its stack trace and masked payload; the payload's <script> must stay text), runs it again and
// reloads until it is done. Takes the docs screenshot of the list.
// Usage: node deliveries.mjs PAGE_URL TOKEN FAILED_ID SCREENSHOT_PNG. Prints one JSON line for
// DeliveryPageBrowserIT.
import { withChromium } from './chromium.mjs';

const [pageUrl, token, failedId, screenshot] = process.argv.slice(2);
const text = async (page, selector) =>
  (await page.$(selector)) ? (await page.textContent(selector)).trim() : null;
const rows = async (page) => page.$$eval('#deliveries tbody tr td:nth-child(2)', (cells) =>
  cells.map((cell) => cell.textContent.trim()));
await withChromium({ width: 1100, height: 700 }, async (context) => {
  const page = context.pages()[0] ?? (await context.newPage());
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('response', (response) =>
    console.error(`${response.request().method()} ${response.url()} -> ${response.status()}`),
  );
  const cspViolations = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });

  const first = await page.goto(pageUrl);
  const unsignedStatus = first.status();
  const unsignedHasList = (await page.$('#deliveries')) !== null;

  await page.fill('#token', 'not-the-admin-token');
  const wrong = await Promise.all([page.waitForNavigation(), page.click('#sign-in')]);
  const wrongStatus = wrong[0].status();
  const wrongProblem = await text(page, '#problem');

  await page.fill('#token', token);
  await Promise.all([page.waitForNavigation(), page.click('#sign-in')]);
  const listUrl = page.url();
  const listed = await rows(page);
  const chartBars = await page.$$eval('#chart rect.bar', (bars) => bars.length);
  await page.screenshot({ path: screenshot, fullPage: true });

  await page.fill('#event', 'issues.opened');
  await page.selectOption('#state', 'dead');
  await Promise.all([page.waitForNavigation(), page.click('#apply')]);
  const filtered = await rows(page);
  const filteredUrl = page.url();

  await Promise.all([page.waitForNavigation(), page.click(`a:text("${failedId}")`)]);
  const failedState = await text(page, '#state');
  const stack = await text(page, 'pre.stack');
  const payload = await text(page, '#payload');
  const scriptsInPage = await page.$$eval('script', (scripts) => scripts.length);

  await Promise.all([page.waitForNavigation(), page.click('#replay')]);
  const notice = await text(page, '#notice');
  let finalState = await text(page, '#state');
  for (let i = 0; i < 40 && finalState !== 'done'; i++) {
    await page.waitForTimeout(250);
    await page.reload();
    finalState = await text(page, '#state');
  }
  const attempts = await page.$$eval('h3', (titles) => titles.map((t) => t.textContent.trim()));

  console.log(
    JSON.stringify({
      unsignedStatus,
      unsignedHasList,
      wrongStatus,
      wrongProblem,
      listUrl,
      listed,
      chartBars,
      filtered,
      filteredUrl,
      failedState,
      stack,
      payload,
      scriptsInPage,
      notice,
      finalState,
      attempts,
      dialogs,
      cspViolations,
    }),
  );
});
