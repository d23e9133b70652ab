"""`/dashboard/`: the owner dashboard's files, served as they are from the top-level
`dashboard/` folder (beside `backend/` in the repository; beside `switchboard/` in the image).

The pages are a client of the public owner API like any other: no route here reads tenant data.
The security-headers middleware gives every HTML answer the strict page CSP (no inline script).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from starlette.staticfiles import StaticFiles

_PACKAGE = Path(__file__).resolve().parents[1]
CANDIDATES = (_PACKAGE.parents[1] / "dashboard", _PACKAGE.parent / "dashboard")


def dashboard_dir() -> Path | None:
    return next((p for p in CANDIDATES if (p / "index.html").is_file()), None)


def mount_dashboard(app: FastAPI) -> bool:
    """Serve the dashboard when its files are present; False when they are not."""
    folder = dashboard_dir()
    if folder is None:
        return False
    app.mount("/dashboard", StaticFiles(directory=folder, html=True), name="dashboard")
    return True
