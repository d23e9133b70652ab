// Drag-and-drop rescheduling on the Schedule: grab a job by its handle (a mouse drags at once,
// a finger after a long press), and a board of the day's times per technician appears; drop
// on a time and technician and the move goes through the same API as picking a time
// (POST /v1/owner/appointments/{id}/reschedule). A refusal (a conflict) is shown as the API
// words it and the job stays where it was. The keyboard path is the Reschedule button.
import { el } from '../dom.js';
import { time, zonedInstant } from '../format.js';
import { lang, t } from '../i18n.js';

const LONG_PRESS_MS = 450;
const MOUSE_SLOP_PX = 5;
const TOUCH_SLOP_PX = 10;
const STEP_MIN = 30;
const DAY_SWITCH_MS = 300;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const minutes = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

// The times a job may be dropped on, that day: the business's hours (07:00 to 19:00 when closed).
function dayTimes(hours, isoDate) {
  const weekday = WEEKDAYS[new Date(`${isoDate}T12:00:00Z`).getUTCDay()];
  const ranges = (hours && hours[weekday]) || [];
  const open = ranges.length ? Math.min(...ranges.map((r) => minutes(r[0]))) : 7 * 60;
  const close = ranges.length ? Math.max(...ranges.map((r) => minutes(r[1]))) : 19 * 60;
  const out = [];
  for (let m = open; m + STEP_MIN <= close; m += STEP_MIN) out.push(hhmm(m));
  return out;
}

function board(days, technicians, hours, chosenDay, others) {
  const grid = el('div', { class: 'drop-grid' });
  const tabs = days.length > 1 ? el('div', { class: 'drop-days' }) : null;
  const fill = (isoDate) => {
    grid.replaceChildren(
      el('div', { class: 'drop-row head' }, el('span', { class: 'drop-time' }, ''), technicians.map((tech) => el('span', { class: 'drop-tech' }, tech.name))),
      ...dayTimes(hours, isoDate).map((hm) => {
        const start = zonedInstant(isoDate, hm);
        return el(
          'div',
          { class: 'drop-row' },
          el('span', { class: 'drop-time' }, time(start)),
          technicians.map((tech) => {
            // Another job already there: marked, still a target (the API decides).
            const at = Date.parse(start);
            const busy = others.some((j) => j.technician_id === tech.id && Date.parse(j.start) <= at && at < Date.parse(j.end));
            return el('span', { class: `drop-cell${busy ? ' busy' : ''}`, dataset: { dropStart: start, dropTech: tech.id, dropLabel: `${time(start)} · ${tech.name}` } }, busy ? t('schedule.dropBusy') : '');
          }),
        );
      }),
    );
    if (tabs) for (const tab of tabs.children) tab.classList.toggle('chosen', tab.dataset.dropDay === isoDate);
  };
  if (tabs) for (const d of days) tabs.append(el('span', { class: 'drop-day', dataset: { dropDay: d } }, new Date(`${d}T12:00:00Z`).toLocaleDateString(lang(), { weekday: 'short', day: 'numeric', timeZone: 'UTC' })));
  const panel = el('div', { class: 'drop-board', 'aria-hidden': 'true' }, el('p', { class: 'drop-title' }, t('schedule.dropTitle')), tabs, grid);
  fill(chosenDay);
  return { panel, grid, fill };
}

// Makes `handle` drag `job`; `onDrop(start, technicianId)` does the move and throws when the
// API refuses it.
export function draggable(handle, job, { days, technicians, hours, jobs = [], onDrop }) {
  let press = null;
  let drag = null;

  const target = (x, y) => {
    const under = document.elementFromPoint(x, y);
    return under ? under.closest('[data-drop-start], [data-drop-day]') : null;
  };

  const begin = (event) => {
    const day = days.includes(job.day) ? job.day : days[0];
    const others = jobs.filter((j) => j.id !== job.id && j.status !== 'cancelled');
    const b = board(days, technicians, hours, day, others);
    const ghost = el('div', { class: 'drag-ghost', 'aria-hidden': 'true' }, job.label);
    document.body.append(b.panel, ghost);
    document.body.classList.add('dragging');
    drag = { ...b, ghost, over: null, scroll: 0 };
    move(event);
  };

  const move = (event) => {
    if (!drag) return;
    // Beside the finger or pointer, kept on the screen.
    const width = drag.ghost.offsetWidth;
    const x = Math.max(4, Math.min(event.clientX + 12, window.innerWidth - width - 4));
    drag.ghost.style.transform = `translate(${x}px, ${event.clientY + 16}px)`;
    const over = target(event.clientX, event.clientY);
    // A day chip switches the board after a short rest on it, so passing over one does not.
    const chip = over && over.dataset.dropDay ? over.dataset.dropDay : null;
    if (chip !== drag.chip) {
      window.clearTimeout(drag.chipTimer);
      drag.chip = chip;
      if (chip) drag.chipTimer = window.setTimeout(() => drag && drag.fill(chip), DAY_SWITCH_MS);
    }
    if (chip) return;
    if (drag.over && drag.over !== over) drag.over.classList.remove('over');
    drag.over = over;
    if (over) over.classList.add('over');
    drag.ghost.textContent = over ? `${job.label} → ${over.dataset.dropLabel}` : job.label;
    // Near the board's top or bottom edge: scroll it, so every time can be reached.
    const box = drag.grid.getBoundingClientRect();
    drag.scroll = event.clientY < box.top + 24 ? -12 : event.clientY > box.bottom - 24 ? 12 : 0;
    if (drag.scroll && !drag.timer) {
      drag.timer = window.setInterval(() => {
        if (drag && drag.scroll) drag.grid.scrollTop += drag.scroll;
      }, 30);
    }
  };

  const end = async (event, dropped) => {
    if (press) window.clearTimeout(press.timer);
    press = null;
    if (!drag) return;
    const over = dropped ? target(event.clientX, event.clientY) : null;
    window.clearInterval(drag.timer);
    window.clearTimeout(drag.chipTimer);
    drag.panel.remove();
    drag.ghost.remove();
    document.body.classList.remove('dragging');
    drag = null;
    if (over && over.dataset.dropStart) await onDrop(over.dataset.dropStart, over.dataset.dropTech);
  };

  handle.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    handle.setPointerCapture(event.pointerId);
    press = { x: event.clientX, y: event.clientY, touch: event.pointerType !== 'mouse' };
    if (press.touch) {
      press.timer = window.setTimeout(() => {
        if (navigator.vibrate) navigator.vibrate(20);
        begin(event);
      }, LONG_PRESS_MS);
    }
  });
  handle.addEventListener('pointermove', (event) => {
    if (drag) return move(event);
    if (!press) return;
    const far = Math.hypot(event.clientX - press.x, event.clientY - press.y);
    if (!press.touch && far > MOUSE_SLOP_PX) begin(event);
    else if (press.touch && far > TOUCH_SLOP_PX) {
      window.clearTimeout(press.timer); // moved before the long press: not a drag
      press = null;
    }
  });
  handle.addEventListener('pointerup', (event) => end(event, true));
  handle.addEventListener('pointercancel', (event) => end(event, false));
  handle.addEventListener('contextmenu', (event) => event.preventDefault());
}
