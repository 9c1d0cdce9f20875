// The demo dashboard in headless Chromium, under its strict CSP, as an agent answers a ticket:
// open it, read the conversation, send a reply and see it appear, leave a private note; and find
// a contact through paging. Checked on the page and against the mock's own records.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../../www/serve.mjs';
import { launchChromium, openPage } from '../../scripts/lib/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shots = process.env.UPDATE_SCREENSHOTS === '1' ? `${root}docs/screenshots` : `${root}test-results/screenshots`;
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

async function open(hash = '') {
  const { page, errors } = await openPage(browser);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`${demo.url}${hash}`);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, errors };
}

const texts = (page, selector) => page.$$eval(selector, (nodes) => nodes.map((n) => n.textContent));

test('open a ticket, read its conversation newest last, send a reply and see it appear, add a note', async () => {
  const { page, errors } = await open('#ticket/BKT-007');
  await page.waitForSelector('#ticket-detail h2:not(:empty)');
  const { chat } = demo.mock.tickets.info('BKT-007');
  const stored = demo.mock.org;
  await page.waitForSelector('#ticket-detail .bubbles .bubble');

  // The chat's latest messages, oldest first: the ticket's own message is among them.
  const shownIds = await page.$$eval('#ticket-detail .bubble', (nodes) => nodes.map((n) => n.dataset.messageId));
  const latest = (await stored.chatMessages(chat.chat_id, 0, 20)).messages.map((m) => m.message_id).reverse();
  assert.deepEqual(shownIds, latest);
  assert.ok(shownIds.includes(demo.mock.tickets.info('BKT-007').message.message_id), "the ticket's message is in the conversation");

  // The reply box is checked as it is typed: blank cannot be sent.
  const send = page.locator('#ticket-detail button:text-is("Send reply")');
  assert.equal(await send.isDisabled(), true);
  await page.fill('#reply-message', '   ');
  assert.equal(await send.isDisabled(), true);
  assert.match(await page.textContent('#reply-message-error'), /at least one of message, media, poll/);
  await page.fill('#reply-message', 'Your replacement ships tomorrow 📦');
  assert.equal(await send.isDisabled(), false);
  await send.click();
  await page.waitForSelector('#ticket-detail .bubble.mine:last-child .body:text-is("Your replacement ships tomorrow 📦")');
  assert.equal(await page.inputValue('#reply-message'), '');
  assert.match(await page.textContent('#status'), /Reply sent \(queue position \d+\)/);
  const send_ = demo.mock.requests.find((r) => r.path === '/message/send');
  assert.deepEqual(JSON.parse(send_.body), { chat_id: chat.chat_id, message: 'Your replacement ships tomorrow 📦' });
  assert.equal(send_.headers['x-phone'], '918527184400');
  assert.equal(stored.chat(chat.chat_id).latest_message.body, 'Your replacement ships tomorrow 📦');

  // A private note: added through createNote, then listed newest first.
  await page.fill('#note-message', 'Refund approved @priya@periskope.app');
  await page.click('#ticket-detail button:text-is("Add note")');
  await page.waitForSelector('#ticket-detail .note-list .note:first-child .body:text-is("Refund approved @priya@periskope.app")');
  const noteRequest = demo.mock.requests.find((r) => r.path === '/note/create');
  assert.deepEqual(JSON.parse(noteRequest.body), { chat_id: chat.chat_id, message: 'Refund approved @priya@periskope.app' });
  const notes = await stored.chatNotes(chat.chat_id, { offset: 0, limit: 20, start: null, end: null });
  assert.deepEqual(await page.$$eval('#ticket-detail .note', (nodes) => nodes.map((n) => n.dataset.noteId)), notes.notes.map((n) => n.message_id));

  // Editing the ticket keeps the conversation as it is.
  await page.selectOption('#edit-status', 'closed');
  await page.click('#ticket-detail button:text-is("Save changes")');
  await page.waitForSelector('#ticket-detail .badge:text-is("Closed")');
  assert.equal((await texts(page, '#ticket-detail .bubble.mine:last-child .body')).at(-1), 'Your replacement ships tomorrow 📦');
  await page.screenshot({ path: `${shots}/conversation.png` });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a failed send says why and keeps the text', async () => {
  const { page, errors } = await open('#ticket/BKT-003');
  await page.waitForSelector('#ticket-detail .bubbles .bubble');
  demo.mock.queueResponses([{ status: 503, body: { code: 'SERVICE_UNAVAILABLE', message: 'Phone is reconnecting' } }]);
  await page.fill('#reply-message', 'Are you there?');
  await page.click('#ticket-detail button:text-is("Send reply")');
  await page.waitForSelector('#ticket-detail .composer .error-panel');
  assert.match(await page.textContent('#ticket-detail .composer .error-panel'), /Send reply failed.*503 SERVICE_UNAVAILABLE/s);
  assert.equal(await page.inputValue('#reply-message'), 'Are you there?');
  assert.deepEqual(errors.filter((e) => !/status of 503/.test(e)), []);
  await page.close();
});

test('the contacts view finds a contact by name, number or label, reading page after page', async () => {
  const { page, errors } = await open('#contacts');
  await page.waitForSelector('#contact-status:has-text("contacts read")');
  assert.equal(await page.locator('#contact-table tbody tr').count(), 50);

  const all = [...(function* () {
    const { contacts } = demo.mock.org.listContacts(0, 100000);
    yield* contacts;
  })()];
  const target = all.at(-1);
  const requestsBefore = demo.mock.requests.length;
  await page.fill('#contact-search input[name="q"]', target.contact_name.toUpperCase());
  await page.waitForSelector(`#contact-table tbody th:has-text("${target.contact_name}")`);
  await page.waitForSelector('#contact-status:has-text("match")');
  const names = await texts(page, '#contact-table tbody th');
  assert.ok(names.every((n) => n.toLowerCase().includes(target.contact_name.toLowerCase())), names.join());
  const pages = demo.mock.requests.slice(requestsBefore).map((r) => r.path);
  assert.ok(pages.length >= 2 && pages.every((p) => p.startsWith('/contacts?') && p.endsWith('limit=500')), pages.join());

  const digits = target.contact_id.replace('@c.us', '');
  await page.fill('#contact-search input[name="q"]', `+${digits.slice(0, 2)} ${digits.slice(2)}`);
  await page.waitForSelector('#contact-status:has-text("1 contact matches")');
  assert.deepEqual(await texts(page, '#contact-table tbody td code'), [target.contact_id]);
  assert.deepEqual(errors, []);
  await page.close();
});
