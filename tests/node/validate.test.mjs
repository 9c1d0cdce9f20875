// Request validation through the built package, imported by its name as a user imports it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { validateCreateTicket, validateListTicketsQuery, validatePhone, validateUpdateTicket } from 'periskope-wasm';

const base = { chat_id: '919537851844@c.us', subject: 'S' };
const paths = (issues) => issues.map((i) => [i.path.join('.'), i.code]);

function ok(result) {
  assert.equal(result.success, true, JSON.stringify(result.issues));
  assert.deepEqual(Object.keys(result).sort(), ['data', 'success']);
  return result.data;
}

function fail(result) {
  assert.equal(result.success, false, JSON.stringify(result.data));
  assert.deepEqual(Object.keys(result).sort(), ['issues', 'success']);
  assert.ok(result.issues.length > 0);
  for (const issue of result.issues) {
    assert.ok(Array.isArray(issue.path));
    assert.equal(typeof issue.code, 'string');
    assert.equal(typeof issue.message, 'string');
  }
  return result.issues;
}

test('the documented field examples validate and come back normalised', () => {
  const data = ok(validateCreateTicket({
    chat_id: '919537851844@c.us', subject: 'New subject 1', labels: 'Test, Demo', assignee: 'bharat@periskope.app',
    quoted_message_id: '3EB0ABB7C973860FC19EBE05FD934141CCEC2D8B', due_date: '2025-04-20', priority: '2', status: 'closed',
  }));
  assert.deepEqual(data, {
    chat_id: '919537851844@c.us', subject: 'New subject 1', priority: '2', status: 'closed',
    due_date: '2025-04-20T00:00:00.000Z', assignee: 'bharat@periskope.app', labels: 'Test, Demo',
    quoted_message_id: '3EB0ABB7C973860FC19EBE05FD934141CCEC2D8B',
  });
});

test('the OpenAPI Node sample validates, with the defaults filled in', () => {
  const data = ok(validateCreateTicket({
    chat_id: '120363392071406466@g.us',
    quoted_message_id: 'false_120363176874912345@g.us_3A23F157E7D477DD1234_919971866123@c.us',
    subject: 'A simple subject',
  }));
  assert.deepEqual(data, {
    chat_id: '120363392071406466@g.us', subject: 'A simple subject', priority: '1', status: 'open',
    quoted_message_id: 'false_120363176874912345@g.us_3A23F157E7D477DD1234_919971866123@c.us',
  });
});

test('the pasted "Create Group" example names the missing and the unknown fields', () => {
  const issues = fail(validateCreateTicket({
    group_name: 'Test New 1040',
    options: { addMembersAdminsOnly: '', description: '', image: '', infoAdminsOnly: '', messagesAdminsOnly: '' },
    participants: ['919537851844'],
  }));
  assert.deepEqual(issues.map((i) => [i.path, i.code]), [
    [['chat_id'], 'missing_field'],
    [['subject'], 'missing_field'],
    [['group_name'], 'unknown_field'],
    [['options'], 'unknown_field'],
    [['participants'], 'unknown_field'],
  ]);
});

test('five problems at once give five issues with their paths', () => {
  const issues = fail(validateCreateTicket({ chat_id: 'hello', subject: '  ', priority: 7, status: 'done', asignee: 'a@b.io' }));
  assert.deepEqual(issues.map((i) => [i.path, i.code]), [
    [['chat_id'], 'invalid_format'],
    [['subject'], 'out_of_range'],
    [['priority'], 'out_of_range'],
    [['status'], 'invalid_value'],
    [['asignee'], 'unknown_field'],
  ]);
  assert.equal(issues[4].message, 'unknown field "asignee": did you mean assignee?');
  assert.match(issues[2].message, /got 7$/);
});

test('anything that is not an object is one issue at the root, never a throw', () => {
  const cyclic = {};
  cyclic.self = cyclic;
  for (const input of ['919537851844@c.us', ['a'], null, undefined, 42, true, 10n, cyclic, () => 1]) {
    for (const validate of [validateCreateTicket, validateUpdateTicket, validateListTicketsQuery]) {
      const issues = fail(validate(input));
      assert.equal(issues.length, 1, String(input));
      assert.deepEqual(issues[0].path, []);
    }
  }
});

