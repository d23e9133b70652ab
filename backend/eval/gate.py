"""The evaluation gate: no new failures.

A rate target lets one conversation regress while another is fixed; this gate does not.
`eval/known_failures.txt` lists every failure accepted today, one `<where>: <what>` key a
line (`<where>` is a conversation id, or `id#turn` for the understanding evaluation; `<what>`
the failed check, without its details). A run fails on any failure not listed; a listed
failure that now passes is reported so the list can shrink. Comments start with `#`.
"""

from __future__ import annotations

import re
from pathlib import Path

KNOWN = Path(__file__).parent / "known_failures.txt"


def key(failure: str) -> str:
    """The failure without its details: "f1-x: start: expected 10, got 11" -> "f1-x: start"."""
    where, _, rest = failure.partition(": ")
    return f"{where}: {rest.split(':', 1)[0].strip()}"


def known(path: Path = KNOWN) -> set[str]:
    if not path.exists():
        return set()
    # A comment starts a line or follows a space: "id#turn" keys keep their "#".
    lines = (
        re.split(r"(?:^|\s)#", line, maxsplit=1)[0].strip()
        for line in path.read_text().splitlines()
    )
    return {line for line in lines if line}


def compare(failures: list[str], accepted: set[str]) -> tuple[list[str], list[str]]:
    """(new failures, accepted failures that no longer happen)."""
    keys = {key(f) for f in failures}
    new = [f for f in failures if key(f) not in accepted]
    fixed = sorted(k for k in accepted - keys if not k.startswith("turn "))
    return new, fixed


def render(name: str, failures: list[str], accepted: set[str]) -> tuple[list[str], bool]:
    ours = {k for k in accepted if _belongs(name, k)}
    new, fixed = compare(failures, ours)
    lines = [f"{name}: {len(failures)} failures, {len(failures) - len(new)} known, {len(new)} new"]
    lines += [f"NEW {f}" for f in new]
    lines += [f"now passing (remove from {KNOWN.name}): {k}" for k in fixed]
    return lines, not new


def _belongs(name: str, accepted_key: str) -> bool:
    where = accepted_key.split(": ", 1)[0]
    return ("#" in where) == (name == "understanding")
