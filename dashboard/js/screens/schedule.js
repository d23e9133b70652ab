// Schedule: a day or a week per technician; book, edit, reschedule (drag a job, pick an open
// time or type one), cancel and complete. Conflicts are the API's: shown as it reports them.
import { api, paths } from '../api.js';
import { el, empty, field } from '../dom.js';
import { addDays, currentZone, dateTime, dayLabel, localDate, money, time, zonedInstant } from '../format.js';
import { t } from '../i18n.js';
import { badge, errorText, inlineForm, jobSummary, techName } from './common.js';
import { draggable } from './schedule_drag.js';

function go(params) {
  window.location.hash = `#/schedule?${new URLSearchParams(params)}`;
}

function alternatives(error, onPick) {
  const options = (error.problem && error.problem.alternatives) || [];
  if (!options.length) return null;
  return el(
    'div',
    { class: 'alternatives' },
    el('p', {}, t('schedule.alternatives')),
    options.map((slot) => el('button', { type: 'button', onclick: () => onPick(slot) }, dateTime(slot.start))),
  );
}

function rescheduleForm(container, job, technicians, ctx) {
  const slotsBox = el('div', { class: 'slots', 'aria-live': 'polite' });
  const move = async (start, technicianId) => {
    const body = { start };
    if (technicianId) body.technician_id = technicianId;
    await api(`/v1/owner/appointments/${job.id}/reschedule`, { method: 'POST', body });
    ctx.toast(t('schedule.moved'));
    ctx.rerender();
  };
  const form = inlineForm(
    container,
    () => {
      const find = el('button', { type: 'button' }, t('schedule.findTimes'));
      find.addEventListener('click', async () => {
        slotsBox.replaceChildren(el('p', {}, t('loading')));
        try {
          const query = { limit: 6, start: localDate() };
          if (job.service_id) query.service_id = job.service_id;
          else query.duration_minutes = Math.round((new Date(job.end) - new Date(job.start)) / 60000);
          if (job.technician_id) query.technician_id = job.technician_id;
          const slots = await api('/v1/owner/slots', { query });
          slotsBox.replaceChildren(
            slots.items.length
              ? el(
                  'ul',
                  { class: 'slot-list' },
                  slots.items.map((slot) =>
                    el(
                      'li',
                      {},
                      el(
                        'button',
                        {
                          type: 'button',
                          onclick: async () => {
                            try {
                              await move(slot.start, slot.technician_id);
                            } catch (error) {
                              slotsBox.append(el('p', { class: 'error', role: 'alert' }, errorText(error)));
                            }
                          },
                        },
                        `${dateTime(slot.start)} · ${techName(technicians, slot.technician_id)}`,
                      ),
                    ),
                  ),
                )
              : empty(t('schedule.noSlots')),
          );
        } catch (error) {
          slotsBox.replaceChildren(el('p', { class: 'error', role: 'alert' }, errorText(error)));
        }
      });
      return [
        el('p', {}, t('schedule.pickOrType')),
        find,
        slotsBox,
        field(t('schedule.newDate'), el('input', { type: 'date', name: 'date', value: localDate(job.start), required: true })),
        field(t('schedule.newTime'), el('input', { type: 'time', name: 'time', value: time24(job.start), required: true })),
      ];
    },
    async (f) => {
      try {
        await move(zonedInstant(f.elements.date.value, f.elements.time.value));
      } catch (error) {
        const picks = alternatives(error, (slot) => move(slot.start, slot.technician_id));
        if (picks) f.append(picks);
        throw error;
      }
    },
    t('schedule.move'),
  );
  return form;
}

