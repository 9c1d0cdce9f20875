// What validators take from forms and URLs, shared by Node (tests/node/inputs.test.mjs) and
// Chromium (tests/browser/inputs.test.mjs): plain objects, FormData and URLSearchParams are
// read (numbers from strings, repeated keys as arrays); a Map, a Date or a class instance where
// an object is expected is an invalid_type issue at the root, and a value inside that JSON cannot
// hold (a Set, NaN, undefined in an array) one at its path, never `success: true` for input that
// was not read. Only what both engines have.

class TicketForm {
  constructor() {
    this.chat_id = '919537851844@c.us';
    this.subject = 'Refund';
  }
}

/** Every case's result, compact: `ok <data>` or `issues <path> <code> <received>...`. */
export function inputCases(pkg) {
  const show = (result) =>
    result.success
      ? `ok ${JSON.stringify(result.data)}`
      : `issues ${result.issues.map((i) => `[${i.path.join('.')}] ${i.code}${i.received ? ` received ${i.received}` : ''}`).join('; ')}`;
  const form = new FormData();
  form.set('chat_id', '+91 95378 51844');
  form.set('subject', ' Printer ');
  form.set('priority', '3');
  form.append('labels', 'Test');
  form.append('labels', 'Demo');
  const withFile = new FormData();
  withFile.set('chat_id', '919537851844@c.us');
  withFile.set('subject', 'Refund');
  withFile.set('labels', new Blob(['x']), 'labels.txt');
  return {
    plainObject: show(pkg.validateCreateTicket({ chat_id: '919537851844@c.us', subject: 'Refund' })),
    formData: show(pkg.validateCreateTicket(form)),
    formDataWithAFile: show(pkg.validateCreateTicket(withFile)),
    searchParams: show(pkg.validateListTicketsQuery(new URLSearchParams('offset=20&limit=50'))),
    searchParamsOutOfRange: show(pkg.validateListTicketsQuery(new URLSearchParams('limit=5000'))),
    searchParamsUnknown: show(pkg.validateListTicketsQuery(new URLSearchParams('limt=50'))),
    emptySearchParams: show(pkg.validateListTicketsQuery(new URLSearchParams(''))),
    updateFromForm: show(pkg.validateUpdateTicket(new URLSearchParams('status=Closed&labels='))),
    map: show(pkg.validateListTicketsQuery(new Map([['limit', '50']]))),
    classInstance: show(pkg.validateCreateTicket(new TicketForm())),
    date: show(pkg.validateUpdateTicket(new Date(0))),
    dateForAPhone: show(pkg.validatePhone(new Date(0))),
    nullPrototype: show(pkg.validateListTicketsQuery(Object.assign(Object.create(null), { limit: '5' }))),
    dateInADueDate: show(pkg.validateUpdateTicket({ due_date: new Date(Date.UTC(2025, 3, 20)) })),
    setForLabels: show(pkg.validateCreateTicket({ chat_id: '919537851844@c.us', subject: 'Refund', labels: new Set(['VIP']) })),
    nanPriority: show(pkg.validateCreateTicket({ chat_id: '919537851844@c.us', subject: 'Refund', priority: Number('') / 0 })),
    undefinedLabel: show(pkg.validateUpdateTicket({ labels: ['VIP', undefined] })),
    schemaFromSearchParams: JSON.stringify(pkg.listTicketsQuerySchema['~standard'].validate(new URLSearchParams('limit=10'))),
  };
}

export const EXPECTED_INPUTS = {
  plainObject: 'ok {"chat_id":"919537851844@c.us","subject":"Refund","priority":"1","status":"open"}',
  formData: 'ok {"chat_id":"919537851844@c.us","subject":"Printer","priority":"3","status":"open","labels":"Test, Demo"}',
  formDataWithAFile: 'issues [labels] invalid_type received File',
  searchParams: 'ok {"offset":20,"limit":50}',
  searchParamsOutOfRange: 'issues [limit] out_of_range',
  searchParamsUnknown: 'issues [limt] unknown_field',
  emptySearchParams: 'ok {}',
  updateFromForm: 'ok {"status":"closed","labels":""}',
  map: 'issues [] invalid_type received Map',
  classInstance: 'issues [] invalid_type received TicketForm',
  date: 'issues [] invalid_type received Date',
  dateForAPhone: 'issues [] invalid_type received Date',
  nullPrototype: 'ok {"limit":5}',
  dateInADueDate: 'ok {"due_date":"2025-04-20T00:00:00.000Z"}',
  setForLabels: 'issues [labels] invalid_type received Set',
  nanPriority: 'issues [priority] invalid_type received NaN',
  undefinedLabel: 'issues [labels.1] invalid_type received undefined',
  schemaFromSearchParams: '{"value":{"limit":10}}',
};
