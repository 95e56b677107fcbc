"""One event told twice (session 40): a headline's pair told by a description and the body's named pair."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import role_texts, typed


def test_a_headline_split_from_a_bare_relative_is_the_bodys_named_separation() -> None:
    a = run("Singer Vale announces split from husband\nThe singer Rosa Vale and her husband, the producer Dan Kerr, "
            "have separated, her spokesperson said on Monday.")
    assert [e.time for e in typed(a, "life.separate")] == ["2024-05-06"]
    b = run("Actor Tom Reyes confirms divorce from wife\nThe actor Tom Reyes and his wife, Ana Lutz, have divorced after "
            "six years of marriage, his agent said on Friday.")
    assert len(typed(b, "life.divorce")) == 1
    assert any("Ana Lutz" in texts for texts in role_texts(b, "life.divorce", "partner") + role_texts(b, "life.divorce", "agent"))


def test_two_named_pairs_stay_two_events() -> None:
    a = run("Mia Dorn married Leo Hart in 2010. They divorced in 2014, and in 2016 Mia Dorn married Sam Kirby.")
    assert sorted(e.time for e in typed(a, "life.marry")) == ["2010", "2016"]


def test_a_titled_name_told_before_its_attribution_is_the_subject_of_what_was_told() -> None:
    # the parser read "The pop star X is dating Y" as a relative clause on "star", "star" a second subject of "told"
    a = run("The pop star Jax Moreno is dating the model Ines Carvalho, a source told People magazine.")
    assert typed(a, "report.interview") == []  # an anonymous source's word: no one named spoke
    assert role_texts(a, "life.date", "agent") == [["Jax Moreno"]]
    b = run("The rapper Kofi Mensah has signed with Atlas Records, an insider told Billboard on Friday.")
    assert typed(b, "report.interview") == []
    # a named speaker still gave the interview
    c = run("The actor Tom Reyes is leaving the show, his co-star Lily Okafor told Variety.")
    assert role_texts(c, "report.interview", "agent") == [["Lily Okafor"]]


def test_a_practice_or_partnership_named_after_people_is_a_firm() -> None:
    text = ("She founded the practice Alder Hume with her husband, Peter Hume, in 1962. Hume died in 2001. "
            "She is survived by her son, Daniel.")
    a = run("Ruth Alder, an architect, has died aged 90, her family said on Sunday. " + text)
    kinds = {e.name: e.type for e in a.entities}
    assert kinds.get("Alder Hume") == "ORG"
    assert role_texts(a, "life.die", "agent") == [["Ruth Alder"], ["Hume"]] and "Peter Hume" in {
        e.name for e in a.entities if any(m.text == "Hume" for m in e.mentions)}
    b = run("Tom Wray joined the partnership Kemp Lowry in 2010 as a junior solicitor.")
    assert {e.name: e.type for e in b.entities}.get("Kemp Lowry") == "ORG"


def test_a_headlines_post_with_the_body_in_it_is_the_bodys_appointment() -> None:
    a = run("Hollins named new Dunmore Town manager\nDunmore Town have appointed Greg Hollins as their new manager on a "
            "two-year contract. The 47-year-old leaves Carrick Athletic after three seasons in charge.")
    assert len(typed(a, "career.appoint")) == 1
    b = run("Ada Moss named new Pell Bank chief risk officer\nPell Bank has appointed Ada Moss as its new risk officer. "
            "Moss joins from Harrow Bank.")
    assert len(typed(b, "career.appoint")) == 1
    # two posts of one person stay two appointments
    c = run("Kelby Foods named Ivo Dane chief executive in 2019. He had been appointed executive director in 2015.")
    assert sorted(e.time for e in typed(c, "career.appoint")) == ["2015", "2019"]
