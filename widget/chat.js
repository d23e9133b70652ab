// The chat page inside the website's iframe. Everything people wrote is inserted as text
// (textContent), never as HTML; the page's CSP allows no inline script either.
import { ApiError, createApi } from "./api.js?v=__VERSION__";
import { languageFor, translator } from "./i18n.js?v=__VERSION__";

const params = new URLSearchParams(location.search);
const widgetToken = params.get("w") || "";
const language = languageFor(params.get("lang"), navigator.language);
const t = translator(language);
const api = createApi(widgetToken);
const MAX_CHARS = 1000;
const POLL_MS = 4000;
// While the chat is closed it still looks for the owner's replies, less often, so the
// launcher can say a new message is waiting.
const CLOSED_POLL_MS = 15000;
// One chat per widget in this browser (the iframe's own storage, on our origin): it survives
// reloads and moving between the site's pages until it expires on the server.
const STORE_KEY = `switchboard-chat:${widgetToken.slice(-16)}`;

const $ = (id) => document.getElementById(id);
const els = {
  panel: $("panel"), title: $("title"), call: $("call"), close: $("close"), log: $("log"),
  notice: $("notice"), noticeText: $("notice-text"), noticeCall: $("notice-call"),
  typing: $("typing"), typingText: $("typing-text"), quick: $("quick"), form: $("form"),
  text: $("text"), textLabel: $("text-label"), send: $("send")
};

let chat = null; // {id, visitor}
let business = null; // {name, phone}
let lastSeq = -1;
let loading = null;
let pollTimer = null;
let busy = false;
let shown = true; // false while the website has the chat closed
let unread = 0;

function applyLook() {
  document.documentElement.lang = language;
  const color = params.get("color") || "";
  if (/^#[0-9a-fA-F]{6}$/.test(color)) {
    const root = document.documentElement.style;
    root.setProperty("--accent", color);
    root.setProperty("--on-accent", inkOn(color));
  }
  els.close.setAttribute("aria-label", t("close"));
  els.textLabel.textContent = t("message");
  els.text.placeholder = t("placeholder");
  els.send.textContent = t("send");
  els.typingText.textContent = t("typing");
  els.quick.setAttribute("aria-label", t("quick"));
  els.log.setAttribute("aria-label", t("conversation"));
  els.noticeCall.textContent = t("emergencyCall");
  els.title.textContent = t("titlePlain");
}

function inkOn(hex) {
  const c = [1, 3, 5].map((i) => {
    const v = parseInt(hex.substr(i, 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? "#000000" : "#ffffff";
}

function showBusiness(card) {
  if (!card) return;
  business = card;
  els.title.textContent = t("title", { business: card.name });
  document.title = els.title.textContent;
  const tel = `tel:${card.phone}`;
  els.call.href = tel;
  els.call.textContent = t("call");
  els.call.setAttribute("aria-label", t("callLabel", { business: card.name, phone: card.phone }));
  els.call.hidden = false;
  els.noticeCall.href = tel;
}

function who(role) {
  if (role === "caller") return t("you");
  if (role === "owner") return t("owner", { business: business ? business.name : "" });
  if (role === "system") return "";
  return t("assistant");
}

function addMessage(role, text) {
  if (!text) return;
  const item = document.createElement("div");
  item.className = `msg ${role}`;
  const name = who(role);
  if (name) {
    const label = document.createElement("span");
    label.className = "who";
    label.textContent = name;
    item.append(label);
  }
  const body = document.createElement("p");
  body.className = "text";
  body.textContent = text;
  item.append(body);
  els.log.append(item);
  els.log.scrollTop = els.log.scrollHeight;
}

function addBooking(booking) {
  if (!booking) return;
  const card = document.createElement("div");
  card.className = "card";
  card.setAttribute("role", "group");
  const heading = document.createElement("h2");
  heading.textContent = t("booked");
  card.setAttribute("aria-label", t("booked"));
  const lines = [booking.when, booking.service, booking.address].filter(Boolean);
  card.append(heading);
  for (const line of lines) {
    const p = document.createElement("p");
    p.textContent = line;
    card.append(p);
  }
  const zone = document.createElement("p");
  zone.className = "zone";
  zone.textContent = t("bookedZone", { zone: booking.timezone });
  card.append(zone);
  els.log.append(card);
  els.log.scrollTop = els.log.scrollHeight;
}

function showNotice(text) {
  if (!text) return;
  els.noticeText.textContent = text;
  els.notice.hidden = false;
}

function showEmergency() {
  if (!business) return;
  showNotice(t("emergencyCall") + ": " + business.phone);
}

function setOptions(options) {
  els.quick.replaceChildren();
  for (const option of options || []) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = option;
    button.addEventListener("click", () => send(option));
    els.quick.append(button);
  }
  els.quick.hidden = !els.quick.childElementCount;
  els.log.scrollTop = els.log.scrollHeight; // the buttons took room: keep the reply in view
}

function setTyping(on) {
  els.typing.hidden = !on;
  els.send.disabled = on;
  els.panel.setAttribute("aria-busy", on ? "true" : "false");
}

function remember() {
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify(chat));
  } catch {
    /* storage off: the chat lasts as long as the page */
  }
}

function recalled() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE_KEY) || "null");
    return saved && saved.id && saved.visitor ? saved : null;
  } catch {
    return null;
  }
}

