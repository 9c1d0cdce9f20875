// The new-ticket form: validateCreateTicket on every keystroke, messages under their fields,
// submit only while valid, and the created ticket opens.
import { validateCreateTicket } from '/dist/index.js';
import { api } from './api.js';
import { byId } from './dom.js';
import { errorPanel, issuePath } from './format.js';
import { filledValues, showFieldIssues } from './forms.js';
import { announce, showAlert } from './status.js';

export function setUpCreateForm({ onCreated }) {
  const form = byId('create-form');
  const submit = form.querySelector('button[type="submit"]');
  const formError = byId('create-form-error');
  // A blank form is invalid, but saying so before the person has typed anything is noise.
  const touched = new Set();

  function check() {
    const result = validateCreateTicket(filledValues(form));
    const issues = result.success ? [] : result.issues;
    const unplaced = showFieldIssues(form, issues, touched);
    formError.textContent = unplaced.map((i) => `${issuePath(i.path)}: ${i.message}`).join(' ');
    submit.disabled = !result.success;
    return result;
  }

  form.addEventListener('input', (event) => {
    touched.add(event.target.name);
    check();
  });
  form.addEventListener('focusout', (event) => {
    if (event.target.name && event.target.value !== '') touched.add(event.target.name);
    check();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!check().success) return;
    submit.disabled = true;
    announce('Creating the ticket…');
    try {
      // The client validates again before sending: the form's check is for the person, this one for the wire.
      const info = await api.createTicket(filledValues(form));
      form.reset();
      touched.clear();
      check();
      announce(`Created ticket ${info.ticket.ticket_id}.`);
      onCreated(info);
    } catch (error) {
      showAlert(errorPanel('Creating the ticket', error));
      if (error.issues) showFieldIssues(form, error.issues);
      submit.disabled = false;
    }
  });

  check();
}
