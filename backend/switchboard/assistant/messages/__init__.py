"""The words the caller hears or reads, per language, keyed by message id.

Catalogues are YAML files beside this module (`en.yaml`, `es.yaml`) with `str.format`
placeholders; logic picks an id and supplies values, never the wording. A message missing
from a catalogue falls back to English rather than failing a live call.
"""

from __future__ import annotations

import string
from functools import cache
from importlib import resources

import yaml

LANGUAGES = ("en", "es")
DEFAULT_LANGUAGE = "en"


class UnknownMessage(KeyError):
    pass


@cache
def catalogue(language: str) -> dict[str, str]:
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    text = resources.files(__name__).joinpath(f"{language}.yaml").read_text(encoding="utf-8")
    loaded = yaml.safe_load(text)
    if not isinstance(loaded, dict):
        raise ValueError(f"message catalogue {language} is not a mapping")
    return {str(k): str(v).strip() for k, v in loaded.items()}


def placeholders(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


def render(message_id: str, language: str = DEFAULT_LANGUAGE, **values: object) -> str:
    template = catalogue(language).get(message_id) or catalogue(DEFAULT_LANGUAGE).get(message_id)
    if template is None:
        raise UnknownMessage(message_id)
    return template.format(**values)


def safety_message_id(hazard: str) -> str:
    return f"safety.{hazard}"
