# syntax=docker/dockerfile:1
# Switchboard's image: one image for the web process (`switchboard run`), the job worker
# (`switchboard worker`) and the migration step (`switchboard db upgrade`).
#
# Two stages: the builder has compilers (a dependency without a wheel for this platform is
# built here) and installs exactly what backend/uv.lock pins (`--frozen`: a lock that no
# longer matches pyproject.toml fails the build instead of resolving something new). The
# final stage is python slim with the virtualenv and the source only: no compilers, no uv,
# no package caches, running as an unprivileged user.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS builder
ARG UV_VERSION=0.13.9
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir "uv==${UV_VERSION}"
ENV UV_PYTHON_DOWNLOADS=never \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PROJECT_ENVIRONMENT=/app/.venv
WORKDIR /app
# Dependencies first, from the lock alone, so a source change does not reinstall them.
COPY backend/pyproject.toml backend/uv.lock backend/BACKEND.md ./
RUN uv sync --frozen --no-dev --extra meaning --extra speech --no-install-project
COPY backend/alembic.ini ./
COPY backend/migrations ./migrations
COPY backend/switchboard ./switchboard
# The project itself is installed editable on purpose: the code finds its migrations next to
# the package (core/migrations.py), so /app keeps the backend/ layout in the final stage.
RUN uv sync --frozen --no-dev --extra meaning --extra speech

FROM ${PYTHON_IMAGE} AS runtime
# postgresql-client: `switchboard backup` / `restore` call pg_dump and pg_restore (Debian
# bookworm ships 15, the server version compose and the manifests run). A client, no compiler.
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 switchboard \
    && useradd --system --uid 10001 --gid switchboard --home-dir /app \
        --shell /usr/sbin/nologin switchboard
WORKDIR /app
# Code and virtualenv belong to root and are read-only for the app user; only var/ (the
# SQLite file when no DATABASE_URL is given) is writable.
COPY --from=builder /app/.venv /app/.venv
COPY --from=builder /app/alembic.ini /app/alembic.ini
COPY --from=builder /app/migrations /app/migrations
COPY --from=builder /app/switchboard /app/switchboard
# The owner dashboard's static files (served at /dashboard/; pages/dashboard.py finds them here).
COPY dashboard/index.html /app/dashboard/index.html
COPY dashboard/css /app/dashboard/css
COPY dashboard/js /app/dashboard/js
COPY dashboard/i18n /app/dashboard/i18n
# The chat widget's static files (embed.js, the chat page), served by the backend.
COPY widget /app/widget
# The admin console's static files (served at /admin/; pages/admin.py finds them here).
COPY admin/index.html /app/admin/index.html
COPY admin/css /app/admin/css
COPY admin/js /app/admin/js
RUN mkdir -p /app/var && chown switchboard:switchboard /app/var
ENV PATH=/app/.venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HOST=0.0.0.0 \
    PORT=8000 \
    SWITCHBOARD_NO_DEMO=true
USER 10001:10001
EXPOSE 8000
# Liveness only (/healthz): readiness (/readyz, database and schema) is for load balancers.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=2)"]
CMD ["switchboard", "run"]
