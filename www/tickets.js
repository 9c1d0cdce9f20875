// The ticket list: one page from listTickets at a time, filtered and sorted on the page, with how
// long the package took to parse and validate it.
import { api } from './api.js';
import { byId, h } from './dom.js';
import { errorPanel, formatDay, priorityName, statusName, toDate } from './format.js';
import { announce, showAlert } from './status.js';

const state = { offset: 0, count: 0, tickets: [], selected: null };
const form = () => byId('ticket-filters');
let controller;

export function setUpTicketList() {
  form().addEventListener('change', (event) => (event.target.name === 'limit' ? loadPage(0) : render()));
  form().addEventListener('submit', (event) => event.preventDefault());
  document.querySelector('.pager').addEventListener('click', (event) => {
    const limit = pageSize();
    const last = Math.max(0, Math.floor((state.count - 1) / limit) * limit);
    const target = { first: 0, prev: state.offset - limit, next: state.offset + limit, last }[event.target.dataset.page];
    if (target !== undefined) loadPage(Math.min(Math.max(0, target), last));
  });
}

const pageSize = () => Number(form().elements.limit.value);

export async function loadPage(offset = state.offset) {
  // A newer request wins: the older one is aborted rather than left to overwrite it.
  controller?.abort();
  controller = new AbortController();
  announce('Loading tickets…');
  try {
    const { result, parseMs } = await api.listTickets({ offset, limit: pageSize() }, { signal: controller.signal });
    Object.assign(state, { offset: result.from ?? offset, count: result.count ?? offset + result.tickets.length, tickets: result.tickets });
    byId('list-timing').textContent =
      `listTickets parsed and validated ${result.tickets.length} ticket${result.tickets.length === 1 ? '' : 's'} in ${parseMs.toFixed(1)} ms (after the response arrived).`;
    render();
    announce(`Loaded tickets ${pageLabel()}.`);
  } catch (error) {
    if (error.kind === 'aborted') return;
    announce('');
    showAlert(errorPanel('Loading tickets', error));
  }
}

const pageLabel = () => state.tickets.length
  ? `${(state.offset + 1).toLocaleString('en')}–${(state.offset + state.tickets.length).toLocaleString('en')} of ${state.count.toLocaleString('en')}`
  : `none of ${state.count.toLocaleString('en')}`;

function visibleTickets() {
  const { status, priority, sort } = Object.fromEntries(new FormData(form()));
  const shown = state.tickets.filter((t) => (!status || t.status === status) && (!priority || t.priority === Number(priority)));
  if (!sort) return shown;
  const direction = sort === 'due-asc' ? 1 : -1;
  // Tickets without a due date go last either way: "soonest" should not start with "never".
  const due = (t) => toDate(t.due_date)?.getTime();
  return shown.sort((a, b) => (due(a) === undefined) - (due(b) === undefined) || direction * ((due(a) ?? 0) - (due(b) ?? 0)));
}

function render() {
  const shown = visibleTickets();
  byId('page-info').textContent = `Tickets ${pageLabel()}` + (shown.length < state.tickets.length ? ` · ${shown.length} match the filters` : '');
  const pager = document.querySelector('.pager');
  pager.querySelector('[data-page="first"]').disabled = pager.querySelector('[data-page="prev"]').disabled = state.offset === 0;
  pager.querySelector('[data-page="next"]').disabled = pager.querySelector('[data-page="last"]').disabled =
    state.offset + state.tickets.length >= state.count;
  const rows = shown.map((t) => h('tr', { class: t.ticket_id === state.selected ? 'selected' : '' },
    h('th', { scope: 'row' }, h('a', { href: `#ticket/${encodeURIComponent(t.ticket_id)}`, 'aria-current': t.ticket_id === state.selected ? 'true' : null }, t.ticket_id)),
    h('td', {}, t.subject ?? ''),
    h('td', {}, h('span', { class: `badge status-${t.status}` }, statusName(t.status))),
    h('td', {}, h('span', { class: `priority p${t.priority ?? 0}` }, priorityName(t.priority))),
    h('td', {}, t.assignee ?? h('span', { class: 'muted' }, 'Unassigned')),
    h('td', {}, formatDay(t.due_date))));
  if (!rows.length) rows.push(h('tr', {}, h('td', { colspan: 6, class: 'muted' }, 'No ticket on this page matches the filters.')));
  byId('ticket-table').tBodies[0].replaceChildren(...rows);
}

/** Marks the open ticket and folds an edit made in the detail pane into the page. */
export function showSelected(id, ticket) {
  state.selected = id;
  const row = ticket && state.tickets.find((t) => t.ticket_id === id);
  if (row) for (const key of ['subject', 'status', 'priority', 'assignee', 'due_date']) row[key] = ticket[key];
  render();
}
