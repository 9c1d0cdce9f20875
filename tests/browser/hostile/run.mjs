// Runs one case of tests/hostile-cases.mjs at a time on this page's single instance, then the
// valid parse that proves the instance survived; reports plain data to the Node runner.
import * as pkg from '/dist/index.js';
import { CASES, stillWorks } from '/tests/hostile-cases.mjs';

await pkg.init();

window.runCase = async (name) => {
  const hostile = CASES.find((c) => c.name === name);
  if (!hostile) return { ok: false, message: `no case named ${name}` };
  try {
    await hostile.run(pkg);
    stillWorks(pkg);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: `${error?.name}: ${error?.message}` };
  }
};
window.ready = true;
