"""Job kinds and their handlers, and the errors a handler raises to steer retries."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from switchboard.core.clock import Clock
from switchboard.core.db import UnitOfWork
from switchboard.tenancy.context import TenantContext


class RetryLater(Exception):
    """A temporary failure (timeout, 429, 5xx): try again after a backoff."""

    def __init__(self, reason: str, delay: timedelta | None = None) -> None:
        super().__init__(reason)
        self.delay = delay


class PermanentFailure(Exception):
    """Retrying cannot help (bad number, 4xx): go straight to the dead-letter state."""


@dataclass
class JobContext:
    uow: UnitOfWork
    tenant: TenantContext | None
    payload: dict[str, Any]
    job_id: str
    kind: str
    attempt: int
    clock: Clock
    services: dict[str, Any] = field(default_factory=dict)
    max_attempts: int = 8

    @property
    def last_attempt(self) -> bool:
        return self.attempt >= self.max_attempts


@dataclass
class DeadJob:
    """What a dead-letter hook sees: it runs in the transaction that marks the job dead, in the
    job's tenant scope, so it can record the give-up (e.g. mark a message failed)."""

    uow: UnitOfWork
    tenant: TenantContext | None
    payload: dict[str, Any]
    job_id: str
    kind: str
    error: str
    clock: Clock
    services: dict[str, Any] = field(default_factory=dict)


Handler = Callable[[JobContext], Awaitable[None]]
DeadHook = Callable[[DeadJob], Awaitable[None]]


@dataclass(frozen=True)
class Steps:
    """A job that talks to the outside world, in three steps so no database transaction (and,
    on SQLite, no write lock) is held while waiting on a provider:

    - `prepare(ctx)` runs in a transaction that commits before the call; it returns the plan
      for the call, or None when there is nothing to call (the job then finishes right there);
    - `perform(plan, services)` makes the call with no transaction open; it raises
      `RetryLater` / `PermanentFailure` like any handler;
    - `record(ctx, plan, result)` runs in the final transaction, which also marks the job done.

    A crash between `perform` and `record` re-runs the job, so `prepare` must leave a mark that
    lets the next run find out whether the call already happened."""

    prepare: Callable[[JobContext], Awaitable[Any]]
    perform: Callable[[Any, dict[str, Any]], Awaitable[Any]]
    record: Callable[[JobContext, Any, Any], Awaitable[None]]


@dataclass(frozen=True)
class Periodic:
    kind: str
    every: timedelta


class JobRegistry:
    def __init__(self) -> None:
        self.handlers: dict[str, Handler] = {}
        self.dead_hooks: dict[str, DeadHook] = {}
        self.steps: dict[str, Steps] = {}
        self.periodic: list[Periodic] = []

    def handler(
        self, kind: str, *, on_dead: DeadHook | None = None
    ) -> Callable[[Handler], Handler]:
        """Register the handler of `kind`; `on_dead` runs when a job of that kind is
        dead-lettered (out of attempts or a permanent failure)."""

        def register(fn: Handler) -> Handler:
            self._claim_kind(kind)
            self.handlers[kind] = fn
            if on_dead is not None:
                self.dead_hooks[kind] = on_dead
            return fn

        return register

    def in_steps(self, kind: str, steps: Steps, *, on_dead: DeadHook | None = None) -> None:
        """Register a job that calls out between two transactions (see `Steps`)."""
        self._claim_kind(kind)
        self.steps[kind] = steps
        if on_dead is not None:
            self.dead_hooks[kind] = on_dead

    def _claim_kind(self, kind: str) -> None:
        if kind in self.handlers or kind in self.steps:
            raise ValueError(f"job kind {kind!r} registered twice")

    def every(self, kind: str, interval: timedelta) -> None:
        """Run `kind` once per `interval` across the whole cluster, however many workers run."""
        self.periodic.append(Periodic(kind, interval))


registry = JobRegistry()
