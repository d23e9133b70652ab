// Settings cards for setting the business up: the assistant's greeting (with a preview of what
// callers hear), the owner phone and its texted code, and the website chat token (shown by its
// hint, reissued with a confirmation, the new tag shown once with a copy button).
import { api } from '../api.js';
import { el, field, section } from '../dom.js';
import { dateTime } from '../format.js';
import { t } from '../i18n.js';
import { errorText } from './common.js';

const CHANNELS = ['voice', 'sms', 'web'];
const LANGS = [
  ['en', 'English'],
  ['es', 'Español'],
];

function previewList(preview) {
  return LANGS.map(([code, name]) =>
    el(
      'div',
      { class: 'greeting-preview', lang: code },
      el('h4', {}, name),
      el('dl', {}, CHANNELS.map((ch) => [el('dt', {}, t(`greeting.channel.${ch}`)), el('dd', {}, preview[code][ch])])),
    ),
  );
}

export async function greeting(ctx) {
  const data = await api('/v1/owner/business/greeting');
  const inputs = {};
  const fields = LANGS.map(([code, name]) => {
    const box = el('textarea', { name: `greeting-${code}`, rows: 3, maxlength: String(data.max_length), lang: code });
    box.value = data[code] || '';
    inputs[code] = box;
    return field(t('greeting.field', { language: name }), box, t('greeting.fieldHint', { max: data.max_length }));
  });
  const preview = el('div', { class: 'greeting-previews', 'aria-live': 'polite' }, previewList(data.preview));
  const message = el('p', { class: 'error', role: 'alert', hidden: true });
  const body = () => ({ en: inputs.en.value, es: inputs.es.value });
  const show = (answer) => {
    preview.replaceChildren(...previewList(answer.preview));
  };
  const previewButton = el('button', { type: 'button' }, t('greeting.preview'));
  previewButton.addEventListener('click', async () => {
    message.hidden = true;
    try {
      show(await api('/v1/owner/business/greeting/preview', { method: 'POST', body: body() }));
    } catch (error) {
      message.textContent = errorText(error);
      message.hidden = false;
    }
  });
  const form = el(
    'form',
    {},
    el('p', {}, t('greeting.explain')),
    fields,
    message,
    el('div', { class: 'actions' }, previewButton, el('button', { type: 'submit', class: 'primary' }, t('action.save'))),
    el('h3', {}, t('greeting.previewTitle')),
    preview,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.hidden = true;
    try {
      const saved = await api('/v1/owner/business/greeting', { method: 'PUT', body: body() });
      inputs.en.value = saved.en || '';
      inputs.es.value = saved.es || '';
      show(saved);
      ctx.toast(t('greeting.saved'));
    } catch (error) {
      message.textContent = errorText(error);
      message.hidden = false;
    }
  });
  return section(t('greeting.title'), form);
}

