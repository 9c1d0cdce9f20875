/**
 * @jest-environment ./jsdom-with-fetch.cjs
 */
// Jest's jsdom environment has no TextEncoder or TextDecoder; its FormData is jsdom's.
const pkg = require('periskope-wasm');
const { smokeResult, EXPECTED } = require('./smoke.cjs');
const inputs = require('./inputs.cjs').default;

test('the smoke test, with no TextEncoder in the environment', async () => {
  expect(typeof TextEncoder).toBe('undefined');
  expect(await smokeResult(pkg, inputs)).toEqual(EXPECTED);
});

test("a form's FormData, and Node's bytes", () => {
  const form = new FormData();
  form.append('chat_id', '919537851844@c.us');
  form.append('subject', 'Printer');
  expect(pkg.validateCreateTicket(form)).toMatchObject({ success: true, data: { chat_id: '919537851844@c.us', subject: 'Printer' } });
  const bytes = Buffer.from(inputs.ticketText);
  expect(bytes instanceof Uint8Array).toBe(false);
  expect(pkg.parseTicketInfo(bytes)).toEqual(pkg.parseTicketInfo(inputs.ticketText));
});
