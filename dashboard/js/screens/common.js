// Pieces more than one screen shows: a job, a callback, badges, inline action forms.
import { api, ApiError, paths } from '../api.js';
import { el, field } from '../dom.js';
import { dateTime, mapLink, money, phoneLink, time } from '../format.js';
import { t } from '../i18n.js';

export function badge(text, kind = '') {
  return el('span', { class: `badge ${kind}` }, text);
}

export function errorText(error) {
  if (error instanceof ApiError) return error.message;
  return t('error.network');
}

export function techName(technicians, id) {
  const tech = technicians.find((x) => x.id === id);
  return tech ? tech.name : t('job.unassigned');
}

export function jobSummary(job, technicians) {
  return [
    el(
      'p',
      { class: 'job-when' },
      el('strong', {}, `${time(job.start)}–${time(job.end)}`),
      ' ',
      job.service,
      job.is_emergency ? [' ', badge(t('badge.emergency'), 'alert')] : null,
      job.status !== 'scheduled' ? [' ', badge(t(`status.${job.status}`), job.status)] : null,
    ),
    el(
      'p',
      {},
      job.customer.name || t('customer.unnamed'),
      job.customer.phone
        ? [' · ', el('a', { href: phoneLink(job.customer.phone) }, job.customer.phone)]
        : null,
    ),
    job.address
      ? el(
          'p',
          {},
          el('a', { href: mapLink(job.address), target: '_blank', rel: 'noopener noreferrer' }, job.address),
          el('span', { class: 'visually-hidden' }, ` (${t('job.map')})`),
        )
      : null,
    el(
      'p',
      { class: 'muted' },
      `${t('job.technician')}: ${techName(technicians, job.technician_id)}`,
      job.estimated_value_cents !== null ? ` · ${money(job.estimated_value_cents, job.currency)}` : '',
    ),
  ];
}

// A form that appears in place of its button and disappears when done or cancelled.
export function inlineForm(container, build, onSubmit, submitLabel) {
  const message = el('p', { class: 'error', role: 'alert', hidden: true });
  const cancel = el('button', { type: 'button', class: 'quiet' }, t('action.cancel'));
  const form = el('form', { class: 'inline editing' });
  const fields = build(form);
  form.append(...fields, message, el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, submitLabel), cancel));
  cancel.addEventListener('click', () => form.remove());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.hidden = true;
    try {
      await onSubmit(form);
      form.remove();
    } catch (error) {
      message.textContent = errorText(error);
      message.hidden = false;
    }
  });
  container.append(form);
  const first = form.querySelector('input, textarea, select');
  if (first) first.focus();
  return form;
}

export function callbackItem(callback, { technicians, onChange, toast }) {
  const actions = el('div', { class: 'actions' });
  const item = el(
    'li',
    { class: 'callback' },
    el(
      'p',
      {},
      el('strong', {}, t(`reason.${callback.reason}`)),
      ' · ',
      dateTime(callback.created_at),
      callback.assignee ? [' · ', `${t('callback.assignedTo')} ${callback.assignee}`] : null,
    ),
    callback.phone ? el('p', {}, callback.phone) : el('p', { class: 'muted' }, t('callback.noNumber')),
    callback.details ? el('p', { class: 'details' }, callback.details) : null,
    callback.transcript
      ? el('blockquote', {}, el('p', { class: 'muted' }, t('callback.transcript')), el('p', {}, callback.transcript))
      : null,
    callback.recording_url && !callback.recording_deleted_at
      ? el('audio', {
          controls: true,
          preload: 'none',
          src: paths.recording(callback.id),
          'aria-label': t('callback.recording'),
        })
      : null,
    actions,
  );
  if (callback.phone) {
    actions.append(el('a', { class: 'button primary', href: phoneLink(callback.phone) }, t('callback.call')));
  }
  if (callback.status === 'open') {
    const done = el('button', { type: 'button' }, t('callback.done'));
    done.addEventListener('click', () =>
      inlineForm(
        item,
        () => [field(t('callback.resolution'), el('textarea', { name: 'resolution', required: true, rows: 2 }))],
        async (form) => {
          const resolution = form.elements.resolution.value.trim() || t('callback.doneDefault');
          await api(`/v1/owner/callbacks/${callback.id}/resolve`, { method: 'POST', body: { resolution } });
          toast(t('callback.doneToast'));
          onChange();
        },
        t('callback.done'),
      ),
    );
    const assign = el('button', { type: 'button' }, t('callback.assign'));
    assign.addEventListener('click', () =>
      inlineForm(
        item,
        () => {
          const select = el(
            'select',
            { name: 'assignee' },
            el('option', { value: '' }, t('callback.nobody')),
            technicians.map((tech) => el('option', { value: tech.name, selected: tech.name === callback.assignee }, tech.name)),
          );
          return [field(t('callback.assignTo'), select)];
        },
        async (form) => {
          const assignee = form.elements.assignee.value || null;
          await api(`/v1/owner/callbacks/${callback.id}/assign`, { method: 'POST', body: { assignee } });
          toast(t('callback.assignedToast'));
          onChange();
        },
        t('callback.assign'),
      ),
    );
    actions.append(done, assign);
  } else {
    item.append(el('p', { class: 'muted' }, `${t('callback.resolved')}: ${callback.resolution || ''}`));
  }
  return item;
}
