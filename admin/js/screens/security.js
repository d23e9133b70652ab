import { api, query } from "../api.js";
import { badge, h, replace, table, when } from "../dom.js";
import { dateField, dayEnd, dayStart } from "./filters.js";

const KINDS = [
  ["", "Any"],
  ["auth_failure", "Refused credential"],
  ["signature_failure", "Bad webhook signature"],
  ["lockout", "Lockout"],
  ["admin_sign_in_failed", "Failed console sign-in"],
];
const SURFACES = ["", "admin", "admin_sign_in", "owner", "owner_sign_in", "widget", "twilio", "stripe", "calendar_feed", "sessions", "other"];

export async function securityScreen(view) {
  const kind = h("select", { id: "security-kind" }, KINDS.map(([v, l]) => h("option", { value: v }, l)));
  const surface = h("select", { id: "security-surface" }, SURFACES.map((s) => h("option", { value: s }, s || "Anywhere")));
  const since = dateField("security-since", "From");
  const until = dateField("security-until", "To");
  const results = h("div", { id: "security-results" });
  const exportLink = h("a", { class: "button quiet", id: "security-export" }, "Export CSV");
  const params = () => ({ kind: kind.value, surface: surface.value, since: dayStart(since.input.value), until: dayEnd(until.input.value), limit: 500 });
  const load = async () => {
    exportLink.setAttribute("href", query("/v1/admin/security-events", { ...params(), format: "csv", limit: 5000 }));
    const data = await api.get(query("/v1/admin/security-events", params()));
    replace(
      results,
      table(
        `${data.items.length} event(s), newest first`,
        [
          { label: "When", cell: (e) => when(e.at) },
          { label: "What", cell: (e) => badge(e.kind) },
          { label: "Where", cell: (e) => e.surface },
          { label: "Answer", cell: (e) => e.status },
          { label: "Source", cell: (e) => h("code", { title: "A keyed pseudonym of the client address" }, e.client_ref) },
        ],
        data.items,
        "No security event matches.",
      ),
    );
  };
  replace(
    view,
    h("div", { class: "title-row" }, h("h1", {}, "Security events"), exportLink),
    h("p", { class: "help" }, "Refused credentials and webhook signatures, lockouts and failed console sign-ins, kept 90 days. The source is a keyed pseudonym, never an address. Credential rotations and suspensions are on the audit trail."),
    h(
      "form",
      { class: "filters", onsubmit: (e) => { e.preventDefault(); load(); } },
      h("div", { class: "field" }, h("label", { for: "security-kind" }, "What"), kind),
      h("div", { class: "field" }, h("label", { for: "security-surface" }, "Where"), surface),
      since.el,
      until.el,
      h("button", { type: "submit" }, "Filter"),
    ),
    results,
  );
  await load();
}
