// The console's shell: sign-in, the navigation and the screen for the address's #/route.
import { ApiError, currentSession, signOut } from "./api.js";
import { h, replace, say } from "./dom.js";
import { signInScreen } from "./screens/signin.js";
import { overviewScreen } from "./screens/overview.js";
import { tenantsScreen } from "./screens/tenants.js";
import { newTenantScreen } from "./screens/tenant_new.js";
import { tenantScreen } from "./screens/tenant.js";
import { healthScreen } from "./screens/health.js";
import { jobsScreen } from "./screens/jobs.js";
import { auditScreen } from "./screens/audit.js";
import { securityScreen } from "./screens/security.js";

const main = document.getElementById("main");
const nav = document.getElementById("nav");

const routes = [
  [/^#\/overview$/, overviewScreen, "Overview"],
  [/^#\/tenants$/, tenantsScreen, "Tenants"],
  [/^#\/tenants\/new$/, newTenantScreen, "New tenant"],
  [/^#\/tenants\/([0-9a-f-]{36})$/, tenantScreen, "Tenant"],
  [/^#\/health$/, healthScreen, "Health"],
  [/^#\/jobs$/, jobsScreen, "Jobs"],
  [/^#\/audit$/, auditScreen, "Audit"],
  [/^#\/security$/, securityScreen, "Security"],
];

let signedIn = false;

function showSignIn() {
  signedIn = false;
  nav.hidden = true;
  document.title = "Sign in · Switchboard admin";
  replace(main, signInScreen({ onSignedIn: () => { signedIn = true; route(); } }));
}

export async function route() {
  if (!signedIn) return showSignIn();
  nav.hidden = false;
  const hash = location.hash || "#/overview";
  const found = routes.find(([pattern]) => pattern.test(hash));
  if (!found) {
    location.hash = "#/overview";
    return;
  }
  const [pattern, screen, title] = found;
  const args = hash.match(pattern).slice(1);
  for (const link of nav.querySelectorAll("a")) {
    const current = hash === link.getAttribute("href") || hash.startsWith(`${link.getAttribute("href")}/`);
    if (current) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.title = `${title} · Switchboard admin`;
  const view = h("div", { class: "screen" });
  replace(main, view);
  try {
    await screen(view, ...args);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return showSignIn();
    replace(view, h("h1", {}, title), h("p", { class: "error", role: "alert" }, error.message));
  }
  main.focus();
}

// A change refused because the session ended (401) takes the operator back to sign in.
window.addEventListener("unhandledrejection", (event) => {
  if (event.reason instanceof ApiError && event.reason.status === 401) {
    event.preventDefault();
    say("Your session has ended: sign in again.", "error");
    showSignIn();
  }
});

document.getElementById("sign-out").addEventListener("click", async () => {
  try {
    await signOut();
  } catch (error) {
    // The session still stands on the server: never show the sign-in form over it.
    say(`Signing out did not reach the server, so you are still signed in: ${error.message}`, "error");
    return;
  }
  say("Signed out.");
  showSignIn();
});

window.addEventListener("hashchange", route);

currentSession()
  .then((session) => {
    signedIn = session !== null;
    route();
  })
  .catch((error) => {
    replace(main, h("p", { class: "error", role: "alert" }, `The console could not start: ${error.message}`));
  });
