// A dedicated worker: no window, no document; the client must reach fetch through globalThis.
import { run } from './scenario.js';

self.onmessage = async (event) => {
  try {
    const result = await run(event.data);
    self.postMessage({ ...result, hasWindow: typeof window !== 'undefined' });
  } catch (error) {
    self.postMessage({ failure: String(error && error.stack || error) });
  }
};
