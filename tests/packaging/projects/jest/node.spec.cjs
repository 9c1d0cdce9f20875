// Jest's Node environment runs the test in a realm of its own: Node's own fetch and Response make
// objects and errors of another realm than the package's code sees.
const pkg = require('periskope-wasm');
const { smokeResult, EXPECTED } = require('./smoke.cjs');
const inputs = require('./inputs.cjs').default;

test('the smoke test', async () => {
  expect(await smokeResult(pkg, inputs)).toEqual(EXPECTED);
});

test("what Node's own APIs give: another realm's objects and errors, and Buffers", async () => {
  const object = await new Response(inputs.ticketText).json();
  expect(Object.getPrototypeOf(object) === Object.prototype).toBe(false);
  expect(pkg.parseTicketInfo(object)).toEqual(pkg.parseTicketInfo(inputs.ticketText));
  const bytes = Buffer.from(inputs.eventText);
  expect(pkg.verifyWebhookSignature(bytes, inputs.signature, inputs.signingKey)).toBe(true);
  expect(pkg.parseEvent(bytes).event).toBe('ticket.created');
  const closed = await new Promise((resolve) => {
    const server = require('node:net').createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(`http://127.0.0.1:${port}`));
    });
  });
  const fetchError = await fetch(closed).catch((error) => error);
  expect(fetchError instanceof Error).toBe(false);
  const client = new pkg.PeriskopeClient({ apiKey: inputs.apiKey, baseUrl: closed, maxRetries: 0 });
  await expect(client.getTicket('BKT-001')).rejects.toMatchObject({ kind: 'network', message: expect.stringMatching(/fetch failed \(.*ECONNREFUSED/) });
});
