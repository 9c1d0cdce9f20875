// Under a policy without 'wasm-unsafe-eval': importing still works, and every call (and init())
// gives the same PeriskopeError naming what to add to the policy.
import { init, parseTicket, validatePhone, PeriskopeError } from '/dist/index.js';

const describe = (error) => ({ isPeriskopeError: error instanceof PeriskopeError, kind: error.kind, message: error.message });
const outcomes = [];
for (const call of [() => parseTicket('{"ticket_id":"T-1"}'), () => validatePhone('+91 98745 32456')]) {
  try {
    call();
    outcomes.push('no error');
  } catch (error) {
    outcomes.push(describe(error));
  }
}
outcomes.push(await init().then(() => 'resolved', describe));
window.result = outcomes;
