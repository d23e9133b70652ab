import { ApiError, signIn } from "../api.js";
import { h } from "../dom.js";

export function signInScreen({ onSignedIn }) {
  const error = h("p", { class: "error", role: "alert", id: "sign-in-error" });
  const key = h("input", {
    id: "admin-key",
    name: "admin_key",
    type: "password",
    required: true,
    autocomplete: "current-password",
    "aria-describedby": "sign-in-help sign-in-error",
  });
  const form = h(
    "form",
    {
      class: "card narrow",
      onsubmit: async (event) => {
        event.preventDefault();
        error.textContent = "";
        try {
          await signIn(key.value);
          key.value = "";
          onSignedIn();
        } catch (e) {
          error.textContent =
            e instanceof ApiError && e.status === 429
              ? "Too many failed sign-ins from here; wait and try again."
              : "That key did not work.";
        }
      },
    },
    h("h1", {}, "Sign in to the admin console"),
    h("label", { for: "admin-key" }, "Admin key"),
    key,
    h("p", { class: "help", id: "sign-in-help" }, "The platform's ADMIN_API_KEY. The session lasts 8 hours, 1 hour when idle."),
    error,
    h("button", { type: "submit" }, "Sign in"),
  );
  return form;
}