// HH:MM on the business's clock, for a time input.
function time24(iso) {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: currentZone(),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

// A completed job's invoice as the books last said, with a retry when it failed.
function invoiceLine(job, ctx) {
  const inv = job.invoice;
  if (!inv) return null;
  const box = el('div', { class: `invoice ${inv.state}` });
  if (inv.state === 'pending') {
    box.append(el('p', { class: 'muted' }, t('invoice.pending')));
  } else if (inv.state === 'failed') {
    const retry = el('button', { type: 'button' }, t('invoice.retry'));
    retry.addEventListener('click', async () => {
      retry.disabled = true;
      try {
        await api(`/v1/owner/appointments/${job.id}/invoice/retry`, { method: 'POST' });
        ctx.toast(t('invoice.retried'));
        ctx.rerender();
      } catch (error) {
        retry.disabled = false;
        ctx.toast(errorText(error), 'alert');
      }
    });
    box.append(el('p', { class: 'error', role: 'alert' }, t('invoice.failed', { error: inv.error || '' })), retry);
  } else {
    const paid = inv.status === 'paid';
    box.append(
      el(
        'p',
        {},
        el('strong', { class: 'invoice-number' }, t('invoice.number', { number: inv.number })),
        ' ',
        badge(t(`invoice.${inv.status || 'open'}`), paid ? 'completed' : ''),
        !paid && inv.balance_cents !== null ? ` · ${t('invoice.balance', { amount: money(inv.balance_cents, job.currency) })}` : '',
        paid && job.paid_at ? ` · ${t('invoice.paidOn', { when: dateTime(job.paid_at) })}` : '',
      ),
    );
  }
  return box;
}

function completedDetail(job) {
  if (job.amount_cents === null || job.amount_cents === undefined) return null;
  return el(
    'div',
    { class: 'completion' },
    el('p', {}, `${t('schedule.charged')}: ${money(job.amount_cents, job.currency)}`),
    job.line_items.length
      ? el(
          'ul',
          { class: 'lines' },
          job.line_items.map((line) => el('li', {}, `${line.quantity} × ${line.description} · ${money(line.amount_cents, job.currency)}`)),
        )
      : null,
    job.completion_notes ? el('p', { class: 'muted' }, job.completion_notes) : null,
  );
}

// Complete: the lines charged (catalogue services or free text), their total, and notes.
function completeForm(item, job, services, ctx) {
  const cents = (value) => (value === '' ? 0 : Math.round(Number(value) * 100));
  const lines = el('ol', { class: 'line-items' });
  const total = el('p', { class: 'total', 'aria-live': 'polite' });
  const recount = () => {
    const sum = [...lines.querySelectorAll('input[name="line_amount"]')].reduce((acc, input) => acc + cents(input.value), 0);
    total.textContent = `${t('schedule.total')}: ${money(sum, job.currency)}`;
  };
  const addLine = (serviceId, amount) => {
    const select = el(
      'select',
      { name: 'line_service' },
      el('option', { value: '' }, t('schedule.freeText')),
      services.map((s) => el('option', { value: s.id, selected: s.id === serviceId }, s.name)),
    );
    const row = el(
      'li',
      { class: 'line-item' },
      field(t('schedule.item'), select),
      field(t('schedule.description'), el('input', { type: 'text', name: 'line_description', maxlength: '200' })),
      field(t('schedule.quantity'), el('input', { type: 'number', name: 'line_quantity', min: '1', max: '1000', step: '1', value: '1', required: true })),
      field(
        t('schedule.lineAmount'),
        el('input', { type: 'number', name: 'line_amount', min: '0', step: '0.01', inputmode: 'decimal', required: true, value: amount, oninput: recount }),
      ),
    );
    const remove = el('button', { type: 'button', class: 'quiet' }, t('schedule.removeLine'));
    remove.addEventListener('click', () => {
      row.remove();
      recount();
    });
    row.append(remove);
    lines.append(row);
    recount();
  };
  const estimate = job.estimated_value_cents !== null ? (job.estimated_value_cents / 100).toFixed(2) : '';
  addLine(job.service_id, estimate);
  const more = el('button', { type: 'button' }, t('schedule.addLine'));
  more.addEventListener('click', () => addLine(null, ''));
  inlineForm(
    item,
    () => [
      el('p', {}, t('schedule.linesHint')),
      lines,
      more,
      total,
      field(t('job.notes'), el('textarea', { name: 'completion_notes', rows: 2, maxlength: '10000' })),
    ],
    async (f) => {
      const lineItems = [...lines.querySelectorAll('.line-item')].map((row) => {
        const line = {
          quantity: Number(row.querySelector('[name="line_quantity"]').value || 1),
          amount_cents: cents(row.querySelector('[name="line_amount"]').value),
        };
        const serviceId = row.querySelector('[name="line_service"]').value;
        const description = row.querySelector('[name="line_description"]').value.trim();
        if (serviceId) line.service_id = serviceId;
        if (description) line.description = description;
        return line;
      });
      const body = { notes: f.elements.completion_notes.value, line_items: lineItems };
      if (!lineItems.length) body.amount_cents = 0;
      await api(`/v1/owner/appointments/${job.id}/complete`, { method: 'POST', body });
      ctx.toast(t('schedule.completed'));
      ctx.rerender();
    },
    t('schedule.complete'),
  );
}

function jobItem(job, technicians, ctx, services) {
  const actions = el('div', { class: 'actions' });
  const item = el('li', { class: `job ${job.is_emergency ? 'emergency' : ''} ${job.status}`, 'data-job': job.id }, jobSummary(job, technicians), actions);
  if (job.status === 'completed') {
    item.insertBefore(el('div', {}, completedDetail(job), invoiceLine(job, ctx)), actions);
    return item;
  }
  if (job.status === 'cancelled') return item;
  const button = (label, handler) => {
    const b = el('button', { type: 'button' }, label);
    b.addEventListener('click', handler);
    actions.append(b);
  };
  button(t('schedule.reschedule'), () => rescheduleForm(item, job, technicians, ctx));
  button(t('schedule.complete'), () => completeForm(item, job, services, ctx));
  button(t('schedule.edit'), () =>
    inlineForm(
      item,
      () => [
        field(
          t('job.technician'),
          el(
            'select',
            { name: 'technician' },
            el('option', { value: '' }, t('job.unassigned')),
            technicians.map((tech) => el('option', { value: tech.id, selected: tech.id === job.technician_id }, tech.name)),
          ),
        ),
        field(t('job.address'), el('input', { type: 'text', name: 'address', value: job.address, maxlength: '400' })),
        field(t('job.notes'), el('textarea', { name: 'notes', rows: 2, maxlength: '10000' }, job.notes)),
      ],
      async (f) => {
        const body = { address: f.elements.address.value, notes: f.elements.notes.value };
        if (f.elements.technician.value) body.technician_id = f.elements.technician.value;
        await api(`/v1/owner/appointments/${job.id}`, { method: 'PATCH', body });
        ctx.toast(t('schedule.saved'));
        ctx.rerender();
      },
      t('action.save'),
    ),
  );
  button(t('schedule.cancelJob'), async () => {
    if (!window.confirm(t('schedule.confirmCancel', { when: dateTime(job.start) }))) return;
    try {
      await api(`/v1/owner/appointments/${job.id}/cancel`, { method: 'POST', body: { reason: 'owner' } });
      ctx.toast(t('schedule.cancelled'));
      ctx.rerender();
    } catch (error) {
      ctx.toast(errorText(error), 'alert');
    }
  });
  return item;
}

function newJobForm(container, technicians, services, day, ctx) {
  const results = el('select', { name: 'customer_id' }, el('option', { value: '' }, t('schedule.newCustomer')));
  const search = el('input', { type: 'search', name: 'q', autocomplete: 'off' });
  search.addEventListener('change', async () => {
    const found = await api('/v1/owner/customers', { query: { q: search.value, limit: 20 } });
    results.replaceChildren(
      el('option', { value: '' }, t('schedule.newCustomer')),
      found.items.map((c) => el('option', { value: c.id }, `${c.name || t('customer.unnamed')} ${c.phone || ''}`)),
    );
  });
  inlineForm(
    container,
    () => [
      field(t('schedule.findCustomer'), search, t('schedule.findCustomerHint')),
      field(t('schedule.customer'), results),
      field(t('customer.name'), el('input', { type: 'text', name: 'name', autocomplete: 'off' })),
      field(t('customer.phone'), el('input', { type: 'tel', name: 'phone', autocomplete: 'off' })),
      field(
        t('schedule.service'),
        el('select', { name: 'service', required: true }, services.map((s) => el('option', { value: s.id }, s.name))),
      ),
      field(t('schedule.date'), el('input', { type: 'date', name: 'date', value: day, required: true })),
      field(t('schedule.time'), el('input', { type: 'time', name: 'time', value: '09:00', required: true })),
      field(
        t('job.technician'),
        el('select', { name: 'technician' }, el('option', { value: '' }, t('schedule.anyTechnician')), technicians.map((x) => el('option', { value: x.id }, x.name))),
      ),
      field(t('job.address'), el('input', { type: 'text', name: 'address', maxlength: '400' })),
      el('div', { class: 'field check' }, el('input', { type: 'checkbox', name: 'emergency', id: 'new-emergency' }), el('label', { for: 'new-emergency' }, t('badge.emergency'))),
    ],
    async (f) => {
      const body = {
        service_id: f.elements.service.value,
        start: zonedInstant(f.elements.date.value, f.elements.time.value),
        is_emergency: f.elements.emergency.checked,
      };
      if (f.elements.customer_id.value) body.customer_id = f.elements.customer_id.value;
      else body.customer = { name: f.elements.name.value, phone: f.elements.phone.value };
      if (f.elements.technician.value) body.technician_id = f.elements.technician.value;
      if (f.elements.address.value) body.address = f.elements.address.value;
      try {
        await api('/v1/owner/appointments', { method: 'POST', body });
      } catch (error) {
        const picks = alternatives(error, async (slot) => {
          await api('/v1/owner/appointments', { method: 'POST', body: { ...body, start: slot.start, technician_id: slot.technician_id || undefined } });
          ctx.toast(t('schedule.booked'));
          ctx.rerender();
        });
        if (picks) f.append(picks);
        throw error;
      }
      ctx.toast(t('schedule.booked'));
      ctx.rerender();
    },
    t('schedule.book'),
  );
}

// A handle to drag the job to another time or technician (schedule_drag.js). The move is the
// same API call as picking a time; a refusal shows the API's words (and its alternatives)
// in the job, which stays where it was.
function withDragHandle(item, job, days, techs, allJobs, ctx) {
  if (job.status === 'cancelled' || job.status === 'completed' || !techs.length) return item;
  const handle = el('span', { class: 'drag-handle', title: t('schedule.dragHint') }, '⠿ ', t('schedule.drag'));
  item.prepend(handle);
  item.dataset.jobId = job.id;
  const label = `${time(job.start)} ${job.service || ''}${job.customer && job.customer.name ? ` · ${job.customer.name}` : ''}`;
  const move = async (start, technicianId) => {
    const body = { start };
    if (technicianId) body.technician_id = technicianId;
    await api(`/v1/owner/appointments/${job.id}/reschedule`, { method: 'POST', body });
    ctx.toast(t('schedule.moved'));
    ctx.rerender();
  };
  draggable(handle, { ...job, day: localDate(job.start), label }, {
    days,
    technicians: techs,
    hours: ctx.business.business_hours,
    jobs: allJobs,
    onDrop: async (start, technicianId) => {
      for (const old of item.querySelectorAll('.drop-refused')) old.remove();
      try {
        await move(start, technicianId);
      } catch (error) {
        const refused = el('div', { class: 'drop-refused' }, el('p', { class: 'error', role: 'alert' }, errorText(error)));
        const picks = alternatives(error, (slot) => move(slot.start, slot.technician_id).catch((again) => ctx.toast(errorText(again), 'alert')));
        if (picks) refused.append(picks);
        item.append(refused);
      }
    },
  });
  return item;
}

export async function render(ctx) {
  const view = ctx.query.get('view') === 'week' ? 'week' : 'day';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(ctx.query.get('date') || '') ? ctx.query.get('date') : localDate();
  const tech = ctx.query.get('tech') || '';
  const last = view === 'week' ? addDays(day, 6) : day;
  const [jobs, technicians, services] = await Promise.all([
    api('/v1/owner/appointments', { query: { start: day, end: last, limit: 1000 } }),
    api('/v1/owner/technicians'),
    api('/v1/owner/services'),
  ]);
  const techs = technicians.items;
  const shown = jobs.items.filter((j) => !tech || j.technician_id === tech || (tech === 'none' && !j.technician_id));

  const viewSelect = el('select', { name: 'view' }, el('option', { value: 'day', selected: view === 'day' }, t('schedule.day')), el('option', { value: 'week', selected: view === 'week' }, t('schedule.week')));
  const dateInput = el('input', { type: 'date', name: 'date', value: day });
  const techSelect = el(
    'select',
    { name: 'tech' },
    el('option', { value: '' }, t('schedule.allTechnicians')),
    el('option', { value: 'none', selected: tech === 'none' }, t('job.unassigned')),
    techs.map((x) => el('option', { value: x.id, selected: x.id === tech }, x.name)),
  );
  const controls = el(
    'form',
    { class: 'controls' },
    field(t('schedule.view'), viewSelect),
    field(t('schedule.date'), dateInput),
    field(t('job.technician'), techSelect),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('action.show'))),
  );
  controls.addEventListener('submit', (event) => {
    event.preventDefault();
    go({ view: viewSelect.value, date: dateInput.value || localDate(), tech: techSelect.value });
  });
  const step = view === 'week' ? 7 : 1;
  const nav = el(
    'div',
    { class: 'actions' },
    el('a', { class: 'button', href: `#/schedule?${new URLSearchParams({ view, date: addDays(day, -step), tech })}` }, t('schedule.previous')),
    el('a', { class: 'button', href: `#/schedule?${new URLSearchParams({ view, date: localDate(), tech })}` }, t('schedule.today')),
    el('a', { class: 'button', href: `#/schedule?${new URLSearchParams({ view, date: addDays(day, step), tech })}` }, t('schedule.next')),
  );
  const newButton = el('button', { type: 'button', class: 'primary' }, t('schedule.newJob'));
  const page = el('div', { class: 'screen' }, el('h1', {}, t('nav.schedule')), controls, nav, el('div', { class: 'actions' }, newButton));
  newButton.addEventListener('click', () => newJobForm(page, techs, services.items, day, ctx));

  const days = view === 'week' ? Array.from({ length: 7 }, (_, i) => addDays(day, i)) : [day];
  for (const d of days) {
    const ofDay = shown.filter((j) => localDate(j.start) === d);
    const groups = new Map();
    for (const job of ofDay) {
      const key = job.technician_id || '';
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(job);
    }
    const card = el('section', { class: 'card' }, el('h2', {}, dayLabel(d)));
    if (!ofDay.length) card.append(empty(t('schedule.nothing')));
    for (const [key, list] of groups) {
      card.append(el('h3', {}, techName(techs, key || null)), el('ul', { class: 'list' }, list.map((job) => withDragHandle(jobItem(job, techs, ctx, services.items), job, days, techs, jobs.items, ctx))));
    }
    page.append(card);
  }
  page.append(el('p', {}, el('a', { href: paths.appointmentsExport, download: 'appointments.csv' }, t('schedule.export'))));
  return page;
}
