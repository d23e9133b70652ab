import { api } from "../api.js";
import { badge, h, replace, say, table, when } from "../dom.js";

export function healthTable(caption, items) {
  return table(
    caption,
    [
      { label: "Integration", cell: (r) => r.capability },
      { label: "Provider", cell: (r) => r.provider || "—" },
      { label: "Status", cell: (r) => badge(r.status) },
      { label: "Detail", cell: (r) => r.detail },
      { label: "Last error", cell: (r) => (r.last_error ? [r.last_error, h("br"), h("span", { class: "muted" }, when(r.last_error_at))] : "—") },
      { label: "Last OK", cell: (r) => when(r.last_ok_at) },
      { label: "Checked", cell: (r) => when(r.checked_at) },
    ],
    items,
    "No check has run yet. Checks run every ten minutes, or now with the button.",
  );
}

export async function healthScreen(view) {
  const data = await api.get("/v1/admin/health");
  const results = h("div", { id: "health-results" }, healthTable("Platform integrations", data.items));
  const newest = (items) => items.reduce((m, r) => (r.checked_at > m ? r.checked_at : m), "");
  const run = h(
    "button",
    {
      type: "button",
      onclick: async () => {
        run.disabled = true;
        const before = newest(data.items);
        try {
          await api.post("/v1/admin/health/checks");
          say("Checks queued; results appear here when the job has run.");
          for (let i = 0; i < 20; i += 1) {
            await new Promise((resolve) => setTimeout(resolve, 1000));
            const next = await api.get("/v1/admin/health");
            if (newest(next.items) > before) {
              replace(results, healthTable("Platform integrations", next.items));
              say("Checks finished.");
              return;
            }
          }
          say("The checks have not finished yet; reload later.");
        } finally {
          run.disabled = false;
        }
      },
    },
    "Run checks now",
  );
  replace(
    view,
    h("div", { class: "title-row" }, h("h1", {}, "Integration health"), run),
    h("p", { class: "help" }, "Each provider's own check runs as a job every ten minutes (Twilio: the account's credentials and status; SMTP: connect, STARTTLS and sign in; speech: the recogniser loads and decodes); each tenant's page shows its own webhooks, deliveries, calendar grant and writes, and billing."),
    results,
  );
}
