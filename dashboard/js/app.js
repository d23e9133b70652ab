// The dashboard shell: sign-in, the section bar, the hash router, live updates.
import { api, currentSession, liveEvents, signOut, whenSignedOut } from './api.js';
import { clear, el } from './dom.js';
import { setZone } from './format.js';
import { lang, loadCatalogues, setLang, t, translatePage } from './i18n.js';
import { errorText } from './screens/common.js';
import * as customers from './screens/customers.js';
import * as inbox from './screens/inbox.js';
import * as kpis from './screens/kpis.js';
import * as schedule from './screens/schedule.js';
import * as settings from './screens/settings.js';
import * as signin from './screens/signin.js';
import * as today from './screens/today.js';

const SCREENS = { today, schedule, inbox, customers, kpis, settings };
const main = document.getElementById('main');
const bar = document.getElementById('bar');
const banner = document.getElementById('lockdown-banner');
const toasts = document.getElementById('toasts');

// `shown` counts what was put on screen: a render that finishes after something newer was
// shown (another render, or the sign-in form) is dropped.
const state = { business: null, lastVisit: null, stopLive: null, shown: 0, handled: new Set() };

function toast(text, kind = 'info') {
  const item = el('p', { class: `toast toast-${kind}` }, text);
  toasts.append(item);
  setTimeout(() => item.remove(), 6000);
}

function showLockdown() {
  banner.hidden = !(state.business && state.business.lockdown);
}

async function refreshBusiness() {
  state.business = await api('/v1/owner/business');
  setZone(state.business.timezone);
  document.getElementById('business-name').textContent = state.business.name;
  showLockdown();
  return state.business;
}

function parseRoute() {
  const hash = window.location.hash.replace(/^#\/?/, '') || 'today';
  const [path, query = ''] = hash.split('?');
  const [name, id] = path.split('/');
  return { name: SCREENS[name] ? name : 'today', id: id || null, query: new URLSearchParams(query) };
}

async function route() {
  if (!state.business) return;
  const { name, id, query } = parseRoute();
  for (const link of document.querySelectorAll('#nav a')) {
    if (link.getAttribute('href') === `#/${name}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const screen = SCREENS[name];
  const mine = ++state.shown;
  clear(main);
  main.append(el('p', { class: 'loading' }, t('loading')));
  const context = {
    business: state.business,
    lastVisit: state.lastVisit,
    id,
    query,
    toast,
    refreshBusiness: async () => {
      await refreshBusiness();
      return state.business;
    },
    rerender: () => route(),
  };
  try {
    const view = await screen.render(context);
    if (state.shown !== mine) return; // the owner moved on (or signed out) while this loaded
    clear(main);
    main.append(view);
    document.title = `${t(`nav.${name}`)} · ${state.business.name}`;
    const heading = main.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  } catch (error) {
    if ((error && error.status === 401) || state.shown !== mine) return;
    clear(main);
    main.append(el('p', { class: 'error', role: 'alert' }, t('error.load', { detail: error.message })));
  }
}

function onLive(kind, data) {
  const key = `${kind}:${data.id}:${data.detail || ''}`;
  if (state.handled.has(key)) return;
  state.handled.add(key);
  if (kind === 'emergency') {
    toast(t('live.emergency'), 'alert');
    if ('Notification' in window && Notification.permission === 'granted') {
      // No caller details in a notification: it can show on a locked phone.
      new Notification(t('live.emergencyTitle'), { body: t('live.emergencyBody'), tag: data.id });
    }
  } else if (kind === 'conversation') {
    toast(t(`live.conversation.${data.channel || 'voice'}`));
  } else if (kind === 'booking') {
    toast(t('live.booking'));
  } else if (kind === 'callback') {
    toast(t('live.callback'));
  }
  const { name } = parseRoute();
  const refreshes = { today: true, inbox: true, schedule: kind === 'booking', customers: false };
  // Never under the owner's fingers: a form being filled in keeps what was typed.
  const typing = document.activeElement && main.contains(document.activeElement) && document.activeElement.matches('input, textarea, select');
  if (refreshes[name] && !typing && !main.querySelector('form.editing')) route();
}

function showSignIn() {
  if (state.stopLive) state.stopLive();
  state.stopLive = null;
  state.business = null;
  state.shown += 1;
  bar.hidden = true;
  banner.hidden = true;
  clear(main);
  main.append(
    signin.render({
      onSignedIn: async () => {
        await enter();
      },
    }),
  );
  const heading = main.querySelector('h1');
  if (heading) heading.setAttribute('tabindex', '-1');
  document.title = t('signin.title');
}

async function enter() {
  await refreshBusiness();
  const key = `sb_last_visit:${state.business.id}`;
  state.lastVisit = localStorage.getItem(key);
  localStorage.setItem(key, new Date().toISOString());
  bar.hidden = false;
  if (state.stopLive) state.stopLive();
  state.stopLive = liveEvents(onLive);
  // Set without a hashchange: that would start a second render of the same screen.
  if (!window.location.hash || window.location.hash === '#') history.replaceState(null, '', '#/today');
  await route();
}

async function start() {
  await loadCatalogues();
  const saved = localStorage.getItem('sb_lang');
  setLang(saved || (navigator.language || 'en').slice(0, 2));
  const select = document.getElementById('lang');
  select.value = lang();
  translatePage();
  select.addEventListener('change', () => {
    setLang(select.value);
    localStorage.setItem('sb_lang', select.value);
    translatePage();
    if (state.business) route();
    else showSignIn();
  });
  document.getElementById('sign-out').addEventListener('click', async () => {
    try {
      await signOut();
    } catch (error) {
      // The session still stands on the server: never show the sign-in form over it.
      toast(t('signout.failed', { detail: errorText(error) }), 'alert');
      return;
    }
    window.location.hash = '';
    showSignIn();
  });
  whenSignedOut(showSignIn);
  window.addEventListener('hashchange', route);
  const session = await currentSession();
  if (session) await enter();
  else showSignIn();
}

start();
