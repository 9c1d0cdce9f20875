// npm run demo: serves www/ and the built package on 127.0.0.1.
import { fileURLToPath } from 'node:url';
import { createStaticServer, listen } from '../scripts/lib/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = createStaticServer({ mounts: { '/': `${root}/www`, '/dist/': `${root}/dist` } });
const base = await listen(server, Number(process.env.PORT ?? 8080));
console.log(`periskope-wasm demo: ${base}/`);
