"""Session 53: names of teams and bodies -- invented sentences through the real pipeline, with the near misses each rule
must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import named_args


def _mentions(a, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return next(([m.text for m in e.mentions] for e in a.entities if e.name == name), [])


def test_a_team_told_by_its_nickname_is_the_team_named_in_full() -> None:
    # the recognizer takes "The Brackley Falcons" for a person and finds "Falcons" alone, a body, elsewhere
    a = run("Falcons fire coach after poor start\n\nThe Brackley Falcons fired head coach Tom Vale on Monday. Vale led the "
            "Falcons to the playoffs in 2019, but the Falcons have won only four games this season.")
    assert _mentions(a, "Brackley Falcons").count("Falcons") == 2
    assert [row.get("agent") for row in named_args(a, "career.fire")] == ["Brackley Falcons"]


def test_a_person_whose_surname_is_a_plural_is_not_a_team() -> None:
    a = run("Tom Evans joined the Falcons in 2019. The Falcons won the title that year.")
    assert "Falcons" not in _mentions(a, "Tom Evans")


def test_a_firms_trade_word_alone_is_not_taken_for_it() -> None:
    # "Biscuits" ends a firm's name as its trade, no nickname: another firm's "Biscuits" is not it
    a = run("Thornleigh Biscuits was sold in 2019. Harlan Foods bought Brackwell Biscuits a year later.")
    assert "Brackwell Biscuits" not in _mentions(a, "Thornleigh Biscuits")


def test_the_charity_is_the_hospice_trust_in_view() -> None:
    a = run("Gareth Lomax ran the Little Wren Hospice Trust from 2009 until 2020. The trust's chair said the hospice had "
            "come close to closing. The charity has since sued Lomax in the High Court.")
    assert "The charity" in _mentions(a, "Little Wren Hospice Trust")
    assert [row.get("agent") for row in named_args(a, "legal.sue")] == ["Little Wren Hospice Trust"]


def test_the_charity_is_not_a_firm_in_view() -> None:
    a = run("Gareth Lomax ran Harlan Media from 2009 until 2020. The charity he founded later sued him.")
    assert "The charity" not in _mentions(a, "Harlan Media")


def _roles(a, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.value for f in a.facts if f.relation == "role" and a.entity(f.subject).name == name and f.value]


def test_a_hyphened_count_of_times_is_no_part_of_the_post() -> None:
    a = run("The shortlist includes Mwangi Haldorsen, a first-time novelist from Nairobi.")
    assert _roles(a, "Mwangi Haldorsen") == ["novelist"]


def test_a_hyphened_word_that_names_the_post_stays_whole() -> None:
    a = run("Dr Ines Maro, an infectious-disease specialist, joined the Lister Clinic in 2019.")
    assert "infectious-disease specialist" in _roles(a, "Ines Maro")


def test_a_body_renamed_keeps_both_names() -> None:
    a = run("Tom Pell ran the Brightwater Children's Trust from 2009 until 2021. The charity, which was renamed Bright "
            "Futures in 2022, said it had recovered about £900,000. Harlan Foods was renamed Harlan Brands in 2019.")
    assert "Bright Futures" in _mentions(a, "Brightwater Children's Trust")
    assert "Harlan Brands" in _mentions(a, "Harlan Foods") or "Harlan Foods" in _mentions(a, "Harlan Brands")


def test_a_person_renamed_nothing_is_left_alone() -> None:
    # "named" a person to a post is no new name
    a = run("Harlan Foods named Tom Pell chief executive in 2019.")
    assert "Tom Pell" not in _mentions(a, "Harlan Foods")



def test_the_team_is_the_team_named_by_its_nickname() -> None:
    a = run("Falcons fire coach after poor start\n\nThe Brackley Falcons fired head coach Tom Vale on Monday. Vale led the "
            "Falcons to the playoffs in 2019. Ada Kuill, who bought the team from the Arbuckle family in 2019, has not "
            "commented.")
    assert [row.get("patient") for row in named_args(a, "business.acquire")] == ["Brackley Falcons"]


def test_the_team_is_not_a_firm_whose_name_ends_in_s() -> None:
    a = run("Ada Kuill ran Harlan Brands until 2019. She later bought the team from the Arbuckle family.")
    assert all(row.get("patient") != "Harlan Brands" for row in named_args(a, "business.acquire"))


def test_a_group_led_by_a_named_body_has_that_body_act() -> None:
    a = run("Petrel Aeronautics is also being sued by a group of shareholders led by the Tennant Valley Teachers' Pension "
            "Fund, which filed a class action in June 2018.")
    agents = [g.entity and a.entity(g.entity).name for e in a.events if e.type == "legal.sue" for g in e.args if g.role == "agent"]
    assert "Tennant Valley Teachers' Pension Fund" in agents


def test_no_body_buys_itself() -> None:
    a = run("A consortium led by Harlan Capital bought the club in 2019.")
    rows = named_args(a, "business.acquire")
    assert rows and all(row.get("patient") != "Harlan Capital" for row in rows)


def test_a_headline_verb_before_a_title_is_no_part_of_the_post() -> None:
    a = run("Falcons fire coach Tom Vale after poor start\n\nThe Brackley Falcons fired head coach Tom Vale on Monday.")
    assert "fire coach" not in " ".join(_roles(a, "Tom Vale"))


def test_a_fire_chief_in_the_body_keeps_the_post() -> None:
    a = run("Blaze at mill\n\nThe fire chief, Tom Vale, said the blaze was out by Monday.")
    assert "fire chief" in _roles(a, "Tom Vale")
