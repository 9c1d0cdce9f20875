// The page's two announcement regions: a polite status line and an alert panel for failures.
import { byId, h } from './dom.js';

export function announce(message) {
  byId('status').textContent = message;
}

/** Replaces the alert with `panel` (from errorPanel), with a button to dismiss it. */
export function showAlert(panel) {
  const region = byId('alert');
  const dismiss = h('button', { type: 'button', class: 'dismiss', onclick: clearAlert }, 'Dismiss');
  region.replaceChildren(h('div', { class: 'alert' }, panel, dismiss));
}

export function clearAlert() {
  byId('alert').replaceChildren();
}
