// The one place the chat page calls the server. The widget token names the business; the
// visitor token (from the start of the chat) is this visitor's key to their own chat.
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && problem.detail) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

export function createApi(widgetToken) {
  async function call(method, path, { body, visitor } = {}) {
    const headers = { "X-Widget-Token": widgetToken, Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (visitor) headers["X-Visitor-Token"] = visitor;
    const response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "omit",
      cache: "no-store"
    });
    let data = null;
    try {
      data = await response.json();
    } catch {
      data = null;
    }
    if (!response.ok) throw new ApiError(response.status, data);
    return data;
  }

  return {
    start: (language) => call("POST", "/v1/widget/conversations", { body: { language } }),
    // `after`: the last message number the page has shown; the answer's `missed` holds what
    // it has not of the messages before the visitor's (e.g. the owner's reply meanwhile).
    send: (chat, text, after) =>
      call(
        "POST",
        `/v1/widget/conversations/${encodeURIComponent(chat.id)}/messages` +
          (after >= 0 ? `?after=${after}` : ""),
        { body: { text }, visitor: chat.visitor }
      ),
    history: (chat, after) =>
      call(
        "GET",
        `/v1/widget/conversations/${encodeURIComponent(chat.id)}/messages` +
          (after >= 0 ? `?after=${after}` : ""),
        { visitor: chat.visitor }
      )
  };
}
