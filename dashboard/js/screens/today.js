// Today: emergencies and callbacks first, then today's and tomorrow's jobs, then what the
// assistant did since the owner last looked.
import { api } from '../api.js';
import { el, empty, section } from '../dom.js';
import { addDays, dayLabel, localDate } from '../format.js';
import { t } from '../i18n.js';
import { callbackItem, jobSummary } from './common.js';

function jobsOf(jobs, day, technicians) {
  const list = jobs.filter((job) => localDate(job.start) === day && job.status !== 'cancelled');
  if (!list.length) return empty(t('today.noJobs'));
  return el(
    'ul',
    { class: 'list' },
    list.map((job) => el('li', { class: job.is_emergency ? 'job emergency' : 'job' }, jobSummary(job, technicians))),
  );
}

function sinceLastVisit(lastVisit, conversations, jobs, callbacks) {
  const since = lastVisit ? new Date(lastVisit) : null;
  const after = (iso) => !since || new Date(iso) > since;
  const calls = conversations.filter((c) => c.channel === 'voice' && after(c.started_at));
  const texts = conversations.filter((c) => c.channel !== 'voice' && after(c.started_at));
  const booked = jobs.filter((j) => j.source_channel !== 'owner' && after(j.created_at));
  const missed = callbacks.filter((c) => c.reason === 'missed_call' && after(c.created_at));
  const voicemails = callbacks.filter((c) => c.reason === 'voicemail' && after(c.created_at));
  const figures = [
    [t('today.calls'), calls.length],
    [t('today.texts'), texts.length],
    [t('today.booked'), booked.length],
    [t('today.missed'), missed.length],
    [t('today.voicemails'), voicemails.length],
  ];
  return section(
    since ? t('today.sinceVisit') : t('today.recent'),
    el(
      'dl',
      { class: 'figures' },
      figures.map(([label, value]) => el('div', {}, el('dt', {}, label), el('dd', {}, String(value)))),
    ),
  );
}

export async function render(ctx) {
  const today = localDate();
  const tomorrow = addDays(today, 1);
  const [allCallbacks, jobs, technicians, conversations, recentJobs] = await Promise.all([
    api('/v1/owner/callbacks', { query: { limit: 300 } }),
    api('/v1/owner/appointments', { query: { start: today, end: tomorrow } }),
    api('/v1/owner/technicians'),
    api('/v1/owner/conversations', { query: { limit: 200 } }),
    api('/v1/owner/appointments', { query: { start: addDays(today, -30), end: addDays(today, 60), limit: 500 } }),
  ]);
  const techs = technicians.items;
  const callbacks = { items: allCallbacks.items.filter((cb) => cb.status === 'open') };
  const onChange = () => ctx.rerender();
  const emergencies = jobs.items.filter((j) => j.is_emergency && j.status !== 'cancelled');
  const urgentChats = conversations.items.filter(
    (c) => c.emergency && !c.booked && new Date(c.started_at) > new Date(Date.now() - 86400000),
  );
  const page = el('div', { class: 'screen' }, el('h1', {}, t('nav.today')), el('p', { class: 'muted' }, dayLabel(today)));
  if (!conversations.items.length && !recentJobs.items.length && !allCallbacks.items.length) {
    page.append(
      section(
        t('today.welcomeTitle'),
        el('p', {}, t('today.welcome1')),
        el('p', {}, t('today.welcome2')),
        el('p', {}, el('a', { href: '#/settings' }, t('today.welcomeSettings'))),
      ),
    );
  }
  if (emergencies.length || urgentChats.length) {
    page.append(
      el(
        'section',
        { class: 'card alert-card' },
        el('h2', {}, t('today.emergencies')),
        el(
          'ul',
          { class: 'list' },
          emergencies.map((job) => el('li', { class: 'job emergency' }, jobSummary(job, techs))),
          urgentChats.map((c) =>
            el('li', {}, el('a', { href: `#/inbox/${c.id}` }, `${t(`channel.${c.channel}`)} · ${c.phone || ''} · ${c.summary || t('inbox.open')}`)),
          ),
        ),
      ),
    );
  }
  page.append(
    section(
      t('today.callbacks'),
      callbacks.items.length
        ? el(
            'ul',
            { class: 'list' },
            callbacks.items.map((cb) => callbackItem(cb, { technicians: techs, onChange, toast: ctx.toast })),
          )
        : empty(t('today.noCallbacks')),
    ),
    section(t('today.todayJobs'), jobsOf(jobs.items, today, techs)),
    section(t('today.tomorrowJobs'), jobsOf(jobs.items, tomorrow, techs)),
    sinceLastVisit(ctx.lastVisit, conversations.items, recentJobs.items, allCallbacks.items),
  );
  return page;
}
