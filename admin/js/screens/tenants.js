import { api, query } from "../api.js";
import { badge, h, replace, table, when } from "../dom.js";

export async function tenantsScreen(view) {
  const results = h("div", { id: "tenant-results" });
  const q = h("input", { id: "tenant-q", type: "search", name: "q", maxlength: 100, autocomplete: "off" });
  const status = h(
    "select",
    { id: "tenant-status", name: "status" },
    h("option", { value: "" }, "Any status"),
    h("option", { value: "active" }, "Active"),
    h("option", { value: "suspended" }, "Suspended"),
  );
  const load = async () => {
    const data = await api.get(query("/v1/admin/businesses", { q: q.value.trim(), status: status.value, limit: 500 }));
    replace(
      results,
      table(
        `Tenants (${data.items.length})`,
        [
          { label: "Name", cell: (b) => h("a", { href: `#/tenants/${b.id}` }, b.name) },
          { label: "Number", cell: (b) => b.phone_number },
          { label: "Trade", cell: (b) => b.vertical },
          { label: "Status", cell: (b) => badge(b.lockdown ? "lockdown" : b.status) },
          { label: "Created", cell: (b) => when(b.created_at) },
        ],
        data.items,
        "No tenant matches.",
      ),
    );
  };
  replace(
    view,
    h("div", { class: "title-row" }, h("h1", {}, "Tenants"), h("a", { class: "button", href: "#/tenants/new" }, "New tenant")),
    h(
      "form",
      { class: "filters", role: "search", onsubmit: (e) => { e.preventDefault(); load(); } },
      h("div", { class: "field" }, h("label", { for: "tenant-q" }, "Name or number"), q),
      h("div", { class: "field" }, h("label", { for: "tenant-status" }, "Status"), status),
      h("button", { type: "submit" }, "Search"),
    ),
    results,
  );
  await load();
}
