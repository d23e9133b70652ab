"""Live updates for the dashboard: what happened since a moment, as server-sent events."""
