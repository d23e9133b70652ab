"""Deterministic understanding of one caller turn: small extractors, one entry point."""

from switchboard.assistant.understanding.model import (
    Address,
    Context,
    Expecting,
    Extracted,
    Hazard,
    HazardRule,
    Intent,
    PartOfDay,
    Polarity,
    QuestionTopic,
    ServiceOption,
    SlotChoice,
    SlotDecision,
    TimeWindow,
    Understanding,
)
from switchboard.assistant.understanding.understand import understand

__all__ = [
    "Address",
    "Context",
    "Expecting",
    "Extracted",
    "Hazard",
    "HazardRule",
    "Intent",
    "PartOfDay",
    "Polarity",
    "QuestionTopic",
    "ServiceOption",
    "SlotChoice",
    "SlotDecision",
    "TimeWindow",
    "Understanding",
    "understand",
]
