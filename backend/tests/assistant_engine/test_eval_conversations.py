"""`make eval` on whole conversations: no conversation fails that is not a known failure."""

from __future__ import annotations

from eval import gate
from eval.run_conversations import MIN_JUDGED, evaluate, render


async def test_corpus_conversations_have_no_new_failures() -> None:
    report = await evaluate()
    assert report.judged >= MIN_JUDGED
    new, _fixed = gate.compare(report.failures, gate.known())
    assert not new, "\n".join(render(report))


def test_the_gate_reports_a_new_failure_and_a_fixed_one() -> None:
    accepted = {"a-conv: start", "b-conv: page_owner"}
    new, fixed = gate.compare(["a-conv: start: expected 10, got 11", "c-conv: booked: x"], accepted)
    assert new == ["c-conv: booked: x"] and fixed == ["b-conv: page_owner"]


def test_known_failures_keep_turn_keys_and_drop_comments(tmp_path) -> None:  # type: ignore[no-untyped-def]
    listed = tmp_path / "known.txt"
    listed.write_text("# a comment\nconv-a#3: emergency  # why\nconv-b: booked\n")
    assert gate.known(listed) == {"conv-a#3: emergency", "conv-b: booked"}


def test_names_on_voice_are_judged_as_heard_and_typed_names_exactly() -> None:
    from eval.run_conversations import as_heard

    assert as_heard("Ngozi Adebayo-Hart") == as_heard("ngozi adebayo hart")
    assert as_heard("Rocco DiMartino") == as_heard("Rocco Dimartino")
    assert as_heard("Jacinto Ramírez Olvera") == as_heard("jacinto ramirez olvera")
    assert as_heard("Aoife O'Shaughnessy") == as_heard("aoife oshaughnessy")
    assert as_heard("Maria") != as_heard("María de los Ángeles Quiñones")
    assert as_heard("Rosa Elvira") != as_heard("Rosa Elvira Campos")


def test_addresses_are_judged_with_ordinal_words_as_digits() -> None:
    from eval.run_conversations import address_matches

    assert address_matches("Ninth", "1214 South 9th Street, Kansas City Kansas")
    assert address_matches("37th", "87-10 37th Avenue")
    assert address_matches("Lincoln", "7202 E Lincoln Dr")
    assert not address_matches("Ninth", "1214 South 19th Street")
    assert not address_matches("Ninth", None)


def test_addresses_are_judged_with_street_words_either_way() -> None:
    from eval.run_conversations import address_matches

    assert address_matches("12304 W 65th St", "12304 West 65th Street")
    assert address_matches("1944 Memorial Dr SE", "1944 Memorial Drive SE, Atlanta")
    assert address_matches("8802 Renner Boulevard", "8802 Renner Blvd.")
    assert not address_matches("2240 S Vine St", "224 South Vine Street")
    assert not address_matches("740 Ponce de Leon Ave NE", "740 Ponce De Leon Avenue")


def test_phones_are_judged_as_numbers() -> None:
    from eval.run_conversations import phone_matches

    assert phone_matches("602-555-0184", "+16025550184")
    assert phone_matches("+17205550148", "(720) 555-0148")
    assert not phone_matches("602-555-0184", "+16025550148")
    assert not phone_matches("602-555-0184", None)
