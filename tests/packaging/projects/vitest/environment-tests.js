// What runs in each of Vitest's DOM environments (jsdom.spec.js, happy-dom.spec.js): the smoke
// test, and the environment's own forms, bytes and parsed objects, which are not Node's there.
import { test, expect } from 'vitest';
import * as pkg from 'periskope-wasm';
import { smokeResult, EXPECTED } from './smoke.js';
import inputs from './inputs.js';

export function environmentTests() {
  test('the smoke test', async () => {
    expect(await smokeResult(pkg, inputs)).toEqual(EXPECTED);
  });

  test("the environment's FormData, URLSearchParams, encoded bytes and parsed objects", async () => {
    const form = new FormData();
    form.append('chat_id', '919537851844@c.us');
    form.append('subject', 'Printer');
    expect(pkg.validateCreateTicket(form)).toMatchObject({ success: true, data: { chat_id: '919537851844@c.us', subject: 'Printer' } });
    expect(pkg.validateCreateTicket(new URLSearchParams('chat_id=919537851844%40c.us&subject=Printer')).success).toBe(true);
    const expected = pkg.parseTicketInfo(inputs.ticketText);
    const bytes = new TextEncoder().encode(inputs.ticketText);
    expect(pkg.parseTicketInfo(bytes)).toEqual(expected);
    expect(pkg.verifyWebhookSignature(new TextEncoder().encode(inputs.eventText), inputs.signature, inputs.signingKey)).toBe(true);
    expect(pkg.parseTicketInfo(await new Response(inputs.ticketText).json())).toEqual(expected);
  });
}
