"""Prometheus metrics. Labels are route templates and status codes only: never raw paths,
never phone numbers or ids."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

HTTP_REQUESTS = Counter(
    "switchboard_http_requests_total",
    "HTTP requests by route template, method and status",
    ["method", "route", "status"],
    registry=REGISTRY,
)
HTTP_LATENCY = Histogram(
    "switchboard_http_request_duration_seconds",
    "HTTP request latency by route template",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
    registry=REGISTRY,
)
JOBS_FINISHED = Counter(
    "switchboard_jobs_total",
    "Jobs finished by kind and outcome",
    ["kind", "outcome"],
    registry=REGISTRY,
)
JOB_START_DELAY = Histogram(
    "switchboard_job_start_delay_seconds",
    "Delay between a job's run_at and its start",
    buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 30.0, 120.0),
    registry=REGISTRY,
)
JOBS_DEAD = Gauge(
    "switchboard_jobs_dead",
    "Jobs in the dead-letter state at the last sweep",
    registry=REGISTRY,
)
