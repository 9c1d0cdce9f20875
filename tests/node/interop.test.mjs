// The Standard Schema objects in the libraries that take any Standard Schema: a TanStack Form
// form (@tanstack/form-core) and a Hono route (@hono/standard-validator), as users wire them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FieldApi, FormApi } from '@tanstack/form-core';
import { Hono } from 'hono';
import { sValidator } from '@hono/standard-validator';
import { createTicketSchema, listTicketsQuerySchema, ticketInfoSchema, webhookEventSchema } from 'periskope-wasm';

test('a TanStack Form form validated by createTicketSchema shows the field errors, then submits', async () => {
  const submitted = [];
  const form = new FormApi({
    defaultValues: { chat_id: '', subject: '', priority: '3', asignee: 'bharat@periskope.app' },
    validators: { onSubmit: createTicketSchema },
    onSubmit: ({ value }) => submitted.push(createTicketSchema['~standard'].validate(value)),
  });
  form.mount();
  const fields = Object.fromEntries(['chat_id', 'subject', 'priority', 'asignee'].map((name) => {
    const field = new FieldApi({ form, name });
    field.mount();
    return [name, field];
  }));
  await form.handleSubmit();
  assert.deepEqual(submitted, [], 'an invalid form is not submitted');
  const errors = (name) => fields[name].state.meta.errors.map((e) => ({ code: e.code, ...('format' in e ? { format: e.format } : {}), ...('suggestion' in e ? { suggestion: e.suggestion } : {}), ...('minimum' in e ? { minimum: e.minimum } : {}) }));
  assert.deepEqual(errors('chat_id'), [{ code: 'invalid_format', format: 'chat_id' }]);
  assert.deepEqual(errors('subject'), [{ code: 'out_of_range', minimum: 1 }]);
  assert.deepEqual(errors('priority'), []);
  assert.deepEqual(errors('asignee'), [{ code: 'unknown_field', suggestion: 'assignee' }]);

  fields.chat_id.setValue('+91 95378 51844');
  fields.subject.setValue(' Printer ');
  fields.asignee.setValue(undefined);
  await form.handleSubmit();
  assert.deepEqual(submitted, [{ value: { chat_id: '919537851844@c.us', subject: 'Printer', priority: '3', status: 'open' } }]);
});

test('a Hono route with sValidator(createTicketSchema) refuses a bad body with the issues and takes a good one', async () => {
  const app = new Hono();
  app.post('/tickets', sValidator('json', createTicketSchema), (c) => c.json({ sent: c.req.valid('json') }));
  app.get('/tickets', sValidator('query', listTicketsQuerySchema), (c) => c.json({ query: c.req.valid('query') }));
  const post = (body) => app.request('/tickets', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

  const bad = await post({ chat_id: '12', subject: '', priority: 9 });
  assert.equal(bad.status, 400);
  const { error } = await bad.json();
  assert.deepEqual(error.map((i) => [i.path.join('.'), i.code]), [['chat_id', 'invalid_format'], ['subject', 'out_of_range'], ['priority', 'out_of_range']]);
  assert.deepEqual(error[2], { path: ['priority'], code: 'out_of_range', message: 'must be 1 (low), 2 (medium), 3 (high) or 4 (urgent), got 9', minimum: 1, maximum: 4, unit: 'value' });

  const good = await post({ chat_id: '+91 95378 51844', subject: ' Printer ', labels: ['Test', 'test', 'Demo'] });
  assert.equal(good.status, 200);
  assert.deepEqual(await good.json(), { sent: { chat_id: '919537851844@c.us', subject: 'Printer', priority: '1', status: 'open', labels: 'Test, Demo' } });

  const query = await app.request('/tickets?offset=20&limit=50');
  assert.deepEqual(await query.json(), { query: { offset: 20, limit: 50 } });
  assert.equal((await app.request('/tickets?limit=0')).status, 400);
});

test('parser schemas: a value is the normalised model, a syntax error is one issue at the root', () => {
  const ok = ticketInfoSchema['~standard'].validate('{"ticket":{"ticket_id":"T-1","priority":"2"}}');
  assert.deepEqual(ok, { value: { ticket: { ticket_id: 'T-1', priority: 2 } } });
  const syntax = ticketInfoSchema['~standard'].validate('{"ticket":');
  assert.deepEqual(syntax.issues.map((i) => [i.path, i.code]), [[[], 'syntax']]);
  const invalid = webhookEventSchema['~standard'].validate({ event: 'ticket.updated', data: {} });
  assert.deepEqual(invalid.issues.map((i) => [i.path.join('.'), i.code]), [['data.ticket', 'missing_field'], ['org_id', 'missing_field']]);
  assert.equal(createTicketSchema['~standard'].vendor, 'periskope-wasm');
  assert.equal(createTicketSchema['~standard'].version, 1);
});
