// Settings > QuickBooks: connect the business's QuickBooks Online company (Intuit's consent
// page, then back here with ?quickbooks=connected|denied|taken), its status and last error,
// and disconnecting. Shown only when the server is set up for QuickBooks.
import { api } from '../api.js';
import { el, section } from '../dom.js';
import { t } from '../i18n.js';
import { errorText } from './common.js';

const PATH = '/v1/owner/integrations/quickbooks';

function outcome() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('quickbooks');
}

export async function quickbooksCard(ctx) {
  let view;
  try {
    view = await api(PATH);
  } catch (error) {
    return section(t('quickbooks.title'), el('p', { class: 'error', role: 'alert' }, errorText(error)));
  }
  if (!view.environment) return null; // QuickBooks is not enabled on this server
  const back = outcome();
  const notice = back ? el('p', { class: back === 'connected' ? 'state' : 'error', role: 'status' }, t(`quickbooks.back.${back}`)) : null;
  const connected = view.status === 'connected';
  const state = el('p', { class: 'state', role: 'status' }, t(`quickbooks.status.${view.status}`, { realm: view.realm_id || '' }));
  const lastError = view.last_error ? el('p', { class: 'error' }, t('quickbooks.lastError', { error: view.last_error })) : null;
  const connect = el('button', { type: 'button', class: 'primary' }, connected ? t('quickbooks.reconnect') : t('quickbooks.connect'));
  connect.addEventListener('click', async () => {
    connect.disabled = true;
    try {
      const started = await api(`${PATH}/connect`, { method: 'POST' });
      window.location.assign(started.authorization_url);
    } catch (error) {
      connect.disabled = false;
      ctx.toast(errorText(error), 'alert');
    }
  });
  const disconnect = connected || view.status === 'expired' ? el('button', { type: 'button', class: 'danger' }, t('quickbooks.disconnect')) : null;
  if (disconnect) {
    disconnect.addEventListener('click', async () => {
      if (!window.confirm(t('quickbooks.confirmDisconnect'))) return;
      try {
        await api(PATH, { method: 'DELETE' });
        ctx.toast(t('quickbooks.disconnected'));
        ctx.rerender();
      } catch (error) {
        ctx.toast(errorText(error), 'alert');
      }
    });
  }
  return section(
    t('quickbooks.title'),
    el('p', {}, t('quickbooks.explain')),
    notice,
    state,
    lastError,
    el('div', { class: 'actions' }, connect, disconnect),
  );
}
