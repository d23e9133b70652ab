/* Switchboard web chat: the one script a business's website includes.
 *
 *   <script src="https://switchboard.example/widget/embed.js" data-widget-token="sb_..." async></script>
 *
 * Options (data attributes): data-language ("en" | "es"; default: the browser's),
 * data-color ("#RRGGBB"), data-position ("right" | "left"), data-greeting (the launcher's words).
 *
 * It adds a launcher button (in a shadow root, so the site's CSS cannot restyle it) and,
 * when opened, the chat in an iframe served by Switchboard: the site cannot read the chat and
 * the chat cannot read the site. They only exchange "open" and "close" messages.
 * No dependencies, no build step. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__switchboardChat) return;
  window.__switchboardChat = true;

  var token = (script.getAttribute("data-widget-token") || "").trim();
  if (!token) {
    if (window.console) console.warn("Switchboard chat: data-widget-token is missing");
    return;
  }
  var base = new URL(script.src, document.baseURI).origin;
  var browserLang = (navigator.language || "en").slice(0, 2).toLowerCase();
  var chosen = (script.getAttribute("data-language") || "").toLowerCase();
  var lang = chosen === "en" || chosen === "es" ? chosen : browserLang === "es" ? "es" : "en";
  var color = script.getAttribute("data-color") || "";
  if (!/^#[0-9a-fA-F]{6}$/.test(color)) color = "#1d4ed8";
  var left = script.getAttribute("data-position") === "left";
  var WORDS = {
    en: { launcher: "Chat with us", title: "Chat", close: "Close chat", unread: "new message" },
    es: { launcher: "Escríbanos", title: "Chat", close: "Cerrar chat", unread: "mensaje nuevo" }
  };
  var words = WORDS[lang];
  var greeting = (script.getAttribute("data-greeting") || words.launcher).slice(0, 80);
  var OPEN_KEY = "switchboard-chat-open";

  // Text on the accent colour: black or white, whichever reads better (WCAG luminance).
  function ink(hex) {
    var c = [1, 3, 5].map(function (i) {
      var v = parseInt(hex.substr(i, 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    var l = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? "#000000" : "#ffffff";
  }

  var side = left ? "left" : "right";
  var css =
    ":host{all:initial}" +
    ".launcher{position:fixed;bottom:20px;" + side + ":20px;z-index:2147483646;display:flex;" +
    "align-items:center;gap:8px;min-height:48px;padding:0 18px 0 14px;border:0;border-radius:24px;" +
    "background:" + color + ";color:" + ink(color) + ";font:600 16px/1.2 system-ui,-apple-system," +
    "'Segoe UI',Roboto,sans-serif;box-shadow:0 4px 14px rgba(0,0,0,.25);cursor:pointer}" +
    ".launcher:focus-visible{outline:3px solid #111;outline-offset:3px;box-shadow:0 0 0 6px #fff}" +
    ".launcher svg{width:22px;height:22px;flex:none}" +
    ".badge{min-width:22px;height:22px;padding:0 6px;border-radius:11px;background:#b91c1c;" +
    "color:#fff;font-size:13px;line-height:22px;text-align:center}.badge[hidden]{display:none}" +
    ".frame{position:fixed;bottom:84px;" + side + ":20px;z-index:2147483647;width:380px;" +
    "height:min(620px,calc(100vh - 110px));border:0;border-radius:14px;background:#fff;" +
    "box-shadow:0 8px 30px rgba(0,0,0,.3)}" +
    ".frame[hidden]{display:none}" +
    "@media (max-width:600px){.frame{inset:0;width:100%;height:100%;max-height:none;" +
    "border-radius:0}.open .launcher{display:none}}";

  var host = document.createElement("div");
  host.setAttribute("data-switchboard-chat", "");
  var root = host.attachShadow({ mode: "open" });
  if (root.adoptedStyleSheets !== undefined && window.CSSStyleSheet) {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } else {
    var style = document.createElement("style");
    style.textContent = css;
    root.appendChild(style);
  }
  var wrap = document.createElement("div");
  root.appendChild(wrap);

  var button = document.createElement("button");
  button.type = "button";
  button.className = "launcher";
  button.setAttribute("aria-haspopup", "dialog");
  button.setAttribute("aria-expanded", "false");
  var svgNS = "http://www.w3.org/2000/svg";
  var icon = document.createElementNS(svgNS, "svg");
  icon.setAttribute("viewBox", "0 0 24 24");
  icon.setAttribute("aria-hidden", "true");
  icon.setAttribute("focusable", "false");
  var path = document.createElementNS(svgNS, "path");
  path.setAttribute("fill", "currentColor");
  path.setAttribute(
    "d",
    "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"
  );
  icon.appendChild(path);
  var label = document.createElement("span");
  label.textContent = greeting;
  var badge = document.createElement("span");
  badge.className = "badge";
  badge.hidden = true;
  badge.setAttribute("aria-hidden", "true");
  button.appendChild(icon);
  button.appendChild(label);
  button.appendChild(badge);

  // An owner's reply that came while the chat was closed: a count on the launcher, and in
  // its accessible name.
  function showUnread(count) {
    var n = Math.max(0, Math.min(99, parseInt(count, 10) || 0));
    badge.hidden = n === 0;
    badge.textContent = String(n);
    if (n) button.setAttribute("aria-label", greeting + " (" + n + " " + words.unread + ")");
    else button.removeAttribute("aria-label");
  }
  wrap.appendChild(button);

  var frame = null;
  var ready = false;
  var isOpen = false;

  var pendingFocus = false;

  function post(type, focus) {
    if (frame && frame.contentWindow) {
      frame.contentWindow.postMessage({ type: type, focus: !!focus }, base);
    }
  }

  function makeFrame() {
    frame = document.createElement("iframe");
    frame.className = "frame";
    frame.hidden = true;
    frame.title = words.title;
    frame.setAttribute("allow", "");
    frame.src =
      base + "/widget/chat?w=" + encodeURIComponent(token) + "&lang=" + lang +
      "&color=" + encodeURIComponent(color) + "&v=__VERSION__";
    wrap.appendChild(frame);
  }

  function open(restoring) {
    if (!frame) makeFrame();
    isOpen = true;
    wrap.className = "open";
    frame.hidden = false;
    button.setAttribute("aria-expanded", "true");
    try { sessionStorage.setItem(OPEN_KEY, "1"); } catch (e) { /* storage off */ }
    // Reopened after a page load: the visitor's focus stays where it is.
    pendingFocus = !restoring;
    if (!restoring) frame.focus();
    if (ready) post("switchboard:open", pendingFocus);
  }

  function close() {
    isOpen = false;
    wrap.className = "";
    if (frame) frame.hidden = true;
    post("switchboard:closed", false);
    button.setAttribute("aria-expanded", "false");
    try { sessionStorage.removeItem(OPEN_KEY); } catch (e) { /* storage off */ }
    button.focus();
  }

  button.addEventListener("click", function () {
    if (isOpen) close();
    else open(false);
  });

  // Esc closes the chat wherever the focus is (inside the chat, the chat page itself asks).
  document.addEventListener("keydown", function (event) {
    if (isOpen && event.key === "Escape") close();
  });

  window.addEventListener("message", function (event) {
    if (!frame || event.source !== frame.contentWindow || event.origin !== base) return;
    var type = event.data && event.data.type;
    if (type === "switchboard:ready") {
      ready = true;
      if (isOpen) post("switchboard:open", pendingFocus);
    } else if (type === "switchboard:close") {
      close();
    } else if (type === "switchboard:unread") {
      showUnread(event.data.count);
    }
  });

  function mount() {
    document.body.appendChild(host);
    var wasOpen = false;
    try { wasOpen = sessionStorage.getItem(OPEN_KEY) === "1"; } catch (e) { /* storage off */ }
    if (wasOpen) open(true);
  }
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
