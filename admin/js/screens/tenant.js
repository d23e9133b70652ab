import { api, query } from "../api.js";
import { badge, copyButton, h, problemText, replace, say, table, when } from "../dom.js";
import { dailyChart } from "./chart.js";
import { LABELS, secretsPanel } from "./credentials.js";
import { periodPicker } from "./overview.js";
import { businessFields } from "./tenant_form.js";
import { healthTable } from "./health.js";

const SERIES = [
  ["calls", "Calls", "s1"],
  ["texts", "Texts", "s2"],
  ["bookings", "Bookings", "s3"],
  ["delivery_failures", "Delivery failures", "s4"],
  ["job_failures", "Job failures", "s5"],
  ["http_4xx", "4xx answers", "s6"],
  ["http_5xx", "5xx answers", "s7"],
  ["webhook_rejections", "Webhook rejections (claimed)", "s8"],
];

function section(id, title, ...content) {
  return h("section", { class: "card", "aria-labelledby": `${id}-title`, id }, h("h2", { id: `${id}-title` }, title), content);
}

export async function tenantScreen(view, id) {
  const base = `/v1/admin/businesses/${id}`;
  const [business, checklist, setup, credentials, health] = await Promise.all([
    api.get(base),
    api.get(`${base}/checklist`),
    api.get(`${base}/setup`),
    api.get(`${base}/credentials`),
    api.get(query("/v1/admin/health", { business_id: id })),
  ]);
  const reload = () => tenantScreen(view, id);
  const secrets = h("div", { id: "secret-slot" });
  const usage = h("div", { id: "usage-slot" });
  replace(
    view,
    h("div", { class: "title-row" }, h("h1", {}, business.name, " ", badge(business.lockdown ? "lockdown" : business.status)), h("a", { href: "#/tenants" }, "All tenants")),
    h("p", { class: "muted" }, `${business.phone_number} · ${business.vertical} · ${business.timezone} · id ${business.id}`),
    secrets,
    checklistSection(checklist),
    section("usage", "Usage and errors", usage),
    section("tenant-health", "Integration health", healthTable(`Checks for ${business.name}`, health.items)),
    credentialsSection(base, credentials, secrets, setup.widget.snippet_template),
    setupSection(setup),
    statusSection(base, business, reload),
    editSection(base, business, reload),
  );
  await renderUsage(usage, id, 30);
}

function checklistSection(data) {
  return section(
    "checklist",
    `Onboarding: ${data.done} of ${data.total} done`,
    h(
      "ul",
      { class: "checklist" },
      data.items.map((item) =>
        h(
          "li",
          { class: item.done ? "done" : "todo" },
          h("span", { class: "mark", "aria-hidden": "true" }, item.done ? "✓" : "○"),
          h("span", { class: "visually-hidden" }, item.done ? "Done: " : "To do: "),
          h("strong", {}, item.label),
          " ",
          h("span", { class: "muted" }, item.detail),
        ),
      ),
    ),
  );
}

async function renderUsage(slot, id, days) {
  const data = await api.get(query(`/v1/admin/businesses/${id}/usage`, { days }));
  replace(
    slot,
    periodPicker("usage-period", days, (d) => renderUsage(slot, id, d)),
    h(
      "ul",
      { class: "cards compact" },
      Object.entries(data.totals).map(([key, value]) => h("li", { class: "stat" }, h("span", { class: "stat-value" }, value), h("span", { class: "stat-label" }, key.replace("http_", "").replace("_", " ")))),
      h("li", { class: "stat" }, h("span", { class: "stat-value" }, data.dead_jobs_now), h("span", { class: "stat-label" }, "dead jobs now")),
    ),
    dailyChart(`Per day (${data.timezone})`, data.daily, SERIES),
    h("p", { class: "help" }, "4xx and 5xx count the answers to this tenant's own authenticated requests. Webhook rejections are Twilio webhooks refused for their signature that name this tenant's number: the tenant is what the request claims, not proven (see Security, where every rejection is counted)."),
  );
}

