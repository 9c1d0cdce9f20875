// Request validation as a dashboard form would use it. Checked by `tsc --noEmit` in strict mode.
import { validateCreateTicket, validateUpdateTicket, validateListTicketsQuery, validatePhone } from 'periskope-wasm';
import type {
  CreateTicketInput,
  CreateTicketRequest,
  ListTicketsQuery,
  PeriskopeIssue,
  RequestPriority,
  UpdateTicketInput,
  UpdateTicketRequest,
  ValidationIssue,
  ValidationResult,
} from 'periskope-wasm';

// What users naturally pass type-checks.
const form: CreateTicketInput = {
  chat_id: '+91 95378 51844',
  subject: 'Printer on fire',
  priority: 2,
  labels: ['Test', 'Demo'],
  due_date: new Date(),
};
const fromStrings: CreateTicketInput = { chat_id: '919537851844@c.us', subject: 's', priority: '4', labels: 'Test, Demo', due_date: '2025-04-20' };
// @ts-expect-error priority is 1..4
const badPriority: CreateTicketInput = { chat_id: 'x', subject: 's', priority: 5 };
// @ts-expect-error a typo in a typed form object is caught at compile time
const typo: CreateTicketInput = { chat_id: 'x', subject: 's', asignee: 'a@b.io' };
// @ts-expect-error subject is required
const noSubject: CreateTicketInput = { chat_id: 'x' };
const clear: UpdateTicketInput = { due_date: null };
// @ts-expect-error only due_date may be null
const nullSubject: UpdateTicketInput = { subject: null };

// Untyped form data is accepted too; the runtime checks it.
const formData: Record<string, unknown> = { chat_id: '919537851844@c.us', subject: 'From a form' };

const created = validateCreateTicket(form);
if (created.success) {
  const body: CreateTicketRequest = created.data;
  const priority: '1' | '2' | '3' | '4' = body.priority;
  const status: 'open' | 'inprogress' | 'closed' | 'archived' = body.status;
  const labels: string | undefined = body.labels;
  // @ts-expect-error the normalised priority is a string, never a number
  const asNumber: number = body.priority;
  // @ts-expect-error a success has no issues
  created.issues;
  console.log(priority, status, labels, asNumber);
} else {
  const issues: ValidationIssue[] = created.issues;
  const sameShape: PeriskopeIssue[] = issues;
  for (const issue of issues) {
    const where: (string | number)[] = issue.path;
    if (issue.code === 'unknown_field') console.log(where, issue.message);
  }
  // @ts-expect-error a failure has no data
  created.data;
  console.log(sameShape);
}

const updated: ValidationResult<UpdateTicketRequest> = validateUpdateTicket(clear);
if (updated.success) {
  const due: string | null | undefined = updated.data.due_date;
  // `due_date: null` is how an update clears the date, and the type says so (it used to say `string | undefined`).
  const clears: null extends UpdateTicketRequest['due_date'] ? true : false = true;
  console.log(clears);
  const priority: RequestPriority | undefined = updated.data.priority;
  // @ts-expect-error every update field may be absent
  const subject: string = updated.data.subject;
  console.log(due, priority, subject);
}

const query = validateListTicketsQuery({ offset: '0', limit: 100 });
if (query.success) {
  const q: ListTicketsQuery = query.data;
  const limit: number | undefined = q.limit;
  // @ts-expect-error numeric strings come back as numbers
  const offset: string | undefined = q.offset;
  console.log(limit, offset);
}

const phone = validatePhone('+91 98745 32456');
const header: string = phone.success ? phone.data : phone.issues.map((i) => i.message).join('; ');
console.log(header, validateCreateTicket(formData).success, fromStrings, badPriority, typo, noSubject, nullSubject);
