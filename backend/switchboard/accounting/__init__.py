"""Completed jobs to the books (invoices) and payments back (webhooks, catch-up)."""