export function ownerPhone(ctx) {
  const business = ctx.business;
  const verified = business.owner_phone_verified_at;
  const status = el(
    'p',
    { class: 'state', role: 'status' },
    el('span', { class: `badge ${verified ? 'ok' : 'warn'}` }, verified ? t('ownerPhone.verified') : t('ownerPhone.notVerified')),
    ' ',
    verified ? t('ownerPhone.verifiedAt', { when: dateTime(verified) }) : business.owner_phone ? t('ownerPhone.why') : t('ownerPhone.none'),
  );
  const message = el('p', { class: 'error', role: 'alert', hidden: true });
  const fail = (error) => {
    message.textContent = errorText(error);
    message.hidden = false;
  };

  const phone = el('input', { type: 'tel', name: 'owner-phone', autocomplete: 'tel', value: business.owner_phone || '' });
  const phoneForm = el('form', { class: 'inline' }, field(t('ownerPhone.number'), phone, t('ownerPhone.numberHint')), el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('action.save'))));
  phoneForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.hidden = true;
    try {
      await api('/v1/owner/business', { method: 'PATCH', body: { owner_phone: phone.value.trim() } });
      await ctx.refreshBusiness();
      ctx.toast(t('ownerPhone.saved'));
      ctx.rerender();
    } catch (error) {
      fail(error);
    }
  });

  const code = el('input', { type: 'text', name: 'code', inputmode: 'numeric', autocomplete: 'one-time-code', pattern: '\\d{6}', maxlength: '6', required: true });
  const sentNote = el('p', { class: 'muted', role: 'status' });
  const codeForm = el('form', { class: 'inline', hidden: true }, field(t('ownerPhone.code'), code), el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('ownerPhone.confirm'))));
  const send = el('button', { type: 'button', hidden: !business.owner_phone || Boolean(verified) }, t('ownerPhone.send'));
  send.addEventListener('click', async () => {
    message.hidden = true;
    try {
      const sent = await api('/v1/owner/owner-phone/code', { method: 'POST' });
      sentNote.textContent = t('ownerPhone.sent', { to: sent.to });
      codeForm.hidden = false;
      send.textContent = t('ownerPhone.sendAgain');
      code.focus();
    } catch (error) {
      fail(error);
    }
  });
  codeForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.hidden = true;
    try {
      await api('/v1/owner/owner-phone/verify', { method: 'POST', body: { code: code.value.trim() } });
      await ctx.refreshBusiness();
      ctx.toast(t('ownerPhone.done'));
      ctx.rerender();
    } catch (error) {
      code.value = '';
      fail(error);
    }
  });
  return section(t('ownerPhone.title'), status, phoneForm, send, sentNote, codeForm, message);
}

// The website chat tag: the live token is known only by its hint (only its hash is kept), so
// the tag carries a placeholder until the owner issues a new token, shown here once.
export async function widgetTag(ctx) {
  const state = await api('/v1/owner/widget-token');
  // The widget is served by this same backend, at the address this page came from.
  const tagFor = (token) => `<script src="${window.location.origin}/widget/embed.js" data-widget-token="${token}" defer></script>`;
  const snippet = el('textarea', { class: 'snippet', readonly: true, rows: 3, spellcheck: 'false', 'aria-label': t('website.snippet') });
  snippet.value = tagFor(t('website.tokenPlaceholder'));
  const current = el(
    'p',
    { class: 'muted' },
    state.hint ? t('website.tokenNow', { hint: state.hint, when: dateTime(state.issued_at) }) : t('website.tokenNone'),
    state.hint ? ` ${state.last_used_at ? t('website.tokenUsed', { when: dateTime(state.last_used_at) }) : t('website.tokenUnused')}` : '',
  );
  const once = el('p', { class: 'notice', role: 'status', hidden: true });
  const copy = el('button', { type: 'button', hidden: true }, t('website.copy'));
  copy.addEventListener('click', async () => {
    snippet.select();
    try {
      await navigator.clipboard.writeText(snippet.value);
      ctx.toast(t('website.copied'));
    } catch {
      ctx.toast(t('website.copyByHand'));
    }
  });
  const message = el('p', { class: 'error', role: 'alert', hidden: true });
  const reissue = el('button', { type: 'button', class: 'danger' }, t('website.reissue'));
  reissue.addEventListener('click', async () => {
    if (!window.confirm(t('website.reissueConfirm'))) return;
    message.hidden = true;
    try {
      const issued = await api('/v1/owner/widget-token/reissue', { method: 'POST' });
      snippet.value = tagFor(issued.widget_token);
      current.textContent = t('website.tokenNow', { hint: issued.hint, when: dateTime(issued.issued_at) });
      once.textContent = t('website.shownOnce');
      once.hidden = false;
      copy.hidden = false;
      snippet.focus();
      snippet.select();
    } catch (error) {
      message.textContent = errorText(error);
      message.hidden = false;
    }
  });
  return [
    el('h3', {}, t('website.snippet')),
    el('p', {}, t('website.snippetHint')),
    current,
    once,
    snippet,
    el('div', { class: 'actions' }, copy, reissue),
    el('p', { class: 'hint' }, t('website.reissueHint')),
    message,
  ];
}
