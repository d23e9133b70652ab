"""Billing: plans, subscription state per business, usage, the Stripe event inbox, and the
entitlements other domains ask (`billing.entitlements.allows`)."""
