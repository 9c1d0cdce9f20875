// A route handler: the package runs on the server (Node runtime).
import * as pkg from 'periskope-wasm';
import { smokeResult } from '../../../smoke.js';
import inputs from '../../../inputs.js';

// It calls an API, so it runs per request rather than once at build time.
export const dynamic = 'force-dynamic';

export async function GET() {
  return Response.json(await smokeResult(pkg, inputs));
}
