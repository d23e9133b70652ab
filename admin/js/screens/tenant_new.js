import { api } from "../api.js";
import { h, problemText, replace } from "../dom.js";
import { businessFields } from "./tenant_form.js";
import { secretsPanel } from "./credentials.js";

export async function newTenantScreen(view) {
  const { fields, values } = businessFields("new");
  const error = h("p", { class: "error", role: "alert" });
  const form = h(
    "form",
    {
      class: "card",
      onsubmit: async (event) => {
        event.preventDefault();
        error.textContent = "";
        try {
          const created = await api.post("/v1/admin/businesses", values(false));
          const setup = await api.get(`/v1/admin/businesses/${created.business.id}/setup`);
          const panel = secretsPanel(created.credentials, `${created.business.name}: credentials`, setup.widget.snippet_template);
          replace(
            view,
            h("h1", {}, "Tenant created"),
            panel,
            h("p", {}, h("a", { class: "button", href: `#/tenants/${created.business.id}` }, "Continue to the tenant")),
          );
          panel.querySelector("h2").focus();
        } catch (e) {
          error.textContent = problemText(e);
        }
      },
    },
    fields,
    error,
    h("button", { type: "submit" }, "Create tenant"),
  );
  replace(view, h("h1", {}, "New tenant"), form);
}
