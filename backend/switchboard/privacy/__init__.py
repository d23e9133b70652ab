"""Requests about one person's data: export everything held about them, and erase it."""
