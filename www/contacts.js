// The contacts view: a search over every contact of the organisation, read page after page with
// paginateContacts as the matches stream in. A new search aborts the one running: its signal ends
// the iterator at once, between pages or during one.
import { api } from './api.js';
import { byId, h } from './dom.js';
import { errorPanel, formatTime } from './format.js';
import { announce } from './status.js';

/** Matches shown at most; the search stops reading pages once it has them. */
const SHOWN = 50;
const PAGE = 500;
let controller;
let started = false;

export function setUpContacts() {
  const form = byId('contact-search');
  let timer;
  form.addEventListener('submit', (event) => event.preventDefault());
  form.elements.q.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(form.elements.q.value), 200);
  });
}

/** Shows the view's first results the first time it opens. */
export function openContacts() {
  if (!started) search(byId('contact-search').elements.q.value);
}

/** Whether a contact matches: its name (any case) or its number, ignoring `+`, spaces and dashes. */
function matcher(query) {
  const text = query.trim().toLowerCase();
  const digits = query.replace(/[\s()+-]/g, '');
  return (contact) => !text
    || (contact.contact_name ?? '').toLowerCase().includes(text)
    || (/^\d+$/.test(digits) && contact.contact_id.includes(digits))
    || (contact.labels ?? []).some((label) => label.toLowerCase() === text);
}

async function search(query) {
  started = true;
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  const rows = byId('contact-table').tBodies[0];
  const status = byId('contact-status');
  rows.replaceChildren();
  const matches = matcher(query);
  let scanned = 0;
  let found = 0;
  status.textContent = 'Searching…';
  try {
    for await (const contact of api.paginateContacts({ limit: PAGE }, { signal })) {
      scanned++;
      if (matches(contact)) {
        found++;
        rows.append(row(contact));
        if (found === SHOWN) break;
      }
      if (scanned % PAGE === 0) status.textContent = `Searching… ${scanned.toLocaleString('en')} contacts read, ${found} found.`;
    }
  } catch (error) {
    if (error.kind === 'aborted') return;
    status.replaceChildren(errorPanel('Searching contacts', error));
    return;
  }
  const summary = found === SHOWN
    ? `The first ${SHOWN} matches, after reading ${scanned.toLocaleString('en')} contacts.`
    : `${found} ${found === 1 ? 'contact matches' : 'contacts match'}, of ${scanned.toLocaleString('en')}.`;
  status.textContent = query.trim() ? summary : `${scanned.toLocaleString('en')} contacts read; the first ${found} shown.`;
  announce(summary);
  if (!found) rows.append(h('tr', {}, h('td', { colspan: 5, class: 'muted' }, 'No contact matches.')));
}

function row(contact) {
  return h('tr', {},
    h('th', { scope: 'row' }, contact.contact_name || h('span', { class: 'muted' }, 'No name'),
      contact.is_internal ? h('span', { class: 'tag' }, 'team') : null),
    h('td', {}, h('code', {}, contact.contact_id)),
    h('td', {}, contact.contact_type ?? ''),
    h('td', {}, (contact.labels ?? []).length ? h('ul', { class: 'chips' }, contact.labels.map((l) => h('li', {}, l))) : ''),
    h('td', {}, formatTime(contact.updated_at)));
}
