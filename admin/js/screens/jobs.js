import { api, query } from "../api.js";
import { badge, h, problemText, replace, say, table, when } from "../dom.js";

function summary(payload) {
  const entries = Object.entries(payload || {});
  if (!entries.length) return "—";
  return h("ul", { class: "plain" }, entries.map(([k, v]) => h("li", {}, h("code", {}, k), ": ", String(v))));
}

const SCOPES = [
  ["", "All jobs"],
  ["platform", "Platform jobs (no tenant)"],
  ["tenant", "Tenant jobs"],
];

function who(e) {
  return e.actor_kind === "system" ? e.actor_id : `${e.actor_kind}:${e.actor_id.slice(0, 8)}`;
}

export async function jobsScreen(view, status = "dead", scope = "") {
  const [data, trail] = await Promise.all([
    api.get(query("/v1/admin/jobs", { status, scope, limit: 200 })),
    scope === "platform" ? api.get(query("/v1/admin/audit", { scope: "platform", limit: 50 })) : null,
  ]);
  const act = async (job, action) => {
    try {
      await api.post(`/v1/admin/jobs/${job.id}/${action}`);
      say(action === "retry" ? `Job ${job.kind} queued again.` : `Job ${job.kind} discarded.`);
      await jobsScreen(view, status, scope);
    } catch (e) {
      say(problemText(e), "error");
    }
  };
  const picker = h(
    "select",
    { id: "job-status", onchange: () => jobsScreen(view, picker.value, scopes.value) },
    ["dead", "queued", "running", "done", "discarded"].map((s) => h("option", { value: s, selected: s === status }, s)),
  );
  const scopes = h(
    "select",
    { id: "job-scope", onchange: () => jobsScreen(view, picker.value, scopes.value) },
    SCOPES.map(([v, l]) => h("option", { value: v, selected: v === scope }, l)),
  );
  replace(
    view,
    h("h1", {}, status === "dead" ? "Dead jobs" : "Jobs"),
    h("div", { class: "filters" }, h("div", { class: "field inline" }, h("label", { for: "job-status" }, "Status"), picker), h("div", { class: "field inline" }, h("label", { for: "job-scope" }, "Whose"), scopes)),
    table(
      `${data.items.length} ${status} job(s), newest first`,
      [
        { label: "Kind", cell: (j) => h("code", {}, j.kind) },
        { label: "Tenant", cell: (j) => (j.business_id ? h("a", { href: `#/tenants/${j.business_id}` }, j.business_id.slice(0, 8)) : "platform") },
        { label: "Status", cell: (j) => badge(j.status) },
        { label: "Attempts", cell: (j) => `${j.attempts} / ${j.max_attempts}` },
        { label: "Last error", cell: (j) => j.last_error || "—" },
        { label: "Finished", cell: (j) => when(j.finished_at) },
        { label: "Payload", cell: (j) => summary(j.payload_summary) },
        {
          label: "Actions",
          cell: (j) =>
            j.status === "dead"
              ? h(
                  "div",
                  { class: "actions" },
                  h("button", { type: "button", "aria-label": `Retry ${j.kind} ${j.id.slice(0, 8)}`, onclick: () => act(j, "retry") }, "Retry"),
                  h("button", { type: "button", class: "danger", "aria-label": `Discard ${j.kind} ${j.id.slice(0, 8)}`, onclick: () => act(j, "discard") }, "Discard"),
                )
              : "—",
        },
      ],
      data.items,
      status === "dead" ? "No dead jobs." : "No jobs.",
    ),
    trail
      ? h(
          "section",
          { class: "trail", "aria-labelledby": "platform-trail-title" },
          h("h2", { id: "platform-trail-title" }, "Platform job trail"),
          h("p", { class: "help" }, "Every failed run of a platform job, and every retry or discard, with who and when (also on the Audit page)."),
          table(
            `${trail.items.length} recent event(s), newest first`,
            [
              { label: "When", cell: (e) => when(e.at) },
              { label: "What", cell: (e) => h("code", {}, e.action) },
              { label: "Job", cell: (e) => h("span", {}, h("code", {}, e.details.kind || ""), ` ${e.target_id.slice(0, 8)}`) },
              { label: "Who", cell: (e) => who(e) },
              { label: "Error", cell: (e) => e.details.error || "—" },
            ],
            trail.items,
            "No platform job has failed.",
          ),
        )
      : null,
  );
}
