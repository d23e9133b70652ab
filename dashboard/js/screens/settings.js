// Settings: the lockdown switch first (confirmed), then hours, closures, services, how the
// assistant pages the owner and texts customers, the greeting, the owner phone, the business
// language, the website chat widget's allowed sites, tag and token, QuickBooks
// (screens/quickbooks.js), notifications.
import { api } from '../api.js';
import { el, empty, field, section } from '../dom.js';
import { t } from '../i18n.js';
import { errorText } from './common.js';
import { greeting, ownerPhone, widgetTag } from './settings_setup.js';
import { quickbooksCard } from './quickbooks.js';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function saving(form, handler) {
  const message = el('p', { class: 'error', role: 'alert', hidden: true });
  form.append(message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.hidden = true;
    try {
      await handler();
    } catch (error) {
      message.textContent = errorText(error);
      message.hidden = false;
    }
  });
  return form;
}

function lockdown(ctx) {
  const on = ctx.business.lockdown;
  const button = el('button', { type: 'button', class: on ? 'primary' : 'danger' }, on ? t('lockdown.turnOff') : t('lockdown.turnOn'));
  button.addEventListener('click', async () => {
    if (!window.confirm(on ? t('lockdown.confirmOff') : t('lockdown.confirmOn'))) return;
    try {
      await api('/v1/owner/lockdown', { method: 'POST', body: { enabled: !on } });
      await ctx.refreshBusiness();
      ctx.toast(on ? t('lockdown.offToast') : t('lockdown.onToast'));
      ctx.rerender();
    } catch (error) {
      ctx.toast(errorText(error), 'alert');
    }
  });
  return el(
    'section',
    { class: `card lockdown ${on ? 'on' : ''}` },
    el('h2', {}, t('lockdown.title')),
    el('p', { class: 'state' }, on ? t('lockdown.isOn') : t('lockdown.isOff')),
    el('p', {}, t('lockdown.explain')),
    button,
  );
}

function hours(ctx) {
  const current = ctx.business.business_hours;
  const rows = DAYS.map((day) => {
    const ranges = current[day] || [];
    const closed = el('input', { type: 'checkbox', name: `${day}-closed`, id: `${day}-closed`, checked: !ranges.length });
    const open = el('input', { type: 'time', name: `${day}-open`, value: ranges[0] ? ranges[0][0] : '08:00' });
    const close = el('input', { type: 'time', name: `${day}-close`, value: ranges[0] ? ranges[0][1] : '17:00' });
    return el(
      'fieldset',
      { class: 'day-row' },
      el('legend', {}, t(`day.${day}`)),
      el('div', { class: 'field check' }, closed, el('label', { for: `${day}-closed` }, t('hours.closed'))),
      field(t('hours.open'), open),
      field(t('hours.close'), close),
      ranges.length > 1 ? el('p', { class: 'hint' }, t('hours.split')) : null,
    );
  });
  const form = el('form', {}, rows, el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('hours.save'))));
  saving(form, async () => {
    const next = {};
    for (const day of DAYS) {
      const e = form.elements;
      if (e[`${day}-closed`].checked) next[day] = [];
      else if ((current[day] || []).length > 1 && e[`${day}-open`].value === current[day][0][0] && e[`${day}-close`].value === current[day][0][1]) next[day] = current[day];
      else next[day] = [[e[`${day}-open`].value, e[`${day}-close`].value]];
    }
    await api('/v1/owner/business', { method: 'PATCH', body: { business_hours: next } });
    await ctx.refreshBusiness();
    ctx.toast(t('hours.saved'));
  });
  return section(t('hours.title'), el('p', { class: 'muted' }, t('hours.zone', { zone: ctx.business.timezone })), form);
}

async function closures(ctx) {
  const data = await api('/v1/owner/closures');
  const list = data.items.length
    ? el(
        'ul',
        { class: 'list' },
        data.items.map((c) => {
          const remove = el('button', { type: 'button' }, t('action.remove'));
          remove.addEventListener('click', async () => {
            await api(`/v1/owner/closures/${c.id}`, { method: 'DELETE' });
            ctx.rerender();
          });
          return el('li', {}, `${c.start_date} – ${c.end_date}${c.reason ? ` · ${c.reason}` : ''} `, remove);
        }),
      )
    : empty(t('closures.none'));
  const form = el(
    'form',
    { class: 'inline' },
    field(t('closures.from'), el('input', { type: 'date', name: 'start', required: true })),
    field(t('closures.to'), el('input', { type: 'date', name: 'end', required: true })),
    field(t('closures.reason'), el('input', { type: 'text', name: 'reason', maxlength: '200' })),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('closures.add'))),
  );
  saving(form, async () => {
    const e = form.elements;
    await api('/v1/owner/closures', { method: 'POST', body: { start_date: e.start.value, end_date: e.end.value || e.start.value, reason: e.reason.value } });
    ctx.toast(t('closures.added'));
    ctx.rerender();
  });
  return section(t('closures.title'), list, form);
}

