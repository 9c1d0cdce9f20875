// Every issue code with its details, through the package (tests/issue_details.rs has the same
// cases in Rust): what a UI needs to say the problem in its own words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEvent, parseTicket, validateCreateTicket, validateListTicketsQuery, validateUpdateTicket, PeriskopeError } from 'periskope-wasm';

const base = { chat_id: '919537851844@c.us', subject: 'Refund' };
const only = (result) => {
  assert.equal(result.success, false);
  assert.equal(result.issues.length, 1, JSON.stringify(result.issues));
  const { path, message, ...rest } = result.issues[0];
  assert.equal(typeof message, 'string');
  return { path, ...rest };
};
const thrown = (fn) => {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof PeriskopeError);
    const { path, message, ...rest } = error.issues[0];
    return { path, ...rest };
  }
  assert.fail('expected an error');
};

const CASES = {
  invalid_type: [only(validateCreateTicket({ ...base, chat_id: 919537851844 })), { path: ['chat_id'], code: 'invalid_type', expected: 'string', received: 'number' }],
  missing_field: [only(validateCreateTicket({ chat_id: base.chat_id })), { path: ['subject'], code: 'missing_field', expected: 'string' }],
  out_of_range: [only(validateListTicketsQuery({ limit: 5000 })), { path: ['limit'], code: 'out_of_range', minimum: 1, maximum: 2000, unit: 'value' }],
  invalid_format: [only(validateCreateTicket({ ...base, assignee: 'bharat' })), { path: ['assignee'], code: 'invalid_format', format: 'email' }],
  invalid_value: [only(validateCreateTicket({ ...base, status: 'done' })), { path: ['status'], code: 'invalid_value', allowed: ['open', 'inprogress', 'closed', 'archived'] }],
  duplicate_key: [thrown(() => parseTicket('{"ticket_id":"a","ticket_id":"b"}')), { path: ['ticket_id'], code: 'duplicate_key', key: 'ticket_id' }],
  conflicting_alias: [
    thrown(() => parseEvent({ event: 'ticket.created', event_type: 'ticket.updated', org_id: 'o', data: { ticket: { ticket_id: 'T' } } })),
    { path: ['event_type'], code: 'conflicting_alias', names: ['event', 'event_type'] },
  ],
  unknown_field: [only(validateCreateTicket({ ...base, asignee: 'a@b.co' })), { path: ['asignee'], code: 'unknown_field', key: 'asignee', suggestion: 'assignee' }],
  empty: [only(validateUpdateTicket({})), { path: [], code: 'empty', fields: ['subject', 'assignee', 'due_date', 'priority', 'status', 'labels'] }],
};

for (const [code, [found, expected]] of Object.entries(CASES)) {
  test(`${code}: its details`, () => assert.deepEqual(found, expected));
}

test('an unknown field with nothing close has no suggestion, and bounds only where there are some', () => {
  assert.deepEqual(only(validateCreateTicket({ ...base, group_name: 'x' })), { path: ['group_name'], code: 'unknown_field', key: 'group_name' });
  assert.deepEqual(only(validateListTicketsQuery({ offset: -1 })), { path: ['offset'], code: 'out_of_range', minimum: 0, unit: 'value' });
});
