// Times are shown in the business's own zone, whatever the device's zone is.
import { lang } from './i18n.js';

let zone = 'UTC';

export function setZone(timezone) {
  zone = timezone || 'UTC';
}

export function currentZone() {
  return zone;
}

function fmt(iso, options) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(lang(), { timeZone: zone, ...options }).format(new Date(iso));
}

export const time = (iso) => fmt(iso, { hour: 'numeric', minute: '2-digit' });
export const day = (iso) => fmt(iso, { weekday: 'short', month: 'short', day: 'numeric' });
export const dateTime = (iso) =>
  fmt(iso, { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

// A local calendar date (YYYY-MM-DD) in the business's zone.
export function localDate(when = new Date()) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(when));
  const get = (type) => parts.find((p) => p.type === type).value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function addDays(isoDate, days) {
  const [y, m, d] = isoDate.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return next.toISOString().slice(0, 10);
}

export function dayLabel(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(lang(), {
    timeZone: 'UTC',
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  }).format(new Date(Date.UTC(y, m - 1, d, 12)));
}

function offsetMs(instant) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type) => Number(parts.find((p) => p.type === type).value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

// A wall-clock date and time in the business's zone, as an ISO instant for the API.
export function zonedInstant(isoDate, hhmm) {
  const [y, m, d] = isoDate.split('-').map(Number);
  const [hh, mm] = hhmm.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let guess = wall;
  for (let i = 0; i < 3; i += 1) guess = wall - offsetMs(guess);
  return new Date(guess).toISOString();
}

export function money(cents, currency = 'USD') {
  if (cents === null || cents === undefined) return '';
  return new Intl.NumberFormat(lang(), { style: 'currency', currency }).format(cents / 100);
}

export function percent(ratio) {
  if (ratio === null || ratio === undefined) return '–';
  return new Intl.NumberFormat(lang(), { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

export function phoneLink(phone) {
  return `tel:${phone}`;
}

export function mapLink(address) {
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(address)}`;
}
