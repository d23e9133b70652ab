// A small bar chart of daily counts (SVG built from data), with the same figures in a table
// for screen readers and keyboard users.
import { h, table } from "../dom.js";

const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  for (const child of children) el.append(child);
  return el;
}

export function dailyChart(title, daily, series) {
  const width = 640;
  const height = 160;
  const max = Math.max(1, ...daily.flatMap((d) => series.map(([key]) => d[key])));
  const slot = width / Math.max(1, daily.length);
  const bar = Math.max(1, (slot - 2) / series.length);
  const bars = [];
  daily.forEach((day, i) => {
    series.forEach(([key, , css], j) => {
      const value = day[key];
      const barHeight = (value / max) * (height - 10);
      bars.push(svg("rect", { x: i * slot + j * bar, y: height - barHeight, width: bar, height: barHeight, class: css }));
    });
  });
  const total = (key) => daily.reduce((sum, d) => sum + d[key], 0);
  const summary = `${title}: ` + series.map(([key, label]) => `${total(key)} ${label.toLowerCase()}`).join(", ");
  const picture = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": summary, class: "chart" }, ...bars);
  return h(
    "figure",
    { class: "chart-figure" },
    picture,
    h("figcaption", {}, h("ul", { class: "legend" }, series.map(([, label, css]) => h("li", {}, h("span", { class: `key ${css}`, "aria-hidden": "true" }), label)))),
    h(
      "details",
      {},
      h("summary", {}, "The figures by day"),
      table(title, [{ label: "Day", cell: (d) => d.date }, ...series.map(([key, label]) => ({ label, cell: (d) => d[key] }))], daily),
    ),
  );
}
