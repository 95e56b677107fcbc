"""Session 52: where an event happened -- a town no recognizer typed after the verb of a wedding or a meeting, a
village a name is "of", a trip's end, a town named before an adjective, a university people met at. Invented
sentences through the real pipeline, each with a near miss the rule must leave alone."""

from __future__ import annotations

from dateline import nlp
from dateline.extract.entity_lexicon import lexicon
from dateline.extract.name_missed import occasion_place
from handmade import analyzed as run
from handmade import entity_types, named_args

DCT = "2024-05-20"


def _places(text: str, kind: str) -> list[str | None]:
    return [args.get("place") for args in named_args(run(text, DCT), kind)]


def test_the_town_after_married_in_is_where_the_wedding_was() -> None:
    a = run("Tomas Wilk married the Danish painter Ilse Brandt in Varnholtes in May 2019.", DCT)
    assert entity_types(a).get("Varnholtes") == "GPE"
    assert [p.get("place") for p in named_args(a, "life.marry")] == ["Varnholtes"]


def _after_in(text: str, name: str) -> bool:
    doc = nlp.load()(text)
    start = next(t.i for t in doc if t.text == name)
    return occasion_place(doc, start, start + 1, lexicon())


def test_only_a_wedding_or_a_meeting_puts_the_name_after_in_in_a_place() -> None:
    assert _after_in("Tomas Wilk met Ilse Brandt in Varnholtes in 2019.", "Varnholtes")
    assert not _after_in("Ilse Brandt starred in Varnholtes in 2019.", "Varnholtes")  # a work, not a town


def test_a_body_met_in_stays_a_body() -> None:
    assert entity_types(run("Tomas Wilk and Ilse Brandt met in Parliament in 2010.", DCT)).get("Parliament") == "ORG"


def test_the_village_a_name_is_of_is_a_place_at_every_mention() -> None:
    text = ("Kofi Mensah-Arthur was born on May 2, 1940, in the fishing village of Abena Tawiakrom, the son of a "
            "fisherman. He will be buried in Abena Tawiakrom on June 1.")
    a = run(text, DCT)
    assert entity_types(a).get("Abena Tawiakrom") == "GPE"
    assert [p.get("place") for p in named_args(a, "life.born")] == ["Abena Tawiakrom"]


def test_the_son_of_a_name_leaves_it_a_person() -> None:
    a = run("Kofi Mensah-Arthur, the son of Abena Tawiah, was born in 1940.", DCT)
    assert entity_types(a).get("Abena Tawiah") == "PERSON"


def test_the_end_of_a_trip_to_a_name_is_a_place() -> None:
    text = "Lucien Marot proposed to Derya Olcay during a trip to Varnholtes in April."
    a = run(text, DCT)
    assert entity_types(a).get("Varnholtes") == "GPE"
    assert [p.get("place") for p in named_args(a, "life.engage")] == ["Varnholtes"]


def test_a_trip_to_a_name_puts_it_in_a_place_but_a_visit_to_it_does_not() -> None:
    assert _after_in("Lucien Marot proposed during a trip to Varnholtes in April.", "Varnholtes")
    assert not _after_in("Lucien Marot proposed after a visit to Varnholtes in April.", "Varnholtes")  # (a person's, a body's)


def test_a_town_named_before_an_adjective_is_where_they_teamed_up() -> None:
    text = ("KELMONT — Hana Tsuji won on Sunday. Tsuji and Mio Ando, who first teamed up at the Kelmont junior "
            "event in 2015, also won in May.")
    assert _places(text, "career.collaborate") == ["Kelmont"]


def test_a_body_named_before_an_adjective_is_no_place() -> None:
    text = "Hana Tsuji and Mio Ando, who first teamed up at the Northgate Capital junior event in 2015, also won in May."
    assert _places(text, "career.collaborate") == [None]


def test_the_university_people_met_at_is_where_they_met() -> None:
    text = "Noor Halabi and Kasimir Ostrava met as doctoral students at the Technical University of Varnholtes."
    assert _places(text, "life.meet") == ["Technical University of Varnholtes"]


def test_the_firm_people_met_at_is_no_place() -> None:
    text = "Noor Halabi and Kasimir Ostrava met as junior analysts at Northgate Capital Partners."
    assert _places(text, "life.meet") == [None]


VALBORNE = ("VALBORNE — Tomas Hale won the Valborne Indoor Open on Sunday and announced his retirement.\n\n"
            "Valborne's tournament director, Ann Bell, said he had been an example.")


KESSLER = "KESSLER — Tomas Hale won the Kessler Book Prize on Sunday.\n\nKessler's mayor, Ann Bell, said he had been an example."


def test_a_dash_dateline_the_recognizer_missed_is_a_town_named_as_the_text_writes_it() -> None:
    assert entity_types(run(VALBORNE, DCT)).get("Valborne") == "GPE"
    assert entity_types(run(KESSLER, DCT)).get("Kessler") == "GPE"  # (the recognizer's "KESSLER", named as the text goes on)


def test_a_contest_named_after_the_town_is_won_there() -> None:
    assert _places(VALBORNE, "career.win") == ["Valborne"]


def test_a_prize_named_after_the_town_is_not_placed_there() -> None:
    assert _places(KESSLER, "career.win") == [None]


def test_a_dateline_with_accented_capitals_is_no_participant() -> None:
    text = "GDAŃSK — Valentina Ruiz-Castro won the Baltic Open on Sunday, beating Xu Lanfang in the final."
    assert [args.get("agent") for args in named_args(run(text, DCT), "career.win")] == ["Valentina Ruiz-Castro"]
    assert [[g.text for g in e.args if g.role == "agent"] for e in run(text, DCT).events if e.type == "career.win"] == [
        ["Valentina Ruiz-Castro"]]


def test_a_contest_named_after_a_country_is_not_placed_in_it() -> None:
    assert _places("Ana Ruiz won the US Open on Sunday. She had moved to the US in 2015.", "career.win") == [None]
