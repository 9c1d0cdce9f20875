// Which API the dashboard talks to. The key goes from the form into the client and the form is
// cleared: it is never written to storage, a cookie or the URL.
import { validatePhone } from '/dist/index.js';
import { connect, MOCK } from './api.js';
import { byId } from './dom.js';
import { issuePath } from './format.js';
import { showFieldIssues } from './forms.js';
import { announce } from './status.js';

export function setUpSettings({ onApplied }) {
  const form = byId('settings-form');
  const error = byId('settings-error');
  const usingMock = () => form.elements.target.value === 'mock';
  const sync = () => {
    for (const name of ['baseUrl', 'apiKey', 'phone']) form.elements[name].disabled = usingMock();
  };
  form.addEventListener('change', sync);
  form.elements.phone.addEventListener('input', () => {
    const phone = form.elements.phone.value;
    const result = phone ? validatePhone(phone) : { success: true };
    showFieldIssues(form, result.success ? [] : result.issues.map((i) => ({ ...i, path: ['phone'] })));
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.textContent = '';
    const { baseUrl, apiKey, phone } = form.elements;
    try {
      connect(usingMock() ? MOCK : { baseUrl: baseUrl.value.trim(), apiKey: apiKey.value, phone: phone.value.trim() });
    } catch (failure) {
      // The client checks its options (https base URL, a key, a phone it can send) before any request.
      error.textContent = failure.issues?.map((i) => `${issuePath(i.path)}: ${i.message}`).join(' ') || failure.message;
      return;
    }
    apiKey.value = '';
    apiKey.placeholder = usingMock() ? '' : 'Set (kept in memory). Type a new key to replace it.';
    announce(usingMock() ? 'Using the built-in mock API.' : `Using ${baseUrl.value.trim()}.`);
    onApplied();
  });
  sync();
}
