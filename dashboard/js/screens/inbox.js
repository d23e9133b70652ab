// Inbox: every call, text and web chat with its transcript; filters for what needs the owner;
// a reply by text as the business, or a private note.
import { api } from '../api.js';
import { el, empty, field } from '../dom.js';
import { dateTime, time } from '../format.js';
import { t } from '../i18n.js';
import { badge, errorText } from './common.js';

const FILTERS = {
  all: {},
  emergency: { emergency: 'true' },
  not_booked: { booked: 'false' },
  needs_reply: { needs_reply: 'true' },
};

function badges(c) {
  return [
    c.emergency ? badge(t('badge.emergency'), 'alert') : null,
    c.booked ? badge(t('badge.booked'), 'ok') : null,
    c.needs_reply ? badge(t('badge.needsReply'), 'warn') : null,
  ].filter(Boolean);
}

async function list(ctx) {
  const show = FILTERS[ctx.query.get('show')] ? ctx.query.get('show') : 'all';
  const channel = ['voice', 'sms', 'web'].includes(ctx.query.get('channel')) ? ctx.query.get('channel') : '';
  const data = await api('/v1/owner/conversations', { query: { ...FILTERS[show], channel, limit: 100 } });
  const showSelect = el(
    'select',
    { name: 'show' },
    Object.keys(FILTERS).map((key) => el('option', { value: key, selected: key === show }, t(`inbox.filter.${key}`))),
  );
  const channelSelect = el(
    'select',
    { name: 'channel' },
    el('option', { value: '' }, t('inbox.allChannels')),
    ['voice', 'sms', 'web'].map((ch) => el('option', { value: ch, selected: ch === channel }, t(`channel.${ch}`))),
  );
  const controls = el(
    'form',
    { class: 'controls' },
    field(t('inbox.show'), showSelect),
    field(t('inbox.channel'), channelSelect),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('action.show'))),
  );
  controls.addEventListener('submit', (event) => {
    event.preventDefault();
    window.location.hash = `#/inbox?${new URLSearchParams({ show: showSelect.value, channel: channelSelect.value })}`;
  });
  return el(
    'div',
    { class: 'screen' },
    el('h1', {}, t('nav.inbox')),
    controls,
    data.items.length
      ? el(
          'ul',
          { class: 'list conversations card' },
          data.items.map((c) =>
            el(
              'li',
              { class: c.emergency ? 'emergency' : '' },
              el(
                'a',
                { href: `#/inbox/${c.id}` },
                el('strong', {}, `${t(`channel.${c.channel}`)} · ${c.phone || t('inbox.noNumber')}`),
                ' · ',
                dateTime(c.started_at),
              ),
              el('span', { class: 'muted' }, ` · ${t('inbox.messageCount', { n: c.message_count })}`),
              ' ',
              badges(c),
              c.summary ? el('p', { class: 'muted' }, c.summary) : null,
            ),
          ),
        )
      : empty(show === 'all' ? t('inbox.empty') : t('inbox.emptyFilter')),
  );
}

function transcript(conversation) {
  if (!conversation.messages.length) return empty(t('inbox.noMessages'));
  return el(
    'ol',
    { class: 'transcript' },
    conversation.messages.map((m) =>
      el(
        'li',
        { class: `turn ${m.role}` },
        el('p', { class: 'who' }, `${t(`role.${m.role}`)} · ${time(m.at)}`),
        el('p', {}, m.text),
        m.role === 'owner' && m.meta && m.meta.sent_as
          ? el('p', { class: 'muted' }, t(`delivery.${m.meta.status}`, { reason: m.meta.reason || '' }))
          : null,
      ),
    ),
  );
}

async function detail(ctx) {
  const c = await api(`/v1/owner/conversations/${encodeURIComponent(ctx.id)}`);
  const page = el(
    'div',
    { class: 'screen' },
    el('p', {}, el('a', { href: '#/inbox' }, `← ${t('inbox.back')}`)),
    el('h1', {}, `${t(`channel.${c.channel}`)} · ${c.phone || t('inbox.noNumber')}`),
    el('p', { class: 'muted' }, dateTime(c.started_at), ' ', badges(c)),
    c.summary ? el('p', {}, c.summary) : null,
    c.customer_id ? el('p', {}, el('a', { href: `#/customers/${c.customer_id}` }, t('inbox.customer'))) : null,
    el('section', { class: 'card' }, el('h2', {}, t('inbox.transcript')), transcript(c)),
  );
  const canText = c.channel !== 'web' && c.phone;
  // A web chat visitor has no number: the reply goes to their chat window (the widget polls
  // for it); a chat that ended answers 409 and the message says so.
  const canChat = c.channel === 'web';
  const send = canText ? 'sms' : canChat ? 'chat' : null;
  const reply = el('textarea', { name: 'text', rows: 3, maxlength: '1600', required: true });
  const message = el('p', { class: 'error', role: 'alert', hidden: true });
  const form = el(
    'form',
    { class: 'card' },
    el('h2', {}, send ? t('inbox.replyTitle') : t('inbox.noteTitle')),
    canText
      ? field(t('inbox.replyLabel', { phone: c.phone }), reply, t('inbox.replyHint'))
      : canChat
        ? field(t('inbox.chatLabel'), reply, t('inbox.chatHint'))
        : field(t('inbox.noteLabel'), reply, t('inbox.noNumberHint')),
    message,
    el(
      'div',
      { class: 'actions' },
      send
        ? el('button', { type: 'submit', class: 'primary', name: 'send', value: send }, t(`inbox.send.${send}`))
        : null,
      el('button', { type: 'submit', name: 'send', value: 'note' }, t('inbox.addNote')),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const how = (event.submitter && event.submitter.value) || send || 'note';
    message.hidden = true;
    if (!reply.value.trim()) {
      message.textContent = t('inbox.emptyReply');
      message.hidden = false;
      reply.focus();
      return;
    }
    try {
      const path = { sms: 'sms', chat: 'reply' }[how] || 'messages';
      await api(`/v1/owner/conversations/${c.id}/${path}`, { method: 'POST', body: { text: reply.value } });
      ctx.toast(how === 'note' ? t('inbox.noted') : t('inbox.sent'));
      ctx.rerender();
    } catch (error) {
      message.textContent = errorText(error);
      message.hidden = false;
    }
  });
  page.append(form);
  return page;
}

export function render(ctx) {
  return ctx.id ? detail(ctx) : list(ctx);
}
