import { api, query } from "../api.js";
import { badge, h, problemText, replace, say, table, when } from "../dom.js";

function summary(payload) {
  const entries = Object.entries(payload || {});
  if (!entries.length) return "—";
  return h("ul", { class: "plain" }, entries.map(([k, v]) => h("li", {}, h("code", {}, k), ": ", String(v))));
}

export async function jobsScreen(view, status = "dead") {
  const data = await api.get(query("/v1/admin/jobs", { status, limit: 200 }));
  const act = async (job, action) => {
    try {
      await api.post(`/v1/admin/jobs/${job.id}/${action}`);
      say(action === "retry" ? `Job ${job.kind} queued again.` : `Job ${job.kind} discarded.`);
      await jobsScreen(view, status);
    } catch (e) {
      say(problemText(e), "error");
    }
  };
  const picker = h(
    "select",
    { id: "job-status", onchange: () => jobsScreen(view, picker.value) },
    ["dead", "queued", "running", "done", "discarded"].map((s) => h("option", { value: s, selected: s === status }, s)),
  );
  replace(
    view,
    h("h1", {}, status === "dead" ? "Dead jobs" : "Jobs"),
    h("div", { class: "field inline" }, h("label", { for: "job-status" }, "Status"), picker),
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
  );
}
