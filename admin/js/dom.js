// Building the page from data: text always goes in as text (never as HTML).

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value);
    } else if (key === "class") {
      el.className = value;
    } else if (value === true) {
      el.setAttribute(key, "");
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

export function when(iso) {
  if (!iso) return "never";
  const date = new Date(iso);
  return date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

export function badge(status) {
  return h("span", { class: `badge badge-${String(status).replace(/[^a-z_]/g, "")}` }, status);
}

export function table(caption, columns, rows, empty = "Nothing to show.") {
  if (!rows.length) return h("p", { class: "empty" }, empty);
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      {},
      h("caption", {}, caption),
      h("thead", {}, h("tr", {}, columns.map((c) => h("th", { scope: "col" }, c.label)))),
      h(
        "tbody",
        {},
        rows.map((row) => h("tr", {}, columns.map((c) => h("td", { "data-label": c.label }, c.cell(row))))),
      ),
    ),
  );
}

let statusTimer = null;

export function say(message, kind = "info") {
  const region = document.getElementById("status");
  region.className = `status status-${kind}`;
  region.textContent = message;
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => {
    region.textContent = "";
    region.className = "status";
  }, 8000);
}

export function problemText(error) {
  const fields = (error.problem && error.problem.errors) || [];
  const named = fields.map((f) => (Array.isArray(f.loc) ? f.loc.slice(-1)[0] : f.field)).filter(Boolean);
  return named.length ? `${error.message} (${named.join(", ")})` : error.message;
}

export function copyButton(label, getText) {
  return h(
    "button",
    {
      type: "button",
      class: "quiet",
      onclick: async () => {
        try {
          await navigator.clipboard.writeText(getText());
          say(`${label} copied.`);
        } catch {
          say("Copy did not work here: select the text and copy it.", "error");
        }
      },
    },
    `Copy ${label}`,
  );
}

export function secretField(id, label, value) {
  return h(
    "div",
    { class: "secret" },
    h("label", { for: id }, label),
    h("input", { id, type: "text", readonly: true, value, spellcheck: "false", autocomplete: "off" }),
    copyButton(/^API/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1), () => value),
  );
}
