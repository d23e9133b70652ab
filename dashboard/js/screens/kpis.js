// Figures over a chosen period, computed by the API (GET /v1/owner/kpis), with a bar chart
// drawn as SVG (no chart library) and the same numbers in a table for screen readers.
import { api } from '../api.js';
import { el, field, section } from '../dom.js';
import { addDays, dayLabel, localDate, money, percent } from '../format.js';
import { t } from '../i18n.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

function chart(days) {
  const width = 640;
  const height = 200;
  const pad = 24;
  const max = Math.max(1, ...days.map((d) => Math.max(d.calls, d.bookings)));
  const slot = (width - pad * 2) / Math.max(1, days.length);
  const bar = Math.max(2, slot / 2 - 2);
  const scale = (v) => ((height - pad * 2) * v) / max;
  const bars = days.flatMap((d, i) => {
    const x = pad + i * slot;
    return [
      svg('rect', { x, y: height - pad - scale(d.calls), width: bar, height: scale(d.calls), class: 'bar-calls' }, svg('title', {}, `${d.day}: ${d.calls} ${t('kpi.calls')}`)),
      svg('rect', { x: x + bar + 1, y: height - pad - scale(d.bookings), width: bar, height: scale(d.bookings), class: 'bar-bookings' }, svg('title', {}, `${d.day}: ${d.bookings} ${t('kpi.bookings')}`)),
    ];
  });
  return svg(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': t('kpi.chartLabel') },
    svg('line', { x1: pad, y1: height - pad, x2: width - pad, y2: height - pad, class: 'axis' }),
    svg('text', { x: pad, y: pad - 8, class: 'axis-label' }, String(max)),
    ...bars,
  );
}

export async function render(ctx) {
  const end = /^\d{4}-\d{2}-\d{2}$/.test(ctx.query.get('end') || '') ? ctx.query.get('end') : localDate();
  const days = [7, 30, 90].includes(Number(ctx.query.get('days'))) ? Number(ctx.query.get('days')) : 7;
  const start = addDays(end, -(days - 1));
  const k = await api('/v1/owner/kpis', { query: { start, end } });
  const period = el('select', { name: 'days' }, [7, 30, 90].map((n) => el('option', { value: n, selected: n === days }, t('kpi.lastDays', { n }))));
  const endInput = el('input', { type: 'date', name: 'end', value: end });
  const controls = el(
    'form',
    { class: 'controls' },
    field(t('kpi.period'), period),
    field(t('kpi.ending'), endInput),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('action.show'))),
  );
  controls.addEventListener('submit', (event) => {
    event.preventDefault();
    window.location.hash = `#/kpis?${new URLSearchParams({ days: period.value, end: endInput.value || localDate() })}`;
  });
  const r = k.missed_call_recovery;
  const figures = [
    ['kpi.callsAnswered', `${k.calls_answered} / ${k.calls}`],
    ['kpi.bookings', `${k.bookings} (${t('kpi.byAssistant', { n: k.bookings_by_assistant })})`],
    ['kpi.conversion', percent(k.conversion)],
    ['kpi.recovery', t('kpi.recoveryValue', { missed: r.missed, texted: r.texted_back, booked: r.booked })],
    ['kpi.afterHours', String(k.after_hours_bookings)],
    ['kpi.emergencies', String(k.emergencies)],
    ['kpi.revenue', money(k.revenue_booked_cents, k.currency)],
    ['kpi.collected', money(k.revenue_collected_cents, k.currency)],
    ['kpi.response', k.callback_response_minutes === null ? '–' : t('kpi.minutes', { n: k.callback_response_minutes })],
  ];
  return el(
    'div',
    { class: 'screen' },
    el('h1', {}, t('nav.kpis')),
    controls,
    el('p', { class: 'muted' }, `${dayLabel(k.start)} – ${dayLabel(k.end)}`),
    el(
      'dl',
      { class: 'figures big' },
      figures.map(([key, value]) => el('div', {}, el('dt', {}, t(key)), el('dd', {}, value))),
    ),
    section(
      t('kpi.perDay'),
      el('p', { class: 'legend' }, el('span', { class: 'swatch calls' }), t('kpi.calls'), ' ', el('span', { class: 'swatch bookings' }), t('kpi.bookings')),
      chart(k.days),
      el(
        'table',
        { class: 'data' },
        el('caption', { class: 'visually-hidden' }, t('kpi.perDay')),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('kpi.day')), el('th', { scope: 'col' }, t('kpi.calls')), el('th', { scope: 'col' }, t('kpi.bookings')))),
        el('tbody', {}, k.days.map((d) => el('tr', {}, el('th', { scope: 'row' }, dayLabel(d.day)), el('td', {}, String(d.calls)), el('td', {}, String(d.bookings))))),
      ),
    ),
  );
}
