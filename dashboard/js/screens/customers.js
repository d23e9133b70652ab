// Customers: search, a profile with the cross-channel timeline, edit, SMS consent with its
// evidence, merge a duplicate into this record, export.
import { api, paths } from '../api.js';
import { el, empty, field, section } from '../dom.js';
import { dateTime } from '../format.js';
import { t } from '../i18n.js';
import { badge, errorText } from './common.js';

async function list(ctx) {
  const q = ctx.query.get('q') || '';
  const data = await api('/v1/owner/customers', { query: { q, limit: 100 } });
  const search = el('input', { type: 'search', name: 'q', value: q, autocomplete: 'off' });
  const form = el(
    'form',
    { class: 'controls', role: 'search' },
    field(t('customers.search'), search, t('customers.searchHint')),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('customers.find'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.location.hash = `#/customers?${new URLSearchParams({ q: search.value })}`;
  });
  return el(
    'div',
    { class: 'screen' },
    el('h1', {}, t('nav.customers')),
    form,
    data.items.length
      ? el(
          'ul',
          { class: 'list' },
          data.items.map((c) =>
            el(
              'li',
              {},
              el('a', { href: `#/customers/${c.id}` }, el('strong', {}, c.name || t('customer.unnamed'))),
              c.phone ? ` · ${c.phone}` : '',
              c.email ? ` · ${c.email}` : '',
              c.sms_opt_out ? [' ', badge(t('customers.optedOut'), 'warn')] : null,
            ),
          ),
        )
      : empty(q ? t('customers.noMatch') : t('customers.empty')),
    el('p', {}, el('a', { href: paths.customersExport, download: 'customers.csv' }, t('customers.export'))),
  );
}

function editForm(customer, ctx) {
  const message = el('p', { class: 'error', role: 'alert', hidden: true });
  const form = el(
    'form',
    { class: 'card' },
    el('h2', {}, t('customers.details')),
    field(t('customer.name'), el('input', { type: 'text', name: 'name', value: customer.name, maxlength: '200' })),
    field(t('customer.phone'), el('input', { type: 'tel', name: 'phone', value: customer.phone || '' })),
    field(t('customer.email'), el('input', { type: 'email', name: 'email', value: customer.email || '' })),
    field(t('customer.tags'), el('input', { type: 'text', name: 'tags', value: customer.tags.join(', ') }), t('customer.tagsHint')),
    field(t('customer.notes'), el('textarea', { name: 'notes', rows: 3 }, customer.notes)),
    message,
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('action.save'))),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.hidden = true;
    const e = form.elements;
    const body = {
      name: e.name.value.trim() || undefined,
      notes: e.notes.value,
      tags: e.tags.value.split(',').map((x) => x.trim()).filter(Boolean),
    };
    if (e.phone.value.trim()) body.phone = e.phone.value.trim();
    if (e.email.value.trim()) body.email = e.email.value.trim();
    try {
      await api(`/v1/owner/customers/${customer.id}`, { method: 'PATCH', body });
      ctx.toast(t('customers.saved'));
      ctx.rerender();
    } catch (error) {
      message.textContent = errorText(error);
      message.hidden = false;
    }
  });
  return form;
}

