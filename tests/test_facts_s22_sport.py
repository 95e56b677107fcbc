"""Phrasings found in session 22 (sport and politics), each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run


def _events(a, kind: str) -> list[dict[str, str]]:
    return [{g.role: g.text for g in e.args} for e in a.events if e.type == kind]


def _facts(a, relation: str) -> dict[tuple[str, str | None], tuple[str | None, str | None]]:
    names = {e.id: e.name for e in a.entities}
    return {(names.get(f.subject), names.get(f.object) or f.value): (f.valid_from, f.valid_to)
            for f in a.facts if f.relation == relation}


def test_club_names_ending_in_a_club_word_are_clubs() -> None:
    a = run("Ewan Rooke moved to Dunholm Quins in 2011 and later joined Balloch Thistle.", "2024-05-08")
    kinds = {e.name: e.type for e in a.entities}
    assert kinds.get("Dunholm Quins") == "ORG" and kinds.get("Balloch Thistle") == "ORG"
    assert ("Ewan Rooke", "Balloch Thistle") in _facts(a, "member")


def test_an_age_description_opening_a_sentence_is_the_last_sentence_subject() -> None:
    a = run("Marta Oyelowo won the Grand Prix of Lierde for the second time on Sunday, beating the Swiss Lea Brunner in "
            "a sprint. The 27-year-old Dutchwoman, who rides for the team Vortex Racing, had also won the race in 2021.",
            "2024-05-08")
    ages = {f.subject: f.value for f in a.facts if f.relation == "age"}
    names = {e.id: e.name for e in a.entities}
    assert {names[s]: v for s, v in ages.items()} == {"Marta Oyelowo": "27"}


def test_a_past_verb_the_parser_read_as_a_modifier_keeps_its_object() -> None:
    a = run("Idris Pembrey-Hale was a miner. Pembrey-Hale married Morfudd Tanat-Evans, a teacher from Bala, in 1958.",
            "2019-03-07")
    (wedding,) = _events(a, "life.marry")
    assert wedding.get("partner") == "Morfudd Tanat-Evans"
    assert any(pair[1] == "Morfudd Tanat-Evans" for pair in _facts(a, "spouse"))
