"""Times of events of every type that no clause of their own dates, in phrasings that recur across the development
articles (session 28, second round), each as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, typed


def _appointment_times(a, patient: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.time for e in typed(a, "career.appoint")
            if any(g.role == "patient" and patient in (a.entity(g.entity).name if a.entity(g.entity) else g.text) for g in e.args)]


def test_a_move_told_in_the_present_is_made_the_day_of_the_changes_reported() -> None:
    # "the interior ministry goes to Y", after a dismissal dated in the lead; a career told between (2011, 2019) lends nothing
    a = run("The prime minister, Ana Kovel, dismissed her interior minister, Boris Tal, on Monday. Tal, who entered parliament "
            "in 2011 and joined the cabinet in 2019, said he was surprised. The interior ministry goes to Mira Sand, until now "
            "the deputy minister for housing.", "2024-05-08")
    assert_event(a, "career.appoint", {"patient": "Mira Sand"})
    assert _appointment_times(a, "Mira Sand") == ["2024-05-06"]
    # "Y becomes finance director", after a swearing-in told on Tuesday; the hiring of 2015 between is no change reported
    b = run("Lena Marr was sworn in as chief executive of Broxel on Tuesday. Marr was hired by the firm in 2015. "
            "Tomas Vey, the head of sales, becomes finance director.", "2024-05-08")
    assert _appointment_times(b, "Tomas Vey") == ["2024-05-07"]
    # the nearest change before: the new ministers sworn in on the Monday, not the resignation of the week before
    c = run("The health minister, Sigrid Holm, resigned on September 9. The new ministers were sworn in by the president at "
            "the palace on Monday afternoon. Erik Dahl replaces Nils Eide, who moves to the Ministry of Transport.", "1996-09-16")
    assert_event(c, "career.appoint", {"patient": "Nils Eide", "organization": "Ministry of Transport"})
    assert _appointment_times(c, "Nils Eide") == ["1996-09-16"]


def test_a_move_in_the_present_with_no_recent_change_told_stays_undated() -> None:
    # the only dated move is years before the article: no change of the article's days to date it by
    a = run("Lena Marr was hired by Broxel in 2015. Tomas Vey, the head of sales, becomes finance director.", "2024-05-08")
    assert _appointment_times(a, "Tomas Vey") == [None]
    # a change of more than a fortnight before the article's day is no change it reports
    b = run("Lena Marr was named chief executive of Broxel on March 2. Tomas Vey becomes finance director.", "2024-05-08")
    assert _appointment_times(b, "Tomas Vey") == [None]


def test_a_choice_told_in_the_present_perfect_is_dated_by_the_choice_told_just_after() -> None:
    # "has elected X as its chair ... X was chosen at a meeting on Monday": the passive subject is the one chosen
    a = run("Harlow Mutual, the troubled insurer, has elected Priya Norgaard as its chair. Norgaard, 61, was chosen at a "
            "board meeting on Monday, the company said.", "2024-05-08")
    assert [e.time for e in typed(a, "politics.elect")] == ["2024-05-06"]
    # "has appointed X ... Its trustees voted for X on Thursday" (the one chosen after "for"), not the start told later
    b = run("The Foxbridge Institute has appointed Dr Omar Lessing as its next director. Its trustees voted for Lessing on "
            "Thursday, a spokesman said. He will take office in June.", "2024-05-08")
    assert _appointment_times(b, "Omar Lessing") == ["2024-05-02"]
    # a dated vote of something else dates no choice
    c = run("The Welland Society has named Clara Voss as its president. The committee approved a budget on Tuesday.", "2024-05-08")
    assert _appointment_times(c, "Clara Voss") == [None]


def _announcement_times(a) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.time for e in typed(a, "politics.announce")]


def test_an_announced_leaving_is_announced_when_the_leaving_is_dated() -> None:
    # "resigned ... on Tuesday. The 61-year-old announced his departure in a short statement": that Tuesday
    a = run("Colin Brae resigned as leader of Dunmore council on Tuesday. The 61-year-old announced his departure in a short "
            "statement read to reporters.", "2024-05-08")
    assert _announcement_times(a) == ["2024-05-07"]
    # another verb of leaving, a relative clause between, "her resignation"
    b = run("Mira Holt stepped down as chief executive of Pellow Foods on Monday, after a row with investors. Holt, who "
            "founded the firm in 2009, announced her resignation at a meeting of staff.", "2024-05-08")
    assert _announcement_times(b) == ["2024-05-06"]
    # a retirement to come is announced before it happens: not dated by it
    c = run("Colin Brae will retire as leader of Dunmore council in June. He announced his retirement in a short statement.",
            "2024-05-08")
    assert _announcement_times(c) == [None]
