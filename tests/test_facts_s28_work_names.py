"""Shortlists and the titles of their works (session 28, second round: nominations told as a list, across all the
development articles), each rule pinned by invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, entity_types, typed


def _nominated(a: object) -> dict[str, tuple[str | None, str | None]]:
    """Each nominee's name -> (the work's name or None, the time)."""
    out = {}
    for e in typed(a, "career.nominate"):  # type: ignore[arg-type]
        names = {g.role: (a.entity(g.entity).name if g.entity else g.text) for g in e.args}  # type: ignore[attr-defined]
        if "patient" in names:
            out[names["patient"]] = (names.get("work"), e.time)
    return out


def test_the_others_on_a_shortlist_are_nominated_one_each() -> None:
    a = run("Marta Quillon won the Halvard Prize for Poetry on Tuesday. The others on the shortlist were Tobias Renner, "
            "Agnes Pell and Oskar Lind.", "2024-05-08")
    got = _nominated(a)
    assert {"Tobias Renner", "Agnes Pell", "Oskar Lind"} <= set(got)
    assert len([e for e in typed(a, "career.nominate") if len([g for g in e.args if g.role == "patient"]) > 1]) == 0
    b = run("The writers on this year's longlist are Clara Vesk and Paul Dorran.", "2024-05-08")
    assert {"Clara Vesk", "Paul Dorran"} <= set(_nominated(b))


def test_one_of_several_on_a_shortlist_is_nominated() -> None:
    a = run("Marta Quillon was one of four poets on the shortlist.", "2024-05-08")
    assert_event(a, "career.nominate", {"patient": "Marta Quillon"})
    b = run("Ivo Markovic was one of five novelists on the longlist for the Orrin Prize in March.", "2024-05-08")
    assert _nominated(b).get("Ivo Markovic", (None, None))[1] == "2024-03"


def test_the_others_listed_after_a_shortlist_share_its_nomination() -> None:
    a = run("Hanna Berg was nominated in October by her colleagues, and in January she was one of four painters on a "
            "shortlist published by the gallery. The others were the sculptor Oskar Lind, the conceptual artist Ida Holm "
            "and the climate photographer Ivo Sandvik.", "2024-05-08")
    got = _nominated(a)
    assert {name: got.get(name, (None, None))[1] for name in ("Oskar Lind", "Ida Holm", "Ivo Sandvik")} == {
        "Oskar Lind": "2024-01", "Ida Holm": "2024-01", "Ivo Sandvik": "2024-01"}
    b = run("Odile Marr won the Halvard Prize on Tuesday. Marr beat five other writers on the shortlist. The rest were "
            "Oskar Lind, Hanna Berg and Ivo Sandvik.", "2024-05-08")
    assert {"Oskar Lind", "Hanna Berg", "Ivo Sandvik"} <= set(_nominated(b))
    # "the others" with no list told just before nominates no one
    c = run("Odile Marr won the Halvard Prize on Tuesday. The others were Oskar Lind and Hanna Berg.", "2024-05-08")
    assert not {"Oskar Lind", "Hanna Berg"} & set(_nominated(c))


def test_the_ones_beaten_on_a_shortlist_were_nominated_with_their_works() -> None:
    a = run("Odile Marr won the Halvard Prize on Tuesday. Marr beat five other writers on the shortlist, among them the "
            "Irish novelist Tobias Renner, the bookmakers' favourite for The Salt Field, and the Canadian Agnes Pell for "
            "Winter Doors.", "2024-05-08")
    got = _nominated(a)
    assert got.get("Tobias Renner", (None,))[0] == "The Salt Field"
    assert got.get("Agnes Pell", (None,))[0] == "Winter Doors"
    assert "Odile Marr" in got
    assert entity_types(a)["Winter Doors"] == "WORK"
    b = run("Odile Marr, who lives in Oslo, defeated three other poets on the longlist, including Tobias Renner and "
            "Agnes Pell.", "2024-05-08")
    assert {"Odile Marr", "Tobias Renner", "Agnes Pell"} <= set(_nominated(b))
    # beating someone in a final is no shortlist
    c = run("Odile Marr beat Agnes Pell in the final on Sunday.", "2024-05-08")
    assert not typed(c, "career.nominate")


def test_a_title_after_a_nominee_s_name_is_a_work() -> None:
    a = run("The nominees for best novel are Ivo Markovic for Paper Lanterns and Ida Holm for The Long Quiet.", "2024-05-08")
    types = entity_types(a)
    assert (types.get("Paper Lanterns"), types.get("The Long Quiet"), types.get("Ivo Markovic"), types.get("Ida Holm")) == (
        "WORK", "WORK", "PERSON", "PERSON")
    b = run("The shortlist also includes the Danish Ingrid Holm-Larsen for Paper Lanterns.", "2024-05-08")
    assert (entity_types(b).get("Ingrid Holm-Larsen"), entity_types(b).get("Paper Lanterns")) == ("PERSON", "WORK")
    # no shortlist, no title: "played for X" stays a club
    c = run("Hanna Berg, who won the award in 2019, played for Harwick Rovers.", "2024-05-08")
    assert entity_types(c).get("Harwick Rovers") != "WORK"


def test_a_shortlist_of_works_by_their_authors_nominates_each_author_for_the_work() -> None:
    a = run("The rest of the shortlist, announced in September, comprised \"Iron Hours\" by Clara Vesk, \"Low Fields\" by Paul "
            "Dorran and \"Cold Hands\", the first novel by the 26-year-old Ida Holm.", "2024-05-08")
    assert _nominated(a) == {"Clara Vesk": ("Iron Hours", "2023-09"), "Paul Dorran": ("Low Fields", "2023-09"),
                             "Ida Holm": ("Cold Hands", "2023-09")}
    b = run("The shortlist includes \"Low Fields\" by Paul Dorran and \"Iron Hours\" by Clara Vesk.", "2024-05-08")
    assert {k: v[0] for k, v in _nominated(b).items()} == {"Paul Dorran": "Low Fields", "Clara Vesk": "Iron Hours"}
    assert entity_types(b)["Low Fields"] == "WORK"
    # a word quoted and said by someone, with no contest told, is no work
    c = run("The minister was described as \"Reckless\" by Ida Holm.", "2024-05-08")
    assert "Reckless" not in entity_types(c)