function consent(customer, ctx) {
  const c = customer.sms_consent;
  const message = el('p', { class: 'error', role: 'alert', hidden: true });
  const form = el(
    'form',
    { class: 'inline' },
    field(
      t('consent.change'),
      el('select', { name: 'granted' }, el('option', { value: 'true' }, t('consent.grant')), el('option', { value: 'false' }, t('consent.revoke'))),
    ),
    field(t('consent.evidence'), el('input', { type: 'text', name: 'evidence', required: true, maxlength: '2000' }), t('consent.evidenceHint')),
    message,
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('consent.record'))),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.hidden = true;
    try {
      await api(`/v1/owner/customers/${customer.id}/sms-consent`, {
        method: 'PUT',
        body: { granted: form.elements.granted.value === 'true', method: 'owner', evidence: form.elements.evidence.value },
      });
      ctx.toast(t('consent.recorded'));
      ctx.rerender();
    } catch (error) {
      message.textContent = errorText(error);
      message.hidden = false;
    }
  });
  return section(
    t('consent.title'),
    el(
      'dl',
      { class: 'facts' },
      el('dt', {}, t('consent.state')),
      el('dd', {}, t(`consent.${c.status}`)),
      c.at ? [el('dt', {}, t('consent.when')), el('dd', {}, dateTime(c.at))] : null,
      c.method ? [el('dt', {}, t('consent.how')), el('dd', {}, c.method)] : null,
      c.evidence ? [el('dt', {}, t('consent.evidence')), el('dd', {}, c.evidence)] : null,
    ),
    form,
  );
}

function merge(customer, ctx) {
  const results = el('select', { name: 'duplicate' }, el('option', { value: '' }, t('merge.pick')));
  const search = el('input', { type: 'search', name: 'q', autocomplete: 'off' });
  const find = el('button', { type: 'button' }, t('customers.find'));
  find.addEventListener('click', async () => {
    const found = await api('/v1/owner/customers', { query: { q: search.value, limit: 20 } });
    results.replaceChildren(
      el('option', { value: '' }, t('merge.pick')),
      found.items
        .filter((x) => x.id !== customer.id)
        .map((x) => el('option', { value: x.id }, `${x.name || t('customer.unnamed')} ${x.phone || ''}`)),
    );
    results.focus();
  });
  const message = el('p', { class: 'error', role: 'alert', hidden: true });
  const form = el(
    'form',
    {},
    el('p', {}, t('merge.explain')),
    field(t('merge.search'), search),
    find,
    field(t('merge.duplicate'), results),
    message,
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('merge.submit'))),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.hidden = true;
    if (!results.value) {
      message.textContent = t('merge.pickFirst');
      message.hidden = false;
      return;
    }
    if (!window.confirm(t('merge.confirm'))) return;
    try {
      await api(`/v1/owner/customers/${customer.id}/merge`, { method: 'POST', body: { duplicate_id: results.value } });
      ctx.toast(t('merge.done'));
      ctx.rerender();
    } catch (error) {
      message.textContent = errorText(error);
      message.hidden = false;
    }
  });
  return section(t('merge.title'), form);
}

async function profile(ctx) {
  const [customer, timeline] = await Promise.all([
    api(`/v1/owner/customers/${encodeURIComponent(ctx.id)}`),
    api(`/v1/owner/customers/${encodeURIComponent(ctx.id)}/timeline`),
  ]);
  const entry = (item) => {
    const label = `${t(`timeline.${item.kind}`)} · ${dateTime(item.at)}`;
    const text = item.summary || '';
    const link = item.kind === 'conversation' ? `#/inbox/${item.id}` : null;
    return el('li', {}, el('p', { class: 'who' }, label), link ? el('a', { href: link }, text || t('inbox.open')) : el('p', {}, text));
  };
  return el(
    'div',
    { class: 'screen' },
    el('p', {}, el('a', { href: '#/customers' }, `← ${t('customers.back')}`)),
    el('h1', {}, customer.name || t('customer.unnamed')),
    el(
      'p',
      {},
      customer.phone ? el('a', { href: `tel:${customer.phone}` }, customer.phone) : null,
      customer.email ? [' · ', customer.email] : null,
    ),
    customer.addresses.length ? el('ul', { class: 'plain' }, customer.addresses.map((a) => el('li', {}, a.line || ''))) : null,
    section(t('customers.timeline'), timeline.items.length ? el('ol', { class: 'timeline' }, timeline.items.map(entry)) : empty(t('customers.noHistory'))),
    editForm(customer, ctx),
    consent(customer, ctx),
    merge(customer, ctx),
  );
}

export function render(ctx) {
  return ctx.id ? profile(ctx) : list(ctx);
}
