// Sign in with the owner token, or with a one-time code sent to the owner's phone or email.
import { ApiError, requestCode, signIn, signInWithCode } from '../api.js';
import { el, field } from '../dom.js';
import { t } from '../i18n.js';

function failure(error) {
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 429) return t('signin.locked');
  if (status === 403) return t('signin.suspended');
  if (status === 422) return t('signin.badContact');
  return null;
}

function tokenForm(onSignedIn) {
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
    { class: 'card', novalidate: true, 'aria-labelledby': 'signin-token-title' },
    el('h2', { id: 'signin-token-title' }, t('signin.withToken')),
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
      message.textContent = failure(error) || t('signin.wrong');
      message.hidden = false;
      token.focus();
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

function codeForm(onSignedIn) {
  const contact = el('input', { type: 'text', name: 'contact', autocomplete: 'username', required: true });
  const code = el('input', {
    type: 'text',
    name: 'code',
    inputmode: 'numeric',
    autocomplete: 'one-time-code',
    pattern: '\\d{6}',
    maxlength: '6',
  });
  const codeField = field(t('signin.code'), code, t('signin.codeHint'));
  codeField.hidden = true;
  const message = el('p', { class: 'error', role: 'alert', hidden: true });
  const status = el('p', { role: 'status' });
  const send = el('button', { type: 'submit', name: 'step', value: 'send' }, t('signin.sendCode'));
  const enter = el('button', { type: 'submit', name: 'step', value: 'enter', class: 'primary', hidden: true }, t('signin.submit'));
  const form = el(
    'form',
    { class: 'card', novalidate: true, 'aria-labelledby': 'signin-code-title' },
    el('h2', { id: 'signin-code-title' }, t('signin.withCode')),
    field(t('signin.contact'), contact, t('signin.contactHint')),
    codeField,
    message,
    status,
    el('div', { class: 'actions' }, send, enter),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.hidden = true;
    const step = (event.submitter && event.submitter.value) || (codeField.hidden ? 'send' : 'enter');
    if (!contact.value.trim()) {
      message.textContent = t('signin.missingContact');
      message.hidden = false;
      contact.focus();
      return;
    }
    try {
      if (step === 'send') {
        await requestCode(contact.value.trim());
        status.textContent = t('signin.codeSent');
        codeField.hidden = false;
        enter.hidden = false;
        send.textContent = t('signin.sendAgain');
        code.focus();
      } else {
        await signInWithCode(contact.value.trim(), code.value.trim());
        await onSignedIn();
      }
    } catch (error) {
      message.textContent = failure(error) || t('signin.wrongCode');
      message.hidden = false;
    }
  });
  return form;
}

export function render({ onSignedIn }) {
  return el(
    'div',
    { class: 'signin-wrap' },
    el('div', { class: 'signin' }, el('h1', {}, t('signin.title')), tokenForm(onSignedIn), codeForm(onSignedIn)),
  );
}