function credentialsSection(base, credentials, secretSlot, snippetTemplate) {
  const live = credentials.filter((c) => !c.revoked_at);
  const rotate = async (kind) => {
    if (!window.confirm(`Rotate the ${LABELS[kind]}? The current one stops working at once.`)) return;
    try {
      const issued = await api.post(`${base}/credentials/${kind}/rotate`);
      replace(secretSlot, secretsPanel({ [kind]: issued.secret }, `New ${LABELS[kind]}`, snippetTemplate));
      secretSlot.querySelector("h2").focus();
      say(`${LABELS[kind]} rotated; the previous one no longer works.`);
    } catch (e) {
      say(problemText(e), "error");
    }
  };
  return section(
    "credentials",
    "Credentials",
    table(
      "Live credentials (secrets are never shown again)",
      [
        { label: "Kind", cell: (c) => LABELS[c.kind] || c.kind },
        { label: "Hint", cell: (c) => h("code", {}, c.hint) },
        { label: "Issued", cell: (c) => when(c.created_at) },
        { label: "Last used", cell: (c) => when(c.last_used_at) },
      ],
      live,
    ),
    h(
      "div",
      { class: "actions" },
      Object.entries(LABELS).map(([kind, label]) => h("button", { type: "button", class: "danger", onclick: () => rotate(kind) }, `Rotate ${kind === "api_key" ? label : label.toLowerCase()}`)),
    ),
  );
}

function setupSection(setup) {
  const rows = [
    ["Voice URL (A call comes in)", setup.twilio.voice_url],
    ["Voice status callback", setup.twilio.voice_status_callback],
    ["Messaging URL (A message comes in)", setup.twilio.sms_url],
    ["Messaging status callback", setup.twilio.sms_status_callback],
  ];
  return section(
    "setup",
    "Set-up values",
    h("p", {}, `In Twilio, on ${setup.phone_number}, set these (HTTP ${setup.twilio.method}):`),
    h("dl", { class: "values" }, rows.map(([label, value]) => [h("dt", {}, label), h("dd", {}, h("code", {}, value), " ", copyButton("URL", () => value))])),
    h("p", {}, "Widget snippet (rotate the widget token above to get one with its token):"),
    h("pre", {}, h("code", {}, setup.widget.snippet_template)),
  );
}

function statusSection(base, business, reload) {
  const suspended = business.status === "suspended";
  const reason = h("input", { id: "status-reason", maxlength: 300, "aria-describedby": "status-reason-help" });
  const error = h("p", { class: "error", role: "alert" });
  return section(
    "status",
    suspended ? "Resume this tenant" : "Suspend this tenant",
    h(
      "form",
      {
        onsubmit: async (event) => {
          event.preventDefault();
          const action = suspended ? "resume" : "suspend";
          if (!suspended && !window.confirm(`Suspend ${business.name}? Its credentials stop working and its calls and texts are no longer answered.`)) return;
          try {
            await api.post(`${base}/${action}`, { reason: reason.value.trim() });
            say(suspended ? "Tenant resumed." : "Tenant suspended.");
            await reload();
          } catch (e) {
            error.textContent = problemText(e);
          }
        },
      },
      h("div", { class: "field" }, h("label", { for: "status-reason" }, "Reason"), reason, h("p", { class: "help", id: "status-reason-help" }, "Kept on the audit trail. About the account (e.g. unpaid), not about people.")),
      error,
      h("button", { type: "submit", class: suspended ? "" : "danger" }, suspended ? "Resume" : "Suspend"),
    ),
  );
}

function editSection(base, business, reload) {
  const { fields, values } = businessFields("edit", business);
  const error = h("p", { class: "error", role: "alert" });
  return section(
    "edit",
    "Edit details",
    h(
      "form",
      {
        onsubmit: async (event) => {
          event.preventDefault();
          error.textContent = "";
          const changes = values(true);
          if (!Object.keys(changes).length) return say("Nothing changed.");
          try {
            await api.patch(base, changes);
            say("Saved.");
            await reload();
          } catch (e) {
            error.textContent = problemText(e);
          }
        },
      },
      fields,
      error,
      h("button", { type: "submit" }, "Save changes"),
    ),
  );
}
