// English and Spanish words for the dashboard, kept in i18n/<lang>.json (message catalogues,
// not strings in the logic). The catalogues are loaded once before the first screen.
import { catalogue } from './api.js';

export const LANGUAGES = ['en', 'es'];
const catalogues = {};
let current = 'en';

export async function loadCatalogues() {
  const loaded = await Promise.all(LANGUAGES.map((code) => catalogue(code)));
  LANGUAGES.forEach((code, i) => {
    catalogues[code] = loaded[i];
  });
}

export function setLang(code) {
  current = LANGUAGES.includes(code) ? code : 'en';
  document.documentElement.lang = current;
}

export function lang() {
  return current;
}

export function t(key, vars = {}) {
  const text = (catalogues[current] && catalogues[current][key]) ?? (catalogues.en && catalogues.en[key]) ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in vars ? String(vars[name]) : `{${name}}`));
}

// Static words in index.html carry data-i18n="key".
export function translatePage() {
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
}
