"""The owner's key figures over a period: what the assistant answered, booked and recovered."""
