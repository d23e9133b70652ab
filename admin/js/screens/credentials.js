// A secret is shown once, right after it is issued: this panel, with copy buttons.
import { h, secretField } from "../dom.js";

const LABELS = { api_key: "API key", owner_token: "Owner token", widget_token: "Widget token" };

// `template` is the tenant's snippet from the API (under PUBLIC_BASE_URL, the address the
// customer's website loads the widget from), with WIDGET_TOKEN where the token goes.
export function secretsPanel(secrets, heading, template) {
  const items = Object.entries(secrets).map(([kind, value]) => secretField(`secret-${kind}`, LABELS[kind] || kind, value));
  if (secrets.widget_token && template) {
    items.push(secretField("secret-snippet", "Widget embed snippet", template.replace("WIDGET_TOKEN", secrets.widget_token)));
  }
  return h(
    "section",
    { class: "card secrets", "aria-labelledby": "secrets-title", id: "secrets" },
    h("h2", { id: "secrets-title", tabindex: "-1" }, heading),
    h("p", { class: "warning" }, "Shown once: copy them now. Switchboard keeps only a hash and cannot show them again."),
    items,
  );
}

export { LABELS };
