// Putting a validator's issues under the fields they are about, shared by every form.
import { h } from './dom.js';

/** The form's filled-in fields; empty optional inputs are left out rather than sent as "". */
export function filledValues(form) {
  return Object.fromEntries([...new FormData(form)].filter(([, value]) => value !== ''));
}

/**
 * Shows each issue under the field named by the first key of its path (`['labels', 2]` → labels).
 * Fields outside `shown` (untouched ones) stay quiet. Returns the issues no field owns.
 */
export function showFieldIssues(form, issues, shown) {
  const messages = new Map();
  const unplaced = [];
  for (const issue of issues) {
    const name = issue.path[0];
    const field = typeof name === 'string' && form.elements.namedItem(name);
    if (field) messages.set(name, [...(messages.get(name) ?? []), issue.message]);
    else unplaced.push(issue);
  }
  for (const input of form.querySelectorAll('.field [name]')) {
    const visible = !shown || shown.has(input.name);
    setFieldError(input, visible ? (messages.get(input.name) ?? []).join(' ') : '');
  }
  return unplaced;
}

function setFieldError(input, message) {
  const id = `${input.id}-error`;
  let note = document.getElementById(id);
  if (!note) {
    note = h('p', { id, class: 'field-error' });
    input.closest('.field').append(note);
    input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
  }
  note.textContent = message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}
