// The webhook inspector: parseEvent on every edit, a card for the event or the error at its exact
// place in the editor, and verifyWebhookSignature for a key and header.
import { parseEvent, verifyWebhookSignature } from '/dist/index.js';
import { byId, h } from './dom.js';
import { issuePath } from './format.js';
import { eventCard } from './event-cards.js';

const editor = () => byId('payload');

export async function setUpInspector() {
  editor().addEventListener('input', () => inspect());
  // A paste or a picked sample is a whole new payload: jump to its error. Typing is left alone.
  editor().addEventListener('paste', () => setTimeout(() => inspect({ reveal: true })));
  editor().addEventListener('scroll', () => (byId('gutter').scrollTop = editor().scrollTop));
  byId('signature-form').addEventListener('submit', (event) => {
    event.preventDefault();
    verify();
  });
  byId('sign').addEventListener('click', sign);
  renderGutter();

  const samples = await fetch('/samples.json').then((r) => (r.ok ? r.json() : []));
  byId('samples').replaceChildren(...samples.map((sample) =>
    h('button', { type: 'button', 'data-family': sample.family, onclick: () => loadSample(sample) }, sample.event)));
}

async function loadSample(sample) {
  editor().value = await fetch(sample.url).then((r) => r.text());
  editor().scrollTop = 0;
  inspect({ reveal: true });
}

function inspect({ reveal = false } = {}) {
  const text = editor().value;
  const card = byId('event-card');
  const status = byId('parse-status');
  byId('signature-result').textContent = '';
  if (!text.trim()) {
    renderGutter();
    status.textContent = '';
    return card.replaceChildren();
  }
  try {
    const event = parseEvent(text);
    renderGutter();
    status.className = 'parse-status ok';
    status.textContent = `Parsed ${String(event.event)}.`;
    card.replaceChildren(eventCard(event));
  } catch (error) {
    status.className = 'parse-status bad';
    card.replaceChildren();
    if (error.kind === 'syntax') {
      renderGutter(error.line);
      const where = `line ${error.line}, column ${error.column}`;
      // The package's message ends with the position, which the page already states first.
      const reason = error.message.replace(/ at line \d+, column \d+\.?$/, '');
      status.replaceChildren(`Not valid JSON at ${where}: ${reason}. `,
        h('button', { type: 'button', onclick: () => revealError(error) }, `Go to ${where}`));
      card.replaceChildren(syntaxCard(text, error, where, reason));
      if (reveal) revealError(error);
    } else {
      renderGutter();
      status.replaceChildren(`Not a webhook event this package can read (${error.kind}).`,
        h('ul', { class: 'issues' }, (error.issues ?? [{ path: [], message: error.message }]).map((i) => h('li', {}, h('code', {}, issuePath(i.path)), ': ', i.message))));
    }
  }
}

/** The offending line with a caret under the column, as a compiler would print it. */
function syntaxCard(text, error, where, reason) {
  const line = text.split('\n')[error.line - 1] ?? '';
  return h('article', { class: 'event-card syntax-card', 'aria-labelledby': 'syntax-heading' },
    h('p', { class: 'event-family' }, 'syntax error'),
    h('h3', { id: 'syntax-heading' }, where),
    h('p', {}, reason),
    h('pre', { class: 'excerpt' }, `${error.line} | ${line}\n${' '.repeat(String(error.line).length)} | ${' '.repeat(error.column - 1)}^`));
}

/** Selects the offending token (a whole string or word, else one character) and scrolls to its line. */
function revealError({ offset, line }) {
  const text = editor().value;
  const token = /^("(?:[^"\\\n]|\\.)*"?|[^\s,:{}[\]"]+)/.exec(text.slice(offset))?.[0] ?? text.charAt(offset);
  const textarea = editor();
  textarea.focus();
  textarea.setSelectionRange(offset, offset + Math.max(token.length, 1));
  const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight);
  textarea.scrollTop = Math.max(0, (line - 4) * lineHeight);
}

/** Line numbers beside the editor, with the error's line marked. */
function renderGutter(errorLine) {
  const lines = editor().value.split('\n').length;
  byId('gutter').replaceChildren(...Array.from({ length: lines }, (_, i) =>
    h('span', { class: i + 1 === errorLine ? 'error-line' : '' }, `${i + 1}\n`)));
  byId('gutter').scrollTop = editor().scrollTop;
}

function verify() {
  const key = byId('signing-key').value;
  const result = byId('signature-result');
  if (!key) {
    result.textContent = 'Enter the signing key to verify.';
    return;
  }
  const valid = verifyWebhookSignature(editor().value, byId('signature').value, key);
  result.className = `signature-result ${valid ? 'ok' : 'bad'}`;
  result.textContent = valid
    ? 'Signature valid: this body was signed with this key.'
    : 'Signature does not match: the body was changed, re-serialised, or signed with another key.';
}

/** What a sender would put in x-periskope-signature: hex HMAC-SHA256 of the raw body. */
async function sign() {
  const key = byId('signing-key').value;
  if (!key) {
    byId('signature-result').textContent = 'Enter a signing key first.';
    return;
  }
  const encoder = new TextEncoder();
  const cryptoKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(editor().value)));
  byId('signature').value = Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('');
  verify();
}
