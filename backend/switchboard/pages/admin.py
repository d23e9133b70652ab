"""`/admin/`: the admin console's files, served as they are from the top-level `admin/` folder
(beside `backend/` in the repository; beside `switchboard/` in the image).

The pages are a client of the public admin API like any other: no route here reads data. They
sign in with the admin key for a session cookie (`websessions/`); the security-headers
middleware gives every HTML answer the strict page CSP (no inline script, no inline style).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from starlette.staticfiles import StaticFiles

_PACKAGE = Path(__file__).resolve().parents[1]
CANDIDATES = (_PACKAGE.parents[1] / "admin", _PACKAGE.parent / "admin")


def console_dir() -> Path | None:
    return next((p for p in CANDIDATES if (p / "index.html").is_file()), None)


def mount_console(app: FastAPI) -> bool:
    """Serve the console when its files are present; False when they are not."""
    folder = console_dir()
    if folder is None:
        return False
    app.mount("/admin", StaticFiles(directory=folder, html=True), name="admin")
    return True
