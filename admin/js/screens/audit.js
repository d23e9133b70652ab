import { api, query } from "../api.js";
import { h, replace, table, when } from "../dom.js";
import { dateField, dayEnd, dayStart } from "./filters.js";

function details(d) {
  const entries = Object.entries(d || {});
  return entries.length ? entries.map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : v}`).join("; ") : "—";
}

export async function auditScreen(view) {
  const tenants = (await api.get(query("/v1/admin/businesses", { limit: 500 }))).items;
  const names = Object.fromEntries(tenants.map((t) => [t.id, t.name]));
  const tenant = h(
    "select",
    { id: "audit-tenant" },
    h("option", { value: "" }, "All tenants and the platform"),
    h("option", { value: "platform" }, "Platform jobs (no tenant)"),
    h("option", { value: "tenants" }, "Tenants only"),
    tenants.map((t) => h("option", { value: t.id }, t.name)),
  );
  const action = h("input", { id: "audit-action", maxlength: 80, list: "audit-actions", "aria-describedby": "audit-action-help" });
  const actions = h(
    "datalist",
    { id: "audit-actions" },
    ["credential", "credential.rotate", "business.suspend", "business.resume", "business.lockdown", "business.create", "business.update", "business.settings", "job", "job.retry", "job.discard", "job.failed", "job.dead", "service"].map((a) => h("option", { value: a })),
  );
  const actor = h(
    "select",
    { id: "audit-actor" },
    [["", "Anyone"], ["system", "A platform job"], ["admin", "Admin key"], ["admin_session", "Admin console"], ["owner_token", "Owner token"], ["owner_session", "Owner dashboard"], ["api_key", "API key"]].map(([v, l]) => h("option", { value: v }, l)),
  );
  const since = dateField("audit-since", "From");
  const until = dateField("audit-until", "To");
  const results = h("div", { id: "audit-results" });
  const exportLink = h("a", { class: "button quiet", id: "audit-export" }, "Export CSV");
  const scoped = { platform: "platform", tenants: "tenant" };
  const params = () => ({
    business_id: scoped[tenant.value] ? "" : tenant.value,
    scope: scoped[tenant.value] || "",
    action: action.value.trim(),
    actor_kind: actor.value,
    since: dayStart(since.input.value),
    until: dayEnd(until.input.value),
    limit: 500,
  });
  const load = async () => {
    exportLink.setAttribute("href", query("/v1/admin/audit", { ...params(), format: "csv", limit: 5000 }));
    const data = await api.get(query("/v1/admin/audit", params()));
    replace(
      results,
      table(
        `${data.items.length} event(s), newest first`,
        [
          { label: "When", cell: (e) => when(e.at) },
          { label: "Tenant", cell: (e) => (e.business_id ? h("a", { href: `#/tenants/${e.business_id}` }, names[e.business_id] || e.business_id.slice(0, 8)) : "platform") },
          { label: "Who", cell: (e) => (e.actor_kind === "system" ? e.actor_id : `${e.actor_kind}:${e.actor_id.slice(0, 8)}`) },
          { label: "Action", cell: (e) => h("code", {}, e.action) },
          { label: "Target", cell: (e) => `${e.target_type}${e.target_id ? ` ${e.target_id.slice(0, 8)}` : ""}` },
          { label: "Details", cell: (e) => details(e.details) },
        ],
        data.items,
        "No audit event matches.",
      ),
    );
  };
  replace(
    view,
    h("div", { class: "title-row" }, h("h1", {}, "Audit trail"), exportLink),
    h(
      "form",
      { class: "filters", onsubmit: (e) => { e.preventDefault(); load(); } },
      h("div", { class: "field" }, h("label", { for: "audit-tenant" }, "Tenant"), tenant),
      h("div", { class: "field" }, h("label", { for: "audit-action" }, "Action"), action, actions, h("p", { class: "help", id: "audit-action-help" }, "e.g. credential.rotate, business.lockdown, business.suspend, job (every job event)")),
      h("div", { class: "field" }, h("label", { for: "audit-actor" }, "Who"), actor),
      since.el,
      until.el,
      h("button", { type: "submit" }, "Filter"),
    ),
    results,
  );
  await load();
}
