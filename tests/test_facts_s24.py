"""Phrasings found in session 24, each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair


def _roles(event) -> dict[str, str]:  # noqa: ANN001
    return {x.role: x.text for x in event.args}


def test_a_retired_post_told_beside_a_name_is_over() -> None:
    a = run("Tomas Verlan, a retired army general, said the plan would fail.", "2024-05-08")
    assert facts_by_pair(a, "role")[("Tomas Verlan", "army general")] == (None, "PAST_REF")
    a = run("Tomas Verlan, an army general, said the plan would fail.", "2024-05-08")
    assert facts_by_pair(a, "role")[("Tomas Verlan", "army general")] == (None, None)


def test_being_in_a_relationship_with_someone_names_both() -> None:
    a = run("Lena Marsh has been in a relationship with Tobias Krell since 2020.", "2024-05-08")
    assert [(e.time, _roles(e)) for e in a.events if e.type == "life.date"] == [("2020", {"agent": "Lena Marsh", "partner": "Tobias Krell"})]


def test_became_engaged_to_someone_is_an_engagement() -> None:
    # the tagger reads "engaged" after "became" as an adjective whose lemma keeps its -ed
    a = run("Lena Marsh became engaged to Omar Vance in 2015.", "2024-05-08")
    assert [(e.time, _roles(e)) for e in a.events if e.type == "life.engage"] == [("2015", {"agent": "Lena Marsh", "partner": "Omar Vance"})]


def test_engaged_in_talks_is_no_engagement() -> None:
    a = run("Omar Vance has been engaged in negotiations with Acme since May.", "2024-05-08")
    assert not [e for e in a.events if e.type == "life.engage"]


def test_the_verb_after_a_relative_clause_on_the_opening_name_is_that_names() -> None:
    # the parser made "filed" a participle of the name ("Lena Marsh, ..., filed"), leaving the divorce no one's
    a = run("Lena Marsh, who was married to Omar Vance for 12 years, filed for divorce in March.", "2024-05-08")
    assert [(e.time, _roles(e)) for e in a.events if e.type == "life.divorce"] == [("2024-03", {"agent": "Lena Marsh", "partner": "Omar Vance"})]
    assert facts_by_pair(a, "spouse")[("Lena Marsh", "Omar Vance")] == (None, "2024-03")


def test_children_listed_with_the_other_parent_after_them() -> None:
    a = run("Lena Marsh has three children, Ivy, Theo and Max, with her husband Omar Vance.", "2024-05-08")
    parents = facts_by_pair(a, "parent")
    assert {p for p in parents if p[0] == "Omar Vance"} == {("Omar Vance", "Ivy"), ("Omar Vance", "Theo"), ("Omar Vance", "Max")}
    assert all(sorted(x.text for x in e.args if x.role == "parent") == ["Lena Marsh", "Omar Vance"]
               for e in a.events if e.type == "family.child")


def test_survived_by_his_wife_and_their_children() -> None:
    # "their" stands inside the coordination of the wife and the children: it is not that group's
    a = run("Omar Vance is survived by his wife, Ruth, and their children, Anna and Paul.", "2024-05-08")
    assert set(facts_by_pair(a, "parent")) == {("Omar Vance", "Anna"), ("Omar Vance", "Paul"), ("Ruth", "Anna"), ("Ruth", "Paul")}
    assert not [e for e in a.entities if e.attrs.get("members")]


def test_a_counted_plural_kin_noun_after_a_name_is_not_that_person() -> None:
    a = run("Omar Vance is survived by his second wife, Ruth Vance, two daughters and a son.", "2024-05-08")
    assert not facts_by_pair(a, "parent")
    assert ("Omar Vance", "Ruth Vance") in facts_by_pair(a, "spouse")


def test_a_relatives_death_is_not_the_death_of_the_one_they_are_related_to() -> None:
    a = run("Margit Olsen, the Norwegian soprano, has died. She was 84. Her husband died in 2008.", "2024-05-08")
    deaths = sorted((e.time or "", sorted(x.text for x in e.args if x.role == "agent")) for e in a.events if e.type == "life.die")
    assert deaths == [("", ["Margit Olsen"]), ("2008", ["Her husband"])]


def test_an_event_talked_about_is_not_dated_by_the_talk() -> None:
    a = run("Lena Marsh opened up on the Late Hour podcast last week about her divorce.", "2024-05-08")
    assert [e.time for e in a.events if e.type == "life.divorce"] == [None]
    assert [(e.time, _roles(e)) for e in a.events if e.type == "report.interview"] == [
        ("2024-W18", {"agent": "Lena Marsh", "outlet": "the Late Hour podcast"})]
    a = run("Lena Marsh spoke about her 2019 divorce from Omar Vance on Tuesday.", "2024-05-08")
    assert [e.time for e in a.events if e.type == "life.divorce"] == ["2019"]


def test_been_at_a_club_since_joining_it() -> None:
    a = run("Femi Adeyo has been at Redmarsh since joining from Pellbury in 2016.", "2024-05-08")
    assert [(e.time, e.args and {x.role: x.text for x in e.args if x.role in ("patient", "organization")})
            for e in a.events if e.type == "career.hire"] == [("2016", {"patient": "Femi Adeyo", "organization": "Redmarsh"})]


def test_a_by_phrase_after_a_phrase_of_a_passive_verb_is_its_agent() -> None:
    # the parser hangs "by ..." on "basis"
    a = run("Ian Cole will be replaced on an interim basis by the senior independent director, Rukhsana Malik.", "2024-05-08")
    assert [{x.role: x.text for x in e.args if x.role in ("patient", "predecessor")} for e in a.events if e.type == "career.appoint"] == [
        {"patient": "Rukhsana Malik", "predecessor": "Ian Cole"}]


def test_died_aged_after_a_title_and_name() -> None:
    a = run("The former footballer Omar Vance has died aged 68 after a short illness.", "2024-05-08")
    assert [f.value for f in a.facts if f.relation == "age"] == ["68"]
