"""Security headers on every answer: API, pages and errors alike.

JSON (and anything that is not a page) gets a Content-Security-Policy that allows nothing, so a
response rendered by mistake as a document runs nothing and loads nothing. HTML pages get a
strict policy for the static dashboard, admin console and widget pages: scripts, styles and
requests from this origin only, no inline script, no plugins, never framed (except the chat
widget's page, which sets its own `frame-ancestors`: the business's own websites). HSTS is
sent when the public base URL is https (the one address browsers use; the app may sit behind
a TLS-terminating proxy and see plain HTTP itself).
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
# FastAPI's interactive docs load Swagger UI / ReDoc from their CDN with an inline bootstrap
# script: the one place a page may run inline script. They show the schema, never data.
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
    "font-src 'self' https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com "
    "https://cdn.redoc.ly; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
DOCS_PATHS = frozenset({"/docs", "/redoc", "/docs/oauth2-redirect"})
HSTS = "max-age=31536000; includeSubDomains"


class SecurityHeaders:
    def __init__(self, app: ASGIApp, *, https: bool) -> None:
        self.app = app
        common = [
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
            (b"cross-origin-opener-policy", b"same-origin"),
        ]
        if https:
            common.append((b"strict-transport-security", HSTS.encode()))
        self.common = common

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                content_type = next((v for n, v in headers if n.lower() == b"content-type"), b"")
                if not content_type.lower().startswith(b"text/html"):
                    csp = API_CSP
                elif scope.get("path") in DOCS_PATHS:
                    csp = DOCS_CSP
                else:
                    csp = PAGE_CSP
                own_csp = next(
                    (v for n, v in headers if n.lower() == b"content-security-policy"), b""
                )
                extra = [(b"content-security-policy", csp.encode())]
                if message["status"] == 304:
                    # A 304 refreshes the browser's stored headers of the page it revalidated
                    # (RFC 9111 4.3.4): a policy sent here would replace the page's own
                    # (StaticFiles' 304 has no content type, so it would get the API's).
                    extra = []
                for name, value in (*self.common, *extra):
                    if name not in present:  # a route that sets its own keeps it
                        headers.append((name, value))
                if b"frame-ancestors" in own_csp and b"frame-ancestors 'none'" not in own_csp:
                    # A page that names who may frame it (the chat widget's page): DENY would
                    # overrule that list in browsers that read X-Frame-Options first.
                    headers = [(n, v) for n, v in headers if n.lower() != b"x-frame-options"]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)
