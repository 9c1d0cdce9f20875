// The dashboard's entry: connect to the mock and route between the views. The package needs no
// init: its module is instantiated on the first call.
import { connect, MOCK } from './api.js';
import { byId } from './dom.js';
import { openContacts, setUpContacts } from './contacts.js';
import { setUpCreateForm } from './create-form.js';
import { setUpInspector } from './inspector.js';
import { setUpSettings } from './settings.js';
import { closeTicket, openTicket } from './ticket-detail.js';
import { loadPage, setUpTicketList, showSelected } from './tickets.js';
import { clearAlert } from './status.js';

document.addEventListener('connection', ({ detail }) => {
  byId('connection').textContent = detail.mock
    ? 'Connected to the built-in mock API (demo data)'
    : `Connected to ${detail.baseUrl}${detail.phone ? ` as ${detail.phone}` : ''}`;
});
connect(MOCK);

setUpTicketList();
setUpContacts();
setUpCreateForm({ onCreated: (info) => {
  loadPage(); // the count grew: the last page now holds the new ticket
  location.hash = `#ticket/${encodeURIComponent(info.ticket.ticket_id)}`;
} });
setUpSettings({ onApplied: () => {
  closeTicket();
  loadPage(0);
} });
const samplesLoaded = setUpInspector();

const VIEWS = ['tickets', 'new', 'contacts', 'inspector', 'settings'];

function route(event) {
  const [view, id] = location.hash.slice(1).split('/');
  const current = view === 'ticket' ? 'tickets' : VIEWS.includes(view) ? view : 'tickets';
  for (const name of VIEWS) byId(`view-${name}`).hidden = name !== current;
  for (const link of document.querySelectorAll('nav a[data-view]')) {
    if (link.dataset.view === current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  clearAlert();
  if (view === 'ticket' && id) {
    const ticketId = decodeURIComponent(id);
    showSelected(ticketId);
    openTicket(ticketId, { onChange: (ticket) => showSelected(ticketId, ticket) });
  } else {
    if (current === 'tickets') {
      showSelected(null);
      closeTicket();
    }
    if (current === 'contacts') openContacts();
    // A screen-reader or keyboard user lands on the view they chose, not back at the nav.
    if (event) byId(`view-${current}`).querySelector('h2').focus();
  }
}

addEventListener('hashchange', route);
route();
await Promise.all([loadPage(0), samplesLoaded]);
document.body.dataset.ready = 'true';