function forget() {
  chat = null;
  lastSeq = -1;
  try {
    localStorage.removeItem(STORE_KEY);
  } catch {
    /* nothing kept */
  }
}

function tellUnread() {
  if (window.parent !== window) {
    window.parent.postMessage({ type: "switchboard:unread", count: unread }, "*");
  }
}

function render(items) {
  for (const item of items) {
    if (item.seq <= lastSeq) continue;
    if (!shown && item.role !== "caller") {
      unread += 1;
      tellUnread();
    }
    addMessage(item.role, item.text);
    addBooking(item.booking);
    if (item.emergency) showEmergency();
    lastSeq = item.seq;
  }
}

function limited(error) {
  const phone = (error.problem && error.problem.phone) || (business && business.phone) || "";
  addMessage("system", t("limited", { phone }));
  if (phone) {
    els.noticeCall.href = `tel:${phone}`;
    showNotice(t("limited", { phone }));
  }
}

async function startNew(note) {
  const started = await api.start(language);
  chat = { id: started.id, visitor: started.visitor_token };
  remember();
  showBusiness(started.business);
  if (note) addMessage("system", note);
  addMessage("assistant", started.reply);
  setOptions(started.options);
  lastSeq = 0;
}

async function load() {
  const saved = recalled();
  if (saved) {
    chat = saved;
    try {
      const found = await api.history(chat, -1);
      showBusiness(found.business);
      render(found.items);
      return;
    } catch (error) {
      if (!(error instanceof ApiError) || ![404, 410].includes(error.status)) throw error;
      forget();
      await startNew(error.status === 410 ? t("expired") : "");
      return;
    }
  }
  await startNew("");
}

function ensureLoaded() {
  if (!loading) {
    loading = load().catch((error) => {
      loading = null;
      if (error instanceof ApiError && error.status === 429) limited(error);
      else if (error instanceof ApiError && error.status === 403) addMessage("system", t("unavailable"));
      else addMessage("system", t("failed"));
    });
  }
  return loading;
}

async function send(text) {
  const message = text.trim();
  if (!message || busy) return;
  if (message.length > MAX_CHARS) {
    addMessage("system", t("tooLong", { max: MAX_CHARS }));
    return;
  }
  await ensureLoaded();
  if (!chat) return;
  busy = true;
  setOptions([]);
  addMessage("caller", message);
  els.text.value = "";
  setTyping(true);
  try {
    const answer = await api.send(chat, message, lastSeq);
    // Written while the visitor typed or the assistant answered (an owner's live reply):
    // numbered below the answer's seq, so no later poll would bring it.
    render(answer.missed || []);
    addMessage("assistant", answer.reply);
    addBooking(answer.booking);
    if (answer.emergency) showNotice(answer.notice);
    setOptions(answer.options);
    lastSeq = Math.max(lastSeq, answer.seq);
  } catch (error) {
    if (error instanceof ApiError && error.status === 429) limited(error);
    else if (error instanceof ApiError && [404, 410].includes(error.status)) {
      forget();
      loading = null;
      await ensureLoaded();
      addMessage("system", t("failed"));
      els.text.value = message;
    } else {
      addMessage("system", t("failed"));
      els.text.value = message;
    }
  } finally {
    busy = false;
    setTyping(false);
    els.text.focus();
  }
}

async function poll() {
  if (!chat || busy || document.hidden) return;
  try {
    const found = await api.history(chat, lastSeq);
    render(found.items);
  } catch {
    /* the next poll tries again */
  }
}

function startPolling(every = POLL_MS) {
  clearInterval(pollTimer);
  pollTimer = setInterval(poll, every);
}

function focusables() {
  return [...els.panel.querySelectorAll("a[href]:not([hidden]), button:not([disabled]), textarea, [tabindex='0']")]
    .filter((el) => !el.closest("[hidden]"));
}

function closeChat() {
  if (window.parent !== window) window.parent.postMessage({ type: "switchboard:close" }, "*");
}

function wire() {
  els.form.addEventListener("submit", (event) => {
    event.preventDefault();
    send(els.text.value);
  });
  els.text.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send(els.text.value);
    }
  });
  els.close.addEventListener("click", closeChat);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      closeChat();
    } else if (event.key === "Tab") {
      // Focus stays inside the chat dialog while it is open.
      const items = focusables();
      if (!items.length) return;
      const first = items[0];
      const last = items[items.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  window.addEventListener("message", (event) => {
    if (event.source !== window.parent || !event.data) return;
    if (event.data.type === "switchboard:open") {
      shown = true;
      unread = 0;
      tellUnread();
      ensureLoaded().then(() => {
        poll();
        startPolling();
      });
      if (event.data.focus) els.text.focus();
    } else if (event.data.type === "switchboard:closed") {
      shown = false;
      if (chat) startPolling(CLOSED_POLL_MS);
    }
  });
}

applyLook();
wire();
if (window.parent === window) {
  // Opened on its own (not framed): the chat works as a page too.
  ensureLoaded().then(startPolling);
} else {
  window.parent.postMessage({ type: "switchboard:ready" }, "*");
}
