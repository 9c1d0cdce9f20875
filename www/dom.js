// The one DOM helper: build elements from data without innerHTML, so API and payload text can
// never become markup (and a strict CSP has nothing inline to refuse).

/** h('p', { class: 'x', onclick: fn }, 'text', child): properties for form state, attributes otherwise. */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (['value', 'checked', 'selected', 'disabled'].includes(key)) el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  el.append(...children.flat(Infinity).filter((c) => c !== undefined && c !== null && c !== false));
  return el;
}

/** A description list from [term, value] pairs, leaving out empty values. */
export function details(pairs, className = 'facts') {
  const present = pairs.filter(([, value]) => value !== undefined && value !== null && value !== '');
  return h('dl', { class: className }, present.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

export const byId = (id) => document.getElementById(id);
