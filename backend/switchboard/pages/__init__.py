"""The static pages the backend serves (no build step): the owner dashboard, the admin console."""
