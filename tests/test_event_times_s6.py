"""Times an event must not borrow, and the occasion an awards report dates its wins by: a time
beyond a semicolon, the first clause's time for a contrasting "but" clause, and a later mention
told as an earlier win.  Invented sentences through the real pipeline."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import typed


def times_of(analysis: Analysis, kind: str, name: str) -> list[str | None]:
    """The times of the events of `kind` with `name` among their participants."""
    out = []
    for event in typed(analysis, kind):
        names = {analysis.entity(a.entity).name for a in event.args if a.entity}  # type: ignore[union-attr]
        if any(name in n for n in names):
            out.append(event.time)
    return out


def test_a_time_beyond_a_semicolon_is_not_lent() -> None:
    a = run("The night's other winner was the drummer Peter Marczak, who was named drummer of the year; "
            "he first won the prize in 2011.")
    times = times_of(a, "career.win", "Peter Marczak")
    assert "2011" in times  # the earlier win keeps its own year
    assert times.count("2011") == 1, times  # the naming is not dated by it


def test_the_awards_night_dates_a_win_told_before_an_earlier_one() -> None:
    a = run("Hanna Lindqvist won two Nordic Music Awards in Oslo on Saturday night. "
            "The evening's other winner was the producer Peter Marczak, who was named producer of the year; "
            "he first won the award in 2011.")
    times = times_of(a, "career.win", "Peter Marczak")
    assert "2024-05-04" in times and "2011" in times, times


def test_a_contrasting_clause_is_not_dated_by_the_first() -> None:
    a = run("Ingrid Solberg retired from the Bergen Institute in 2015 but continued to publish papers.")
    publish = typed(a, "report.publish")
    assert publish, [(e.type, e.lemma) for e in a.events]
    assert all(e.time != "2015" for e in publish), [e.time for e in publish]
    assert "2015" in times_of(a, "career.retire", "Ingrid Solberg")


def test_a_birth_year_the_childs_age_rules_out_is_not_lent() -> None:
    a = run("Lena Park and Omar Haddad have two sons, Ali, 9, and Sami, 6. Park gave birth to their first child in 2015.")
    sami = [e.time for e in typed(a, "family.child") if any(x.text == "Sami" for x in e.args)]
    assert sami and all(t != "2015" for t in sami), sami


def test_a_when_clause_of_another_event_does_not_date_the_main_one() -> None:
    a = run("The Halden Philharmonic has appointed the conductor Aino Virtanen as its next music director, "
            "ending a search that began when Karl Brauer announced his retirement last year.")
    appointed = typed(a, "career.appoint")
    assert appointed and all(e.time != "2023" for e in appointed), [e.time for e in appointed]



def test_a_time_inside_the_subjects_apposition_does_not_date_the_clause() -> None:
    a = run("Harbour Grocers, the village's only shop since 1987, completed the purchase of Dunlin Stores on Friday.")
    assert [e.time for e in typed(a, "business.acquire")] == ["2024-05-03"]
    a = run("Ana Ruiz, chief executive since 2019 and a director since 2012, resigned from Kestrel Bank "
            "after a long dispute with the board on Friday.")
    assert [e.time for e in typed(a, "career.resign")] == ["2024-05-03"]


def test_a_birth_is_not_dated_by_a_later_step_of_the_life_told_with_it() -> None:
    a = run("Ilse Maren was born in Bruges and trained at the conservatory in Leuven in the early 1990s.")
    assert [e.time for e in typed(a, "life.born")] == [None]
    a = run("Tom Berg was born in Leeds in 1971 and studied in York.")
    assert [e.time for e in typed(a, "life.born")] == ["1971"]


def test_at_the_time_is_the_time_the_story_last_gave() -> None:
    a = run("Marta Solis gave her last concert in Lisbon in October 2012. \"I am tired,\" she told the newspaper "
            "Correio Azul at the time. Tom Berg was arrested at the time of the raid.")
    assert [e.time for e in typed(a, "report.interview")] == ["2012-10"]
    assert [e.time for e in typed(a, "legal.arrest")] == [None]


def test_a_time_inside_an_apposition_describes_the_one_named() -> None:
    a = run("Ana Ruiz, the 2019 champion, retired.")
    assert [e.time for e in typed(a, "career.retire")] == [None]
    a = run("Tom Berg opened the Severn Building, a laboratory block for chemistry, three weeks ago.")
    assert [e.time for e in typed(a, "business.launch")] == ["2024-W16"]
