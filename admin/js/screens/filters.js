// Filter forms for the logs: the same fields build the list query and the CSV link.
import { h } from "../dom.js";

export function dateField(id, label) {
  const input = h("input", { id, type: "date" });
  return { input, el: h("div", { class: "field" }, h("label", { for: id }, label), input) };
}

// A day as the start of that day in the operator's own time zone, with its offset.
export function dayStart(value) {
  if (!value) return "";
  return new Date(`${value}T00:00:00`).toISOString();
}

export function dayEnd(value) {
  if (!value) return "";
  const date = new Date(`${value}T00:00:00`);
  date.setDate(date.getDate() + 1);
  return date.toISOString();
}
