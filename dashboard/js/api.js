// The one place that calls fetch: it knows the session cookie is sent by the browser, adds the
// CSRF token to every change, and turns problem+json answers into ApiError.

let csrfToken = null;
let onSignedOut = () => {};

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

export function whenSignedOut(handler) {
  onSignedOut = handler;
}

function url(path, query) {
  const u = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(query || {})) {
    if (value !== undefined && value !== null && value !== '') u.searchParams.set(key, value);
  }
  return u.pathname + u.search;
}

export async function api(path, { method = 'GET', body, query } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const response = await fetch(url(path, query), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  if (response.status === 204) return null;
  const type = response.headers.get('content-type') || '';
  const data = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('/v1/auth/')) {
      csrfToken = null;
      onSignedOut();
    }
    throw new ApiError(response.status, typeof data === 'object' ? data : null);
  }
  return data;
}

export async function signIn(ownerToken) {
  const session = await api('/v1/auth/owner/login', {
    method: 'POST',
    body: { owner_token: ownerToken },
  });
  csrfToken = session.csrf_token;
  return session;
}

// A one-time code to the owner's phone or email; the answer never says whether it is known.
export async function requestCode(contact) {
  return api('/v1/auth/owner/code', { method: 'POST', body: { contact } });
}

export async function signInWithCode(contact, code) {
  const session = await api('/v1/auth/owner/code/verify', {
    method: 'POST',
    body: { contact, code },
  });
  csrfToken = session.csrf_token;
  return session;
}

// The session this browser already holds (after a reload), or null.
export async function currentSession() {
  try {
    const session = await api('/v1/auth/owner/session');
    csrfToken = session.csrf_token;
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function signOut() {
  // Kept when the request fails: the session still stands, and the next try needs it.
  await api('/v1/auth/owner/logout', { method: 'POST' });
  csrfToken = null;
}

// Server-sent events from the owner API (the cookie goes with them; reconnects are the
// browser's, resuming from the last event id).
export function liveEvents(onEvent) {
  if (!('EventSource' in window)) return () => {};
  const source = new EventSource('/v1/owner/events');
  for (const kind of ['conversation', 'message', 'booking', 'callback', 'emergency']) {
    source.addEventListener(kind, (event) => {
      try {
        onEvent(kind, JSON.parse(event.data));
      } catch {
        /* a malformed frame is skipped */
      }
    });
  }
  return () => source.close();
}

// A message catalogue of the dashboard's own words (i18n/<lang>.json beside the page).
export async function catalogue(code) {
  const response = await fetch(new URL(`../i18n/${code}.json`, import.meta.url), { credentials: 'same-origin' });
  if (!response.ok) throw new ApiError(response.status, null);
  return response.json();
}

export const paths = {
  recording: (callbackId) => `/v1/owner/callbacks/${encodeURIComponent(callbackId)}/recording`,
  customersExport: '/v1/owner/customers/export?format=csv',
  appointmentsExport: '/v1/owner/appointments/export?format=csv',
};
