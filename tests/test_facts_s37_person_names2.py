"""People's names the recognizer types as firms or places (session 37): the subject of a verb whose object or preposition
only a person's subject fits -- "succeeded Y as chief executive", "worked at / as", "left the bank", "quit Ostler Bank" --
also through a "who" clause ("X, who left the bank in 2019,"), and the object of "succeeded"; each as invented sentences
through the real pipeline, with firms that succeed in something, leave an index or quit a market kept as firms."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import assert_event


def _types_of(a: Analysis, name: str) -> list[str]:
    return [e.type for e in a.entities if e.name == name]


def test_who_succeeds_and_is_succeeded_is_a_person() -> None:
    # "Aiko Sato succeeded Ivo Brandt as chief executive" (Ivo Brandt typed a firm), "Marta Lind succeeded ..." (a place)
    a = run("Shares rose. Aiko Sato succeeded Ivo Brandt as chief executive in March.")
    assert _types_of(a, "Ivo Brandt") == ["PERSON"]
    b = run("Shares rose. Marta Lind succeeded Tomas Berg at Lund Steel last year.")
    assert _types_of(b, "Marta Lind") == ["PERSON"]
    c = run("Shares rose. Imogen Rusk will succeed Pavel Horn as chairman in June.")
    assert _types_of(c, "Pavel Horn") == ["PERSON"] and _types_of(c, "Imogen Rusk") == ["PERSON"]


def test_who_worked_at_or_left_a_body_is_a_person() -> None:
    # "Tamsin Reed worked at Halvard Bank", "Rafe Ondo, who left the bank in 2019,", "Felix Grange quit Ostler Bank"
    a = run("Shares rose. Tamsin Reed worked at Halvard Bank for ten years.")
    assert _types_of(a, "Tamsin Reed") == ["PERSON"]
    b = run("Shares rose. Rafe Ondo, who left the bank in 2019, now runs a fund.")
    assert _types_of(b, "Rafe Ondo") == ["PERSON"]
    c = run("Shares rose. Felix Grange quit Ostler Bank last week after six years.")
    assert _types_of(c, "Felix Grange") == ["PERSON"]
    assert_event(c, "career.resign", {"agent": "Felix Grange", "organization": "Ostler Bank"})
    d = run("Shares rose. Ewan Lodge left Brennan Media in 2021 and joined Halvard Bank.")
    assert _types_of(d, "Ewan Lodge") == ["PERSON"]


def test_firms_that_succeed_leave_or_quit_stay_firms() -> None:
    a = run("Shares rose. Halden Steel succeeded in cutting costs last year.")
    assert _types_of(a, "Halden Steel") == ["ORG"]
    b = run("Shares rose. Marlow Foods left the index in March. Corbel Bank quit the market in 2020.")
    assert _types_of(b, "Marlow Foods") == ["ORG"] and _types_of(b, "Corbel Bank") == ["ORG"]
    c = run("Sport. Ashby Town left the league in 1990. Harlow Group joined the index in 2015.")
    assert _types_of(c, "Ashby Town") == ["ORG"] and _types_of(c, "Harlow Group") == ["ORG"]


def test_a_player_for_a_club_is_cut_from_it() -> None:
    # "Noel Fry for Calder Athletic" read as one name (the splitter cut only at "of"): the player and the club
    a = run("Sport. The goal came from Noel Fry for Calder Athletic.")
    assert _types_of(a, "Noel Fry") == ["PERSON"] and _types_of(a, "Calder Athletic") == ["ORG"]
    b = run("Sport. Noel Fry for Calder Athletic and Ian Rudd for Harwood United were sent off.")
    assert _types_of(b, "Noel Fry") == ["PERSON"] and _types_of(b, "Calder Athletic") == ["ORG"]
    c = run("Charity news. The Grace Centre for Children United said so.")
    assert _types_of(c, "Grace") == []  # (a body's word before "for": no person)


def test_a_given_name_and_a_word_for_a_surname_is_no_product() -> None:
    # "took silver behind Ines Moll" (typed a product: "Moll" is a dictionary word, so no person's shape)
    a = run("Results. Kara Holt took silver behind Ines Moll in the final.")
    assert _types_of(a, "Ines Moll") == ["PERSON"]
    b = run("Results. Kara Holt won gold ahead of Ines Moll and Tove Lund.")
    assert _types_of(b, "Ines Moll") == ["PERSON"]
    c = run("Cars. Its new Mercedes Sprinter sold well.")
    assert _types_of(c, "Mercedes Sprinter") != ["PERSON"]  # (a model after "its new")
