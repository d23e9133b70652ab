// The only module that calls fetch: the console's session (an HttpOnly cookie the page never
// sees) and its CSRF token, sent on every change.

const CSRF_HEADER = "X-CSRF-Token";
let csrfToken = null;

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

async function call(method, path, body) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers[CSRF_HEADER] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    let problem = {};
    try {
      problem = await response.json();
    } catch {
      problem = {};
    }
    if (response.status === 401) csrfToken = null;
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) return null;
  return response.json();
}

export const api = {
  get: (path) => call("GET", path),
  post: (path, body) => call("POST", path, body),
  patch: (path, body) => call("PATCH", path, body),
};

export function query(path, params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== "") search.set(key, value);
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

export async function signIn(adminKey) {
  const session = await call("POST", "/v1/auth/admin/login", { admin_key: adminKey });
  csrfToken = session.csrf_token;
  return session;
}

export async function currentSession() {
  try {
    const session = await call("GET", "/v1/auth/admin/session");
    csrfToken = session.csrf_token;
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function signOut() {
  // Kept when the request fails: the session still stands, and the next try needs it.
  await call("POST", "/v1/auth/admin/logout");
  csrfToken = null;
}
