// How the dashboard words the API's values and the package's errors for a person.
import { h } from './dom.js';

export const PRIORITIES = ['None', 'Low', 'Medium', 'High', 'Urgent'];
export const STATUSES = { open: 'Open', inprogress: 'In progress', closed: 'Closed', archived: 'Archived' };

export const priorityName = (p) => PRIORITIES[p] ?? 'None';
export const statusName = (s) => STATUSES[s] ?? String(s ?? 'unknown');

/**
 * A `Timestamp` as a Date. The package keeps timestamps as the API sent them (ISO 8601, Postgres
 * style `2025-01-03 10:00:00+00`, or epoch ms), so the page normalises the Postgres form itself.
 */
export function toDate(timestamp) {
  if (timestamp === null || timestamp === undefined || timestamp === '') return null;
  if (typeof timestamp === 'number') return new Date(timestamp);
  const iso = timestamp.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

// Due dates are calendar days; UTC keeps `2025-04-20` from showing as the 19th west of Greenwich.
const dayFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export const formatDay = (timestamp) => (toDate(timestamp) ? dayFormat.format(toDate(timestamp)) : '');
export const formatTime = (timestamp) => (toDate(timestamp) ? timeFormat.format(toDate(timestamp)) : '');
/** `YYYY-MM-DD` for an `<input type="date">`. */
export const dayValue = (timestamp) => toDate(timestamp)?.toISOString().slice(0, 10) ?? '';

/** Labels come as `ticket_labels: "a, b"` from ticket info and as `label_ids` keys in lists. */
export function labelsOf(ticket) {
  if (ticket.ticket_labels) return ticket.ticket_labels.split(',').map((l) => l.trim()).filter(Boolean);
  return Object.keys(ticket.label_ids ?? {});
}

export const issuePath = (path) => (path.length ? path.join('.') : 'request');

/**
 * What failed and what the person can do about it, from any `PeriskopeError` (or other error):
 * `{ summary, facts: [term, value][], issues }`.
 */
export function explainError(error) {
  const facts = [];
  let summary = error?.message ?? String(error);
  switch (error?.kind) {
    case 'http': {
      summary = error.status === 401 ? 'The API did not accept the key or phone.'
        : error.status === 429 ? 'Too many requests: the API asked to slow down.'
          : error.status === 404 ? 'The API could not find that.'
            : error.status >= 500 ? 'The API had a problem on its side.'
              : 'The API refused the request.';
      facts.push(['Status', [error.status, error.code].filter(Boolean).join(' ')], ['Message', serverMessage(error.message)]);
      if (error.traceId) facts.push(['Trace id', error.traceId]);
      const reset = error.rateLimit?.reset;
      if (error.rateLimit?.remaining !== undefined) facts.push(['Rate limit', `${error.rateLimit.remaining} of ${error.rateLimit.limit ?? '?'} requests left`]);
      if (reset) facts.push(['Limit resets', `${timeFormat.format(reset)} (${secondsFromNow(reset)})`]);
      if (error.retryAfter !== undefined) facts.push(['Retry after', `${error.retryAfter} s`]);
      break;
    }
    case 'network': summary = 'Could not reach the API (offline, blocked by CORS, or a wrong base URL).'; break;
    case 'timeout': summary = 'The API took too long to answer.'; break;
    case 'aborted': summary = 'The request was cancelled.'; break;
    case 'validation': summary = error.fromServer ? 'The API answered with data that does not fit its documented shape.' : 'The request is not valid.'; break;
    case 'syntax': summary = `The ${error.fromServer ? "API's answer" : 'text'} is not valid JSON (line ${error.line}, column ${error.column}).`; break;
    default: break;
  }
  if (error?.kind && error.kind !== 'http') facts.push(['Details', error.message]);
  return { summary, facts, issues: error?.issues ?? [] };
}

/** The client's message repeats status and trace id, which the facts show apart. */
const serverMessage = (message) => message.replace(/\s*\[trace id [^\]]*\]/, '');

function secondsFromNow(date) {
  const seconds = Math.round((date.getTime() - Date.now()) / 1000);
  return seconds <= 0 ? 'now' : seconds < 90 ? `in ${seconds} s` : `in ${Math.round(seconds / 60)} min`;
}

/** An error panel: what failed (the action), why, and the facts support will ask for. */
export function errorPanel(action, error) {
  const { summary, facts, issues } = explainError(error);
  return h('div', { class: 'error-panel' },
    h('p', { class: 'error-title' }, h('strong', {}, `${action} failed. `), summary),
    h('dl', { class: 'facts' }, facts.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
    issues.length ? h('ul', { class: 'issues' }, issues.map((i) => h('li', {}, h('code', {}, issuePath(i.path)), ': ', i.message))) : null);
}
