// The Standard Schema objects carry their input and output types, and issues narrow on `code`.
import { createTicketSchema, listTicketsQuerySchema, sendMessageSchema, ticketInfoSchema, validateCreateTicket } from 'periskope-wasm';
import type {
  CreateTicketInput, CreateTicketRequest, ListTicketsQuery, PeriskopeIssue, SendMessageRequest, StandardSchemaV1, TicketInfo, ValidationIssue,
} from 'periskope-wasm';

/** True only when A and B are the same type (not merely assignable). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(proof: Equal<A, B>) => proof;

same<StandardSchemaV1.InferOutput<typeof createTicketSchema>, CreateTicketRequest>(true);
same<StandardSchemaV1.InferInput<typeof createTicketSchema>, CreateTicketInput>(true);
same<StandardSchemaV1.InferOutput<typeof listTicketsQuerySchema>, ListTicketsQuery>(true);
same<StandardSchemaV1.InferOutput<typeof ticketInfoSchema>, TicketInfo>(true);
// @ts-expect-error the output is the request, not the form's input
same<StandardSchemaV1.InferOutput<typeof createTicketSchema>, CreateTicketInput>(true);
same<ValidationIssue, PeriskopeIssue>(true);
same<StandardSchemaV1.InferOutput<typeof sendMessageSchema>, SendMessageRequest>(true);

const result = await createTicketSchema['~standard'].validate({ chat_id: '919537851844@c.us', subject: 'Refund' });
if (result.issues) {
  const first: StandardSchemaV1.Issue | undefined = result.issues[0];
  console.log(first?.message);
} else {
  const request: CreateTicketRequest = result.value;
  console.log(request.chat_id);
}

/** A message in the UI's own words, from the details of each code. */
function say(issue: PeriskopeIssue): string {
  switch (issue.code) {
    case 'out_of_range':
      return `between ${issue.minimum ?? '-∞'} and ${issue.maximum ?? '∞'} ${issue.unit}`;
    case 'invalid_type':
      return `a ${issue.expected}, not a ${issue.received}`;
    case 'missing_field':
      return `required (${issue.expected})`;
    case 'invalid_format':
      return `not a valid ${issue.format}`;
    case 'invalid_value':
      return `one of ${issue.allowed.join(', ')}`;
    case 'unknown_field':
      return issue.suggestion ? `did you mean ${issue.suggestion}?` : `${issue.key} is not a field`;
    case 'duplicate_key':
      return `${issue.key} twice`;
    case 'conflicting_alias':
      return `${issue.names[0]} and ${issue.names[1]} disagree`;
    case 'empty':
      return `give one of ${issue.fields.join(', ')}`;
  }
}

const checked = validateCreateTicket({ subject: 'x'.repeat(600) });
if (!checked.success) {
  for (const issue of checked.issues) console.log(issue.path.join('.'), say(issue));
  const issue = checked.issues[0];
  // @ts-expect-error the bounds are only on out_of_range issues
  console.log(issue.maximum);
  if (issue.code === 'invalid_type') {
    // @ts-expect-error an invalid_type issue has no allowed values
    console.log(issue.allowed);
  }
}
