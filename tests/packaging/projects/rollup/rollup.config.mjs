import { nodeResolve } from '@rollup/plugin-node-resolve';

export default { input: 'main.js', output: { dir: 'out', format: 'es' }, plugins: [nodeResolve()] };
