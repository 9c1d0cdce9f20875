// The www/ demo dashboard in headless Chromium, served in-process with the mock API and the strict
// CSP: what a support team does with it, checked on the page and against the mock's own records.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../../www/serve.mjs';
import { launchChromium, openPage } from '../../scripts/lib/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Screenshots go to test-results/ on every run; UPDATE_SCREENSHOTS=1 refreshes the README's copies.
const shots = process.env.UPDATE_SCREENSHOTS === '1' ? `${root}docs/screenshots` : `${root}test-results/screenshots`;
mkdirSync(shots, { recursive: true });
let demo, browser;

before(async () => {
  demo = await startDemoServer({ port: 0, csp: true });
  browser = await launchChromium();
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  await demo?.close();
});

async function open() {
  const { page, errors } = await openPage(browser);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(demo.url);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, errors };
}

const cellTexts = (page, column) => page.$$eval(`#ticket-table tbody tr td:nth-child(${column})`, (cells) => cells.map((c) => c.textContent));

test('the list pages through 2,000 tickets, filters, sorts by due date and says how long parsing took', async () => {
  const { page, errors } = await open();
  assert.equal(await page.textContent('#page-info'), 'Tickets 1–50 of 2,000');
  assert.match(await page.textContent('#list-timing'), /parsed and validated 50 tickets in \d+\.\d ms/);
  assert.equal(await page.locator('#ticket-table tbody tr').count(), 50);

  await page.click('[data-page="next"]');
  await page.waitForSelector('#ticket-table tbody a:text-is("BKT-051")');
  assert.equal(await page.textContent('#page-info'), 'Tickets 51–100 of 2,000');

  await page.selectOption('select[name="status"]', 'closed');
  const statuses = await cellTexts(page, 3);
  assert.ok(statuses.length > 0 && statuses.length < 50);
  assert.deepEqual(new Set(statuses), new Set(['Closed']));
  await page.selectOption('select[name="status"]', '');

  await page.selectOption('select[name="priority"]', '4');
  assert.deepEqual(new Set(await cellTexts(page, 4)), new Set(['Urgent']));
  await page.selectOption('select[name="priority"]', '');

  await page.selectOption('select[name="sort"]', 'due-asc');
  const due = (await cellTexts(page, 6)).filter(Boolean).map((d) => Date.parse(`${d} UTC`));
  assert.ok(due.length > 5);
  assert.deepEqual(due, [...due].sort((a, b) => a - b));
  assert.deepEqual(errors, []);
  await page.close();
});

test('create a ticket (field errors live), find it in the list, open it and change its status', async () => {
  const { page, errors } = await open();
  // By keyboard: the link opens the view and focus lands on it, the next Tab is its first field.
  await page.focus('nav a:text-is("New ticket")');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'new-heading');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'create-chat_id');
  const submit = page.locator('#create-form button[type="submit"]');
  assert.equal(await submit.isDisabled(), true);

  await page.keyboard.type('not a chat');
  await page.waitForSelector('#create-chat_id-error:not(:empty)');
  assert.match(await page.textContent('#create-chat_id-error'), /chat/i);
  assert.equal(await page.getAttribute('#create-chat_id', 'aria-invalid'), 'true');
  assert.match(await page.getAttribute('#create-chat_id', 'aria-describedby'), /create-chat_id-error/);
  // The subject was never touched: it is invalid (empty) but says nothing yet.
  assert.equal(await page.locator('#create-subject-error').textContent().catch(() => ''), '');
  assert.equal(await submit.isDisabled(), true);

  await page.fill('#create-chat_id', '+91 95378 51844');
  await page.fill('#create-subject', 'Refund for order 5512');
  await page.selectOption('#create-priority', '3');
  await page.fill('#create-assignee', 'priya@periskope.app');
  await page.fill('#create-labels', 'refund, vip');
  assert.equal(await page.textContent('#create-chat_id-error'), '');
  assert.equal(await page.getAttribute('#create-chat_id', 'aria-invalid'), null);
  assert.equal(await submit.isDisabled(), false);
  await submit.click();

  await page.waitForSelector('#ticket-detail h2:text-is("Refund for order 5512")');
  assert.equal(await page.textContent('#ticket-detail .ticket-id'), 'BKT-2001');
  const created = demo.mock.tickets.get('BKT-2001');
  assert.equal(created.chat_id, '919537851844@c.us');
  assert.equal(created.priority, 3);
  assert.deepEqual(created.labels, ['refund', 'vip']);

  await page.click('nav a:text-is("Tickets")');
  await page.waitForSelector('#ticket-detail', { state: 'hidden' });
  await page.waitForFunction(() => document.querySelector('#page-info').textContent.endsWith('of 2,001'));
  await page.click('[data-page="last"]');
  const row = page.locator('#ticket-table tbody tr', { has: page.locator('a:text-is("BKT-2001")') });
  await row.waitFor();
  assert.match(await row.textContent(), /Refund for order 5512.*Open.*High.*priya@periskope\.app/);

  await row.locator('a').click();
  await page.waitForSelector('#ticket-detail h2:text-is("Refund for order 5512")');
  assert.match(await page.textContent('#ticket-detail .chat'), /919537851844@c\.us/);
  await page.selectOption('#edit-status', 'inprogress');
  await page.click('#ticket-detail button:text-is("Save changes")');
  await page.waitForSelector('#ticket-detail .badge:text-is("In progress")');
  assert.equal(demo.mock.tickets.get('BKT-2001').status, 'inprogress');
  assert.match(await page.textContent('#status'), /Saved BKT-2001: status changed/);
  assert.match(await row.textContent(), /In progress/);
  assert.equal((await demo.mock.requests.at(-1)).body, JSON.stringify({ status: 'inprogress' }));

  // Paging keeps the open ticket: the screenshot shows a full page beside it.
  await page.click('[data-page="first"]');
  await page.waitForSelector('#ticket-table tbody a:text-is("BKT-001")');
  assert.equal(await page.textContent('#ticket-detail .ticket-id'), 'BKT-2001');
  await page.screenshot({ path: `${shots}/dashboard.png` });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the docs' broken example shows line 39, column 5 selected in the editor", async () => {
  const { page, errors } = await open();
  await page.click('nav a:text-is("Webhook inspector")');
  const text = readFileSync(`${root}tests/fixtures/ticket-info.docs-example.invalid.json`, 'utf8');
  const offset = text.split('\n').slice(0, 38).join('\n').length + 1 + 4;
  assert.equal(text.slice(offset, offset + 19), '"custom_properties"');

  await page.click('#samples button[data-family="invalid"]');
  await page.waitForSelector('#parse-status:has-text("line 39, column 5")');
  assert.equal(await page.textContent('#gutter .error-line'), '39\n');
  const selection = await page.$eval('#payload', (t) => [t.selectionStart, t.selectionEnd, document.activeElement === t]);
  assert.deepEqual(selection, [offset, offset + '"custom_properties"'.length, true]);
  assert.equal(await page.textContent('#syntax-heading'), 'line 39, column 5');
  assert.match(await page.textContent('#event-card .excerpt'), /^39 \|     "custom_properties": \{\n   \|     \^$/);
  await page.screenshot({ path: `${shots}/inspector.png` });

  // Typed or pasted by hand, the same text gives the same place.
  await page.fill('#payload', '');
  await page.fill('#payload', text);
  await page.waitForSelector('#parse-status:has-text("line 39, column 5")');
  await page.click('#parse-status button');
  assert.equal(await page.$eval('#payload', (t) => t.selectionStart), offset);
  assert.deepEqual(errors, []);
  await page.close();
});

