"""The widget's files, served by the backend with no build step: `embed.js` (the one script a
website includes), the chat page its iframe shows, and the chat page's assets.

The chat page names the sites allowed to frame it (`frame-ancestors`, from the business's
`widget_origins`; any site while the list is empty), so another site cannot show the chat
and its visitors cannot be made to chat inside it. Assets are versioned by a hash of their
content: the page asks for `?v=<hash>` and may keep them a year; `embed.js` itself sits at a
URL websites never change, so it is cached for five minutes and revalidated by ETag.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from switchboard.auth.dependencies import business_for_widget_page
from switchboard.core.deps import UowDep
from switchboard.core.errors import NotFound
from switchboard.core.security_headers import PAGE_CSP
from switchboard.ratelimit.middleware import count_as_auth_failure
from switchboard.widget.origins import frame_ancestors

router = APIRouter(prefix="/widget", tags=["widget"])

_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
ASSETS = frozenset({"chat.js", "chat.css", "api.js", "i18n.js"})
_EMBED_CACHE = "public, max-age=300"
_ASSET_CACHE = "public, max-age=31536000, immutable"


def widget_dir() -> Path:
    """`widget/` beside `backend/` in the repository; beside the package in the image."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[3] / "widget", here.parents[2] / "widget"):
        if (candidate / "embed.js").is_file():
            return candidate
    raise FileNotFoundError("the widget/ folder (embed.js) was not found")


@functools.cache
def _file(name: str) -> bytes:
    return (widget_dir() / name).read_bytes()


@functools.cache
def version() -> str:
    """One hash over every file the chat loads: a change to any of them is a new URL."""
    digest = hashlib.sha256()
    for name in sorted({*ASSETS, "chat.html", "embed.js"}):
        digest.update(_file(name))
    return digest.hexdigest()[:12]


def _with_version(name: str) -> bytes:
    return _file(name).replace(b"__VERSION__", version().encode())


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:20] + '"'


@router.get("/embed.js", response_class=Response)
async def embed_script(request: Request) -> Response:
    """The script a website includes:
    `<script src=".../widget/embed.js" data-widget-token="..." async></script>`.
    Options: `data-language` (`en`, `es`; default the browser's), `data-color` (`#RRGGBB`),
    `data-position` (`right`, `left`), `data-greeting` (the launcher's words)."""
    body = _with_version("embed.js")
    etag = _etag(body)
    headers = {"cache-control": _EMBED_CACHE, "etag": etag}
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=_TYPES[".js"], headers=headers)


@router.get("/chat", response_class=Response)
async def chat_page(request: Request, uow: UowDep, w: str = Query(max_length=200)) -> Response:
    """The chat the iframe shows, for the business whose widget token is `w`; framed only by
    that business's `widget_origins` (any site while the list is empty)."""
    business = await business_for_widget_page(uow, w)
    if business is None:
        count_as_auth_failure(request)
        raise NotFound("No chat for this widget token.")
    policy = PAGE_CSP.replace(
        "frame-ancestors 'none'", f"frame-ancestors {frame_ancestors(business.widget_origins)}"
    )
    return Response(
        _with_version("chat.html"),
        media_type="text/html; charset=utf-8",
        headers={"content-security-policy": policy, "cache-control": "no-store"},
    )


@router.get("/assets/{name}", response_class=Response)
async def chat_asset(name: str, v: str | None = None) -> Response:
    """The chat page's scripts and styles (cached for a year under their version)."""
    if name not in ASSETS:
        raise NotFound()
    suffix = name[name.rindex(".") :]
    cache = _ASSET_CACHE if v == version() else "no-cache"
    return Response(
        _with_version(name), media_type=_TYPES[suffix], headers={"cache-control": cache}
    )
