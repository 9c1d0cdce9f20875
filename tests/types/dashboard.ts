// Uses the shipped types as a dashboard would. Checked by `tsc --noEmit` in strict mode.
import { init, parseTicketInfo, parseChat, PeriskopeError } from 'periskope-wasm';
import type { TicketInfo, Priority, TicketStatus, ChatMember, PeriskopeIssue, JsonValue } from 'periskope-wasm';

await init();

const info: TicketInfo = parseTicketInfo('{}', { strict: true });
const priority: number | null | undefined = info.ticket.priority;
const label: string = priority == null ? 'none' : ['none', 'low', 'medium', 'high', 'urgent'][priority];
const urgent: Priority = 4;
const status: TicketStatus | null | undefined = info.ticket.status;
if (status === 'inprogress') console.log('working on it');

// A nullable field must be narrowed before use.
const due = info.ticket.due_date;
if (due != null) {
  const when: string | number = due;
  console.log(when);
}

// Custom property values are whatever the organisation stored: narrow before use.
const region: JsonValue | undefined = info.ticket.ticket_custom_properties?.['Region'];
if (typeof region === 'string') console.log(region.toUpperCase());
// @ts-expect-error: a custom property value is any JSON value, not always a string.
const regionText: string | null | undefined = info.ticket.ticket_custom_properties?.['Region'];

const members: Record<string, ChatMember> = info.chat?.members ?? {};
for (const [id, member] of Object.entries(members)) {
  const name: string = member.contact_name ?? id;
  console.log(name, member.is_admin === true);
}

try {
  parseChat(new Uint8Array([123, 125]));
} catch (error) {
  if (error instanceof PeriskopeError && error.kind === 'validation') {
    const issues: PeriskopeIssue[] = error.issues ?? [];
    issues.forEach((issue) => console.log(issue.path.join('.'), issue.code, issue.message));
  }
}

// @ts-expect-error: priority is a number (or null), never a string.
const wrong: string = info.ticket.priority;

// @ts-expect-error: ticket_id is always present and a string.
const missing: number = info.ticket.ticket_id;

console.log(label, urgent, wrong, missing);

// Nullable fields must be typed so: labels can be null at runtime.
const labels = info.ticket.labels;
// @ts-expect-error: labels may be null or absent, so it cannot be used as an array unchecked.
labels.length;