async function services(ctx) {
  const data = await api('/v1/owner/services');
  const dollars = (cents) => (cents === null ? '' : (cents / 100).toFixed(0));
  const cents = (value) => (value === '' ? null : Math.round(Number(value) * 100));
  const rows = data.items.map((s) => {
    const form = el(
      'form',
      { class: 'service' },
      el('h3', {}, s.name),
      field(t('services.duration'), el('input', { type: 'number', name: 'duration', min: '5', max: '1440', value: s.duration_minutes })),
      field(t('services.priceMin'), el('input', { type: 'number', name: 'min', min: '0', value: dollars(s.price_min_cents) })),
      field(t('services.priceMax'), el('input', { type: 'number', name: 'max', min: '0', value: dollars(s.price_max_cents) })),
      field(t('services.keywords'), el('input', { type: 'text', name: 'keywords', value: s.keywords.join(', ') }), t('services.keywordsHint')),
      el('div', { class: 'field check' }, el('input', { type: 'checkbox', name: 'active', id: `svc-${s.id}`, checked: s.active }), el('label', { for: `svc-${s.id}` }, t('services.active'))),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('action.save'))),
    );
    return saving(form, async () => {
      const e = form.elements;
      await api(`/v1/owner/services/${s.id}`, {
        method: 'PATCH',
        body: {
          duration_minutes: Number(e.duration.value),
          price_min_cents: cents(e.min.value),
          price_max_cents: cents(e.max.value),
          keywords: e.keywords.value.split(',').map((x) => x.trim()).filter(Boolean),
          active: e.active.checked,
        },
      });
      ctx.toast(t('services.saved', { name: s.name }));
    });
  });
  return section(t('services.title'), rows.length ? rows : empty(t('services.none')));
}

async function assistant(ctx) {
  const s = await api('/v1/owner/business/settings');
  const alerts = { emergency: true, missed_call: true, voicemail: true, new_booking: true, booking_moved: true, booking_cancelled: true, ...(s.owner_alerts || {}) };
  const quiet = (s.messaging && s.messaging.quiet_hours) || { start: '21:00', end: '08:00' };
  const offsets = (s.reminders && s.reminders.offsets_minutes) || [1440, 120];
  const form = el(
    'form',
    {},
    field(t('assistant.emergencyWords'), el('textarea', { name: 'words', rows: 4 }, (s.emergency_words || []).join('\n')), t('assistant.emergencyWordsHint')),
    field(t('assistant.onCall'), el('input', { type: 'tel', name: 'oncall', value: s.on_call_number || '' }), t('assistant.onCallHint')),
    field(t('assistant.backup'), el('input', { type: 'tel', name: 'backup', value: s.backup_phone || '' }), t('assistant.backupHint')),
    field(t('assistant.escalation'), el('input', { type: 'number', name: 'escalation', min: '1', max: '120', value: s.escalation_minutes || '' })),
    el('div', { class: 'field check' }, el('input', { type: 'checkbox', name: 'transfer', id: 'set-transfer', checked: s.emergency_transfer !== false }), el('label', { for: 'set-transfer' }, t('assistant.emergencyTransfer'))),
    el(
      'fieldset',
      {},
      el('legend', {}, t('assistant.alerts')),
      Object.keys(alerts).map((key) =>
        el('div', { class: 'field check' }, el('input', { type: 'checkbox', name: `alert-${key}`, id: `alert-${key}`, checked: alerts[key] }), el('label', { for: `alert-${key}` }, t(`alerts.${key}`))),
      ),
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, t('assistant.quietHours')),
      field(t('assistant.quietFrom'), el('input', { type: 'time', name: 'quietStart', value: quiet.start })),
      field(t('assistant.quietTo'), el('input', { type: 'time', name: 'quietEnd', value: quiet.end })),
    ),
    field(t('assistant.reminders'), el('input', { type: 'text', name: 'reminders', value: offsets.map((m) => m / 60).join(', ') }), t('assistant.remindersHint')),
    field(
      t('assistant.pin'),
      el('input', { type: 'password', name: 'pin', inputmode: 'numeric', autocomplete: 'new-password', pattern: '\\d{4,8}' }),
      s.owner_pin_set ? t('assistant.pinSet') : t('assistant.pinUnset'),
    ),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('action.save'))),
  );
  saving(form, async () => {
    const e = form.elements;
    const body = {
      emergency_words: e.words.value.split('\n').map((w) => w.trim()).filter(Boolean),
      emergency_transfer: e.transfer.checked,
      owner_alerts: Object.fromEntries(Object.keys(alerts).map((key) => [key, e[`alert-${key}`].checked])),
      messaging: { ...(s.messaging || {}), quiet_hours: { start: e.quietStart.value, end: e.quietEnd.value } },
      reminders: { offsets_minutes: e.reminders.value.split(',').map((x) => Math.round(Number(x.trim()) * 60)).filter((m) => m > 0) },
    };
    if (e.oncall.value.trim()) body.on_call_number = e.oncall.value.trim();
    if (e.backup.value.trim()) body.backup_phone = e.backup.value.trim();
    if (e.escalation.value) body.escalation_minutes = Number(e.escalation.value);
    if (e.pin.value) body.owner_pin = e.pin.value;
    await api('/v1/owner/business/settings', { method: 'PATCH', body });
    e.pin.value = '';
    ctx.toast(t('assistant.saved'));
  });
  return section(t('assistant.title'), form);
}

