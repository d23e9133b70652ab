// Building the page without HTML strings: text from people (names, transcripts, notes) only
// ever becomes a text node, never markup. The page's CSP forbids inline script as well.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'class') {
      node.className = value;
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (value === true) {
      node.setAttribute(key, '');
    } else {
      node.setAttribute(key, String(value));
    }
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

let fieldCount = 0;

// A labelled form field: every input has a visible label tied to it.
export function field(label, input, hint) {
  fieldCount += 1;
  const id = input.id || `f${fieldCount}`;
  input.id = id;
  const parts = [el('label', { for: id }, label), input];
  if (hint) {
    const hintId = `${id}-hint`;
    input.setAttribute('aria-describedby', hintId);
    parts.push(el('p', { class: 'hint', id: hintId }, hint));
  }
  return el('div', { class: 'field' }, parts);
}

export function section(title, ...children) {
  return el('section', { class: 'card' }, el('h2', {}, title), ...children);
}

export function empty(text) {
  return el('p', { class: 'empty' }, text);
}
