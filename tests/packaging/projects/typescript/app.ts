// The package's types as a TypeScript project sees them, under each module resolution a project
// may have (tsconfig.*.json): every entry resolves to its own declarations, not to `any`.
import { parseTicketInfo, PeriskopeError } from 'periskope-wasm';
import { initSync } from 'periskope-wasm/slim';
import { createWebhookHandler } from 'periskope-wasm/server';

const id: string = parseTicketInfo('{}').ticket.ticket_id;
// @ts-expect-error ticket_id is a string
const notNumber: number = parseTicketInfo('{}').ticket.ticket_id;
// @ts-expect-error slim's initSync needs the module or its bytes
initSync();
const handler: (request: Request) => Promise<Response> = createWebhookHandler({ signingKey: 'key' }).fetch;
const kind: PeriskopeError['kind'] = 'validation';
// @ts-expect-error not a kind
const notKind: PeriskopeError['kind'] = 'nonsense';

export { id, notNumber, handler, kind, notKind };
