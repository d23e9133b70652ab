import { api, query } from "../api.js";
import { h, replace, table, badge } from "../dom.js";

const MEASURES = [
  ["calls", "Calls"],
  ["chats", "Web chats"],
  ["texts", "Texts"],
  ["emails", "Emails"],
  ["bookings", "Bookings"],
  ["delivery_failures", "Delivery failures"],
  ["job_failures", "Job failures"],
  ["http_4xx", "4xx answers"],
  ["http_5xx", "5xx answers"],
];

export function periodPicker(id, days, onChange) {
  const select = h(
    "select",
    { id, onchange: () => onChange(Number(select.value)) },
    [1, 7, 30, 90].map((d) => h("option", { value: d, selected: d === days }, d === 1 ? "Last 24 hours" : `Last ${d} days`)),
  );
  return h("div", { class: "field inline" }, h("label", { for: id }, "Period"), select);
}

export async function overviewScreen(view, days = 7) {
  const data = await api.get(query("/v1/admin/overview", { days }));
  const cards = [
    ["Active tenants", data.tenants.active],
    ["Suspended tenants", data.tenants.suspended],
    ...MEASURES.map(([key, label]) => [label, data.totals[key]]),
    ["Dead jobs now", data.dead_jobs],
    ["Failing platform checks", data.failing_platform_checks],
    ["Failed sign-ins and credentials", data.security_events.auth_failure + data.security_events.admin_sign_in_failed],
    ["Signature failures", data.security_events.signature_failure],
    ["Lockouts", data.security_events.lockout],
  ];
  replace(
    view,
    h("h1", {}, "Platform overview"),
    periodPicker("overview-period", days, (d) => overviewScreen(view, d)),
    h("ul", { class: "cards", "aria-label": "Totals" }, cards.map(([label, value]) => h("li", { class: "card stat" }, h("span", { class: "stat-value" }, value), h("span", { class: "stat-label" }, label)))),
    h("h2", {}, "By tenant"),
    table(
      "Usage and failures per tenant over the period",
      [
        { label: "Tenant", cell: (r) => h("a", { href: `#/tenants/${r.id}` }, r.name) },
        { label: "Status", cell: (r) => badge(r.lockdown ? "lockdown" : r.status) },
        ...MEASURES.map(([key, label]) => ({ label, cell: (r) => r[key] })),
        // Refused for their signature, naming this tenant's number: claimed, not proven.
        { label: "Webhook rejections (claimed)", cell: (r) => r.webhook_rejections },
        { label: "Dead jobs", cell: (r) => r.dead_jobs },
        { label: "Failing checks", cell: (r) => r.failing_checks },
      ],
      data.by_tenant,
      "No tenants yet.",
    ),
  );
}
