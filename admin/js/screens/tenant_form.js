// The fields of a business, shared by "new tenant" and "edit".
import { h } from "../dom.js";

export const VERTICALS = ["plumbing", "hvac", "electrical", "roofing", "handyman", "general"];
export const LANGUAGES = [["en", "English"], ["es", "Spanish"]];

function field(id, label, input, help) {
  return h("div", { class: "field" }, h("label", { for: id }, label), input, help ? h("p", { class: "help", id: `${id}-help` }, help) : null);
}

export function businessFields(prefix, business = {}, { required = true } = {}) {
  const zone = business.timezone || Intl.DateTimeFormat().resolvedOptions().timeZone || "America/Chicago";
  const inputs = {
    name: h("input", { id: `${prefix}-name`, name: "name", required, maxlength: 200, value: business.name || "" }),
    timezone: h("input", { id: `${prefix}-timezone`, name: "timezone", required, value: zone, "aria-describedby": `${prefix}-timezone-help` }),
    phone_number: h("input", { id: `${prefix}-phone`, name: "phone_number", type: "tel", required, value: business.phone_number || "", "aria-describedby": `${prefix}-phone-help` }),
    vertical: h("select", { id: `${prefix}-vertical`, name: "vertical" }, VERTICALS.map((v) => h("option", { value: v, selected: (business.vertical || "general") === v }, v))),
    owner_phone: h("input", { id: `${prefix}-owner-phone`, name: "owner_phone", type: "tel", value: business.owner_phone || "" }),
    owner_email: h("input", { id: `${prefix}-owner-email`, name: "owner_email", type: "email", value: business.owner_email || "" }),
    language: h("select", { id: `${prefix}-language`, name: "language" }, LANGUAGES.map(([v, l]) => h("option", { value: v, selected: (business.language || "en") === v }, l))),
  };
  const origins = h("textarea", { id: `${prefix}-widget-origins`, name: "widget_origins", rows: 3, spellcheck: "false", "aria-describedby": `${prefix}-widget-origins-help` });
  const savedOrigins = (business.widget_origins || []).join("\n");
  origins.value = savedOrigins;
  const fields = [
    field(`${prefix}-name`, "Business name", inputs.name),
    field(`${prefix}-timezone`, "Time zone", inputs.timezone, "An IANA name, e.g. America/Chicago."),
    field(`${prefix}-phone`, "Switchboard number", inputs.phone_number, "The Twilio number callers dial; any common format."),
    field(`${prefix}-vertical`, "Trade", inputs.vertical),
    field(`${prefix}-owner-phone`, "Owner phone", inputs.owner_phone),
    field(`${prefix}-owner-email`, "Owner email", inputs.owner_email),
    field(`${prefix}-language`, "Language", inputs.language),
    field(`${prefix}-widget-origins`, "Websites allowed to embed the chat widget", origins, "One origin a line, e.g. https://www.example.com. Empty means ANY website may embed it."),
  ];
  const values = (onlyChanged) => {
    const out = {};
    for (const [key, input] of Object.entries(inputs)) {
      const value = input.value.trim();
      if (onlyChanged) {
        if (value !== (business[key] || "") && value !== "") out[key] = value;
      } else if (value !== "") {
        out[key] = value;
      }
    }
    const list = origins.value.split(/[\s,]+/).map((o) => o.trim()).filter(Boolean);
    if (!onlyChanged ? list.length : list.join("\n") !== savedOrigins) out.widget_origins = list;
    return out;
  };
  return { fields, values };
}