function language(ctx) {
  const select = el(
    'select',
    { name: 'language' },
    el('option', { value: 'en', selected: ctx.business.language === 'en' }, 'English'),
    el('option', { value: 'es', selected: ctx.business.language === 'es' }, 'Español'),
  );
  const form = el('form', { class: 'inline' }, field(t('language.business'), select, t('language.hint')), el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('action.save'))));
  saving(form, async () => {
    await api('/v1/owner/business', { method: 'PATCH', body: { language: select.value } });
    await ctx.refreshBusiness();
    ctx.toast(t('language.saved'));
  });
  return section(t('language.title'), form);
}

async function website(ctx) {
  // The sites allowed to show the chat widget (one origin a line; none = any site), and the
  // tag to paste into the site with the token (settings_setup.js: shown once when reissued).
  const origins = el('textarea', { name: 'origins', rows: 3, spellcheck: 'false' });
  origins.value = (ctx.business.widget_origins || []).join('\n');
  const state = el('p', { class: 'muted', role: 'status' }, ctx.business.widget_origins && ctx.business.widget_origins.length ? '' : t('website.anySite'));
  const form = el('form', {}, field(t('website.origins'), origins, t('website.originsHint')), state, el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('action.save'))));
  saving(form, async () => {
    const list = origins.value.split(/[\s,]+/).map((o) => o.trim()).filter(Boolean);
    await api('/v1/owner/business/settings', { method: 'PATCH', body: { widget_origins: list } });
    const kept = (await ctx.refreshBusiness()).widget_origins || [];
    origins.value = kept.join('\n');
    state.textContent = kept.length ? '' : t('website.anySite');
    ctx.toast(t('website.saved'));
  });
  return section(t('website.title'), form, await widgetTag(ctx));
}

function notifications() {
  const supported = 'Notification' in window;
  const state = supported ? Notification.permission : 'unsupported';
  const button = el('button', { type: 'button', disabled: !supported || state !== 'default' }, t('notify.allow'));
  const status = el('p', { role: 'status' }, t(`notify.${state}`));
  button.addEventListener('click', async () => {
    const result = await Notification.requestPermission();
    status.textContent = t(`notify.${result}`);
    button.disabled = result !== 'default';
  });
  return section(t('notify.title'), el('p', {}, t('notify.explain')), status, button);
}

export async function render(ctx) {
  const [closureCard, serviceCard, assistantCard, greetingCard, websiteCard, quickbooks] = await Promise.all([closures(ctx), services(ctx), assistant(ctx), greeting(ctx), website(ctx), quickbooksCard(ctx)]);
  return el(
    'div',
    { class: 'screen' },
    el('h1', {}, t('nav.settings')),
    lockdown(ctx),
    hours(ctx),
    closureCard,
    assistantCard,
    greetingCard,
    ownerPhone(ctx),
    serviceCard,
    language(ctx),
    websiteCard,
    quickbooks,
    notifications(),
  );
}
