// Sign in with the owner token (the business's dashboard credential).
import { ApiError, signIn } from '../api.js';
import { el, field } from '../dom.js';
import { t } from '../i18n.js';

export function render({ onSignedIn }) {
  const token = el('input', {
    type: 'password',
    name: 'owner_token',
    autocomplete: 'current-password',
    required: true,
    spellcheck: 'false',
  });
  const message = el('p', { class: 'error', role: 'alert', hidden: true });
  const button = el('button', { type: 'submit', class: 'primary' }, t('signin.submit'));
  const form = el(
    'form',
    { class: 'signin card', novalidate: true },
    el('h1', {}, t('signin.title')),
    el('p', {}, t('signin.intro')),
    field(t('signin.token'), token, t('signin.tokenHint')),
    message,
    button,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.hidden = true;
    if (!token.value.trim()) {
      message.textContent = t('signin.missing');
      message.hidden = false;
      token.focus();
      return;
    }
    button.disabled = true;
    try {
      await signIn(token.value.trim());
      token.value = '';
      await onSignedIn();
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0;
      message.textContent =
        status === 429 ? t('signin.locked') : status === 403 ? t('signin.suspended') : t('signin.wrong');
      message.hidden = false;
      token.focus();
    } finally {
      button.disabled = false;
    }
  });
  return el('div', { class: 'signin-wrap' }, form);
}