test('every sample event gets the card of its kind, and signatures verify', async () => {
  const { page, errors } = await open();
  await page.click('nav a:text-is("Webhook inspector")');
  const families = await page.$$eval('#samples button', (buttons) => buttons.map((b) => b.dataset.family));
  assert.deepEqual(families, ['ticket', 'message', 'chat', 'reaction', 'notification', 'phone', 'note', 'invalid']);

  for (const family of families.filter((f) => f !== 'invalid')) {
    const button = page.locator(`#samples button[data-family="${family}"]`);
    const name = await button.textContent();
    await button.click();
    await page.waitForSelector(`#event-card .family-${family} #event-name:text-is("${name}")`);
    assert.equal(await page.textContent('#parse-status'), `Parsed ${name}.`);
    // The card shows what the event is about, not an empty frame.
    assert.ok(await page.locator('#event-card article > dl.facts dd').count() >= 2, family);
  }
  // ticket.updated carries previous_attributes: its card lists what changed.
  await page.click('#samples button[data-family="ticket"]');
  await page.waitForSelector('#event-card .family-ticket');
  const changed = await page.$$eval('#event-card table.changes tbody th', (cells) => cells.map((c) => c.textContent));
  assert.deepEqual(changed, ['status', 'priority', 'assignee']);

  await page.fill('#signing-key', 'whsec-demo');
  await page.click('#sign');
  await page.waitForSelector('#signature-result.ok');
  assert.match(await page.inputValue('#signature'), /^[0-9a-f]{64}$/);
  await page.fill('#payload', (await page.inputValue('#payload')).replace('"', ' "'));
  await page.click('#signature-form button[type="submit"]');
  await page.waitForSelector('#signature-result.bad');
  assert.deepEqual(errors, []);
  await page.close();
});

test('an API error says what failed, the status, the trace id and when the rate limit resets; the key stays in memory', async () => {
  const { page, errors } = await open();
  await page.click('nav a:text-is("Settings")');
  await page.check('input[value="real"]');
  await page.fill('#settings-baseUrl', `${demo.url}v1`);
  await page.fill('#settings-apiKey', 'sk-not-the-mock-key');
  await page.click('#settings-form button[type="submit"]');
  await page.waitForSelector('#alert .error-panel');
  const alert = await page.textContent('#alert');
  assert.match(alert, /Loading tickets failed/);
  assert.match(alert, /401 UNAUTHORIZED_ERROR/);
  assert.match(alert, /Invalid API key/);
  assert.match(alert, /Trace id\s*trace-1-\d+/);
  assert.match(alert, /Limit resets/);
  assert.equal(await page.textContent('#connection'), `Connected to ${demo.url}v1`);

  assert.equal(await page.inputValue('#settings-apiKey'), '');
  const stored = await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie, location.href]);
  assert.deepEqual(stored.slice(0, 3), [0, 0, '']);
  assert.ok(!stored[3].includes('sk-not'));
  assert.equal(demo.mock.requests.at(-1).headers.authorization, 'Bearer sk-not-the-mock-key');

  // The browser itself logs every 4xx response; that is the one console error expected here.
  assert.deepEqual(errors.filter((e) => !/status of 401/.test(e)), []);
  await page.close();
});