// [field, input value, expected normalised value (undefined: left out)] on top of a valid body.
const createValid = [
  ['chat_id', '120363392071406466@g.us', '120363392071406466@g.us'],
  ['chat_id', '+91 95378 51844', '919537851844@c.us'],
  ['chat_id', '+1 (415) 555-0100', '14155550100@c.us'],
  ['chat_id', '1234567', '1234567@c.us'],
  ['chat_id', '123456789012345', '123456789012345@c.us'],
  ['subject', '  trimmed  ', 'trimmed'],
  ['subject', 'x'.repeat(500), 'x'.repeat(500)],
  ['priority', 1, '1'],
  ['priority', 4, '4'],
  ['priority', '3', '3'],
  ['status', 'inprogress', 'inprogress'],
  ['status', 'Archived', 'archived'],
  ['due_date', '2025-04-09 18:29:59+00', '2025-04-09T18:29:59.000Z'],
  ['due_date', '2025-04-10T00:29:59+05:30', '2025-04-09T18:59:59.000Z'],
  ['due_date', new Date(Date.UTC(2025, 3, 20, 10)), '2025-04-20T10:00:00.000Z'],
  ['assignee', ' bharat@periskope.app ', 'bharat@periskope.app'],
  ['labels', ['Test', ' Demo ', '', 'test'], 'Test, Demo'],
  ['labels', 'Test,,demo, DEMO ,Other', 'Test, demo, Other'],
  ['labels', '', undefined],
  ['labels', [], undefined],
  ['quoted_message_id', 'true_919537851844@c.us_3EB0ABB7C973860FC19EBE05FD934141CCEC2D8B', 'true_919537851844@c.us_3EB0ABB7C973860FC19EBE05FD934141CCEC2D8B'],
  ['due_date', undefined, undefined],
];

test('create: valid and boundary values of every field', () => {
  for (const [field, input, expected] of createValid) {
    const data = ok(validateCreateTicket({ ...base, [field]: input }));
    assert.equal(data[field], expected, `${field}=${String(input)}`);
  }
});

test('create: a due date is sent as toISOString writes it, also where the offset crosses year 0000 or 9999', () => {
  for (const text of ['2025-04-20', '2025-04-09 18:29:59.5+05:30', '0000-01-01T00:00:00+01:00', '9999-12-31T23:59:59-01:00', '0001-01-01T00:00:00Z', '1969-12-31T23:59:59.999Z']) {
    const data = ok(validateCreateTicket({ ...base, due_date: text }));
    assert.equal(data.due_date, new Date(text.replace(' ', 'T')).toISOString(), text);
  }
});

// [field, input value, code, message fragment].
const createInvalid = [
  ['chat_id', '123456', 'invalid_format', 'has 6 digits'],
  ['chat_id', '1234567890123456', 'invalid_format', 'has 16 digits'],
  ['chat_id', '919X836X025X090@Xc.us', 'invalid_format', 'expected a chat id'],
  ['chat_id', 919537851844, 'invalid_type', 'got a number (919537851844)'],
  ['subject', 'x'.repeat(501), 'out_of_range', 'is 501 characters long; at most 500'],
  ['subject', '', 'out_of_range', 'must not be empty'],
  ['priority', 0, 'out_of_range', 'got 0'],
  ['priority', 5, 'out_of_range', 'got 5'],
  ['priority', '5', 'out_of_range', 'got "5"'],
  ['priority', 1.5, 'invalid_value', 'whole number'],
  ['priority', 'high', 'invalid_value', 'got "high"'],
  ['priority', null, 'invalid_type', 'got null'],
  ['status', 'in progress', 'invalid_value', 'did you mean inprogress?'],
  ['status', 'done', 'invalid_value', 'expected one of open, inprogress, closed, archived'],
  ['due_date', '2025-04-09T18:29:59', 'invalid_format', 'add Z for UTC or an offset such as +05:30'],
  ['due_date', '2025-02-30', 'invalid_format', 'not a real date'],
  ['due_date', 'next week', 'invalid_format', 'expected a date such as 2025-04-20'],
  ['due_date', new Date('nonsense'), 'invalid_type', 'an invalid Date becomes null'],
  ['due_date', 1745107200000, 'invalid_type', 'expected a date string'],
  ['assignee', 'bharat', 'invalid_format', 'expected the email'],
  ['labels', 42, 'invalid_type', 'comma-separated string or an array of strings'],
  ['quoted_message_id', 'not an id', 'invalid_format', 'expected a message id'],
];

test('create: invalid values of every field are one issue each, at the field', () => {
  for (const [field, input, code, fragment] of createInvalid) {
    const issues = fail(validateCreateTicket({ ...base, [field]: input }));
    assert.equal(issues.length, 1, `${field}=${String(input)}: ${JSON.stringify(issues)}`);
    assert.deepEqual(issues[0].path, [field]);
    assert.equal(issues[0].code, code, issues[0].message);
    assert.ok(issues[0].message.includes(fragment), `${field}: ${issues[0].message}`);
  }
});

test('create: label array items are reported by index', () => {
  const issues = fail(validateCreateTicket({ ...base, labels: ['ok', 'a,b', 3] }));
  assert.deepEqual(issues.map((i) => [i.path, i.code]), [[['labels', 1], 'invalid_format'], [['labels', 2], 'invalid_type']]);
});

