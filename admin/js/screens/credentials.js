// A secret is shown once, right after it is issued: this panel, with copy buttons.
import { h, secretField } from "../dom.js";

const LABELS = { api_key: "API key", owner_token: "Owner token", widget_token: "Widget token" };

export function snippet(widgetToken) {
  const script = `${location.origin}/widget/embed.js`;
  return `<script src="${script}" data-widget-token="${widgetToken}" defer></script>`;
}

export function secretsPanel(secrets, heading = "New credentials") {
  const items = Object.entries(secrets).map(([kind, value]) => secretField(`secret-${kind}`, LABELS[kind] || kind, value));
  if (secrets.widget_token) items.push(secretField("secret-snippet", "Widget embed snippet", snippet(secrets.widget_token)));
  return h(
    "section",
    { class: "card secrets", "aria-labelledby": "secrets-title", id: "secrets" },
    h("h2", { id: "secrets-title", tabindex: "-1" }, heading),
    h("p", { class: "warning" }, "Shown once: copy them now. Switchboard keeps only a hash and cannot show them again."),
    items,
  );
}

export { LABELS };