test('messages cut long values and never echo objects', () => {
  const [issue] = fail(validateCreateTicket({ ...base, status: 'x'.repeat(10_000) }));
  assert.ok(issue.message.length < 200, issue.message);
  const [objectIssue] = fail(validateCreateTicket({ ...base, subject: { secret: 'do-not-echo' } }));
  assert.equal(objectIssue.message, 'expected a string, got an object');
});

test('update: fields are optional, null clears the due date, at least one is needed', () => {
  assert.deepEqual(ok(validateUpdateTicket({ due_date: null })), { due_date: null });
  assert.deepEqual(ok(validateUpdateTicket({ priority: 3, labels: ['a', 'A', 'b'] })), { priority: '3', labels: 'a, b' });
  assert.deepEqual(ok(validateUpdateTicket({ labels: '' })), { labels: '' });
  assert.deepEqual(ok(validateUpdateTicket({ status: 'closed', subject: undefined })), { status: 'closed' });
  const cases = [
    [{}, [['', 'empty']]],
    [{ subject: undefined }, [['', 'empty']]],
    [{ asignee: 'a@b.io' }, [['', 'empty'], ['asignee', 'unknown_field']]],
    [{ subject: null }, [['subject', 'invalid_type']]],
    [{ chat_id: '919537851844@c.us', status: 'open' }, [['chat_id', 'unknown_field']]],
    [{ priority: '9', due_date: '2025-04-09 18:29' }, [['due_date', 'invalid_format'], ['priority', 'out_of_range']]],
  ];
  for (const [input, expected] of cases) {
    assert.deepEqual(paths(fail(validateUpdateTicket(input))), expected, JSON.stringify(input));
  }
});

test('list query: numbers and numeric strings from URL parameters', () => {
  const params = new URLSearchParams('offset=20&limit=100');
  assert.deepEqual(ok(validateListTicketsQuery({ offset: params.get('offset'), limit: params.get('limit') })), { offset: 20, limit: 100 });
  assert.deepEqual(ok(validateListTicketsQuery({ limit: params.get('missing') })), {});
  assert.deepEqual(ok(validateListTicketsQuery({})), {});
  assert.deepEqual(ok(validateListTicketsQuery({ offset: 0, limit: 1 })), { offset: 0, limit: 1 });
  assert.deepEqual(ok(validateListTicketsQuery({ limit: 2000 })), { limit: 2000 });
  const cases = [
    [{ limit: 0 }, [['limit', 'out_of_range']]],
    [{ limit: 2001 }, [['limit', 'out_of_range']]],
    [{ offset: -1 }, [['offset', 'out_of_range']]],
    [{ offset: 0.5 }, [['offset', 'invalid_value']]],
    [{ limit: 'all' }, [['limit', 'invalid_value']]],
    [{ limit: [5] }, [['limit', 'invalid_type']]],
    [{ page: 2 }, [['page', 'unknown_field']]],
  ];
  for (const [input, expected] of cases) {
    assert.deepEqual(paths(fail(validateListTicketsQuery(input))), expected, JSON.stringify(input));
  }
});

test('phone: what a user types becomes the x-phone value', () => {
  for (const [input, expected] of [
    ['+91 98745 32456', '919874532456'],
    ['919874532456', '919874532456'],
    ['+1 (415) 555-0100', '14155550100'],
    [919874532456, '919874532456'],
    ['phone-bqzvyibhmwkaergr', 'phone-bqzvyibhmwkaergr'],
  ]) {
    assert.equal(ok(validatePhone(input)), expected, String(input));
  }
  for (const [input, code] of [
    ['phone-bqzvyibhmwkaerg', 'invalid_format'],
    ['98745', 'invalid_format'],
    ['+91 abc', 'invalid_format'],
    ['', 'invalid_format'],
    [null, 'invalid_type'],
    [undefined, 'invalid_type'],
    [{}, 'invalid_type'],
  ]) {
    const issues = fail(validatePhone(input));
    assert.deepEqual(issues.map((i) => [i.path, i.code]), [[[], code]], String(input));
  }
});

// A form state or a message from another realm (an iframe, a test runner's environment).
test('validators read plain objects and arrays of another realm', () => {
  const foreign = vm.runInNewContext('({ chat_id: "919537851844@c.us", subject: "S", labels: ["a", "b"] })');
  assert.notEqual(Object.getPrototypeOf(foreign), Object.prototype, 'test bug: the same realm');
  assert.deepEqual(validateCreateTicket(foreign), validateCreateTicket({ ...base, labels: ['a', 'b'] }));
  assert.equal(validateCreateTicket(foreign).success, true);
  const refused = validateCreateTicket(vm.runInNewContext('new Map([["chat_id", "x"]])'));
  assert.equal(refused.success, false);
  assert.equal(refused.issues[0].received, 'Map');
});
