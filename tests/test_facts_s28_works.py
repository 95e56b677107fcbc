"""Works and prizes (session 28: wins, nominations and releases across all the development articles), each rule
pinned by invented sentences through the real pipeline."""

from __future__ import annotations

from typing import Any

import handmade
from dateline import nlp
from dateline.extract import events
from handmade import analyzed as run
from handmade import assert_event, entity_types, event_names, typed


def test_a_work_due_out_is_a_release_ahead() -> None:
    a = run("The singer Mara Quist said her fourth album, Cold Iron, is due out in October.", "2024-05-08")
    assert_event(a, "career.release", {"work": "Cold Iron"})
    due = [e for e in typed(a, "career.release") if e.lemma.startswith("due")]
    assert [(e.time, e.certainty) for e in due] == [("2024-10", "speculative")]
    b = run("The band's sixth album, Lamps for the Lost, is due on June 13.", "2024-05-08")
    assert [(e.time, e.certainty) for e in typed(b, "career.release")] == [("2024-06-13", "speculative")]
    assert event_names(b, "career.release", "work") == ["Lamps for the Lost"]
    # what is due that is no work is no release
    c = run("Ana Velt is due to appear in court on Monday. The payment from Rell Bank is due in March.", "2024-05-08")
    assert not typed(c, "career.release")


def test_a_title_set_off_after_a_work_noun_the_tagger_took_for_an_adjective_is_a_work() -> None:
    a = run("Her first single, Blue Weather, was put out by the small Dunmore label in 2011.", "2024-05-08")
    assert_event(a, "career.release", {"work": "Blue Weather"})
    b = run("The label released Torvald's first single, Iron Coast, in 2015.", "2024-05-08")
    assert_event(b, "career.release", {"work": "Iron Coast", "agent": "Torvald"})
    assert entity_types(b)["Iron Coast"] == "WORK"


def test_a_nomination_for_a_prize_for_a_work_names_the_work() -> None:
    a = run("Ines Varga was nominated for an Oscar for \"The Quiet Hours\" in 1983.", "2024-05-08")
    assert_event(a, "career.nominate", {"patient": "Ines Varga", "award": "Oscar", "work": "The Quiet Hours"})
    b = run("The Lisbon-born actor Tomas Rell was shortlisted for the Marden Prize in 2019 for his third film, \"Cold Harbour\".",
            "2024-05-08")
    assert_event(b, "career.nominate", {"patient": "Tomas Rell", "work": "Cold Harbour"})


def test_a_performance_that_earned_a_nomination_names_the_work_it_was_given_in() -> None:
    a = run("Her performance in \"The Salt Year\" earned her a nomination for a Bafta last month.", "2024-05-08")
    assert_event(a, "career.nominate", {"work": "The Salt Year"})
    b = run("His portrayal of a miner in the drama \"Deep Seam\" earned him an Emmy nomination in 2019.", "2024-05-08")
    assert_event(b, "career.nominate", {"work": "Deep Seam"})


def test_a_work_the_article_says_came_out_is_the_work_that_wins_whatever_the_ner_made_of_it() -> None:
    a = run("The band Lanterns formed in Bari. Its fourth, Salt and Lemons, came out in 1968 and won an Ivor Novello Award "
            "the following spring.", "2024-05-08")
    assert_event(a, "career.win", {"work": "Salt and Lemons", "award": "Ivor Novello Award"})
    b = run("The trio Harbour Keys played in Leeds. Their second album, Grey Lanterns, was released in 2003. Grey Lanterns "
            "won the Tollan Prize in 2004.", "2024-05-08")
    assert_event(b, "career.win", {"work": "Grey Lanterns", "award": "Tollan Prize"})


def test_the_prize_accepted_after_a_win_is_that_win_told_again() -> None:
    a = run("Ana Roeg won the Marden Prize for Fiction on Tuesday. \"I wrote it on buses,\" she said as she accepted the prize "
            "from the actor Tom Vell.", "2024-05-08")
    assert event_names(a, "career.win", "agent") == ["Ana Roeg"]
    b = run("The Long Field won best film at the Merrow Awards on Sunday. Its director, Ana Holt, collected the award with "
            "her cinematographer, Pia Lund.", "2024-05-08")
    assert len(typed(b, "career.win")) == 1
    # with no win told before, taking the prize is the win
    c = run("\"I wrote it on buses,\" Ana Roeg said as she accepted the prize from the actor Tom Vell.", "2024-05-08")
    assert_event(c, "career.win", {"agent": "Ana Roeg"})


def _events_with(text: str, names: dict[str, dict[str, list[str]]]) -> Any:
    """The events stage alone, on entities given by hand (here: a title the NER typed as an organisation)."""
    doc, analysis = handmade.build(nlp.load(), text, names, None, "2024-05-08")
    events.run(doc, analysis, None)
    return analysis


def test_the_title_set_off_after_a_work_noun_tagged_as_an_adjective_is_the_work_whatever_its_type() -> None:
    a = _events_with("Her first single, Blue Weather, was put out by the small Dunmore label in 2011.",
                     {"ORG": {"Blue Weather": []}})
    assert event_names(a, "career.release", "work") == ["Blue Weather"]
    b = _events_with("His debut single, Tin Moon, came out on Brisk Records in 2009.", {"ORG": {"Tin Moon": [], "Brisk Records": []}})
    assert event_names(b, "career.release", "work") == ["Tin Moon"]


def test_a_work_dated_by_the_year_before_its_noun_came_out_that_year() -> None:
    a = run("Lena Varga, 38, whose 2013 album Copper Lanes went platinum, filed for divorce last Friday.", "2024-05-08")
    assert [(e.time, event_names(a, "career.release", "agent")) for e in typed(a, "career.release")] == [("2013", ["Lena Varga"])]
    assert event_names(a, "career.release", "work") == ["Copper Lanes"]
    b = run("Efua Darkwa, the Ghanaian-born singer whose 1989 debut \"Harmattan\" sold a million copies, is touring again.",
            "2024-05-08")
    assert_event(b, "career.release", {"agent": "Efua Darkwa", "work": "Harmattan"})
    assert [e.time for e in typed(b, "career.release")] == ["1989"]
    c = run("The novelist Ada Fenn lives in Hull. Her 2004 novel, \"Salt Fields\", sold poorly.", "2024-05-08")
    assert [e.time for e in typed(c, "report.publish")] == ["2004"]
    assert_event(c, "report.publish", {"agent": "Ada Fenn", "work": "Salt Fields"})
    # no title named, or no maker: nothing told
    d = run("The director Ana Holt, whose 2012 film was banned, died on Monday. The 2019 season was hard.", "2024-05-08")
    assert not typed(d, "career.release")


def test_a_band_or_singer_whose_dated_debut_is_named_released_it_and_premiered_nothing() -> None:
    a = run("Harbour Lights, the Leeds band whose 1991 debut \"Canal Songs\" sold more than a million copies, are back together "
            "and will release their first album in nine years this summer.", "2024-05-08")
    assert_event(a, "career.release", {"agent": "Harbour Lights", "work": "Canal Songs"})
    assert not typed(a, "career.premiere")
    b = run("Ana Holt, the singer whose 2001 debut \"Blue Rooms\" went gold, is touring.", "2024-05-08")
    assert [e.time for e in typed(b, "career.release")] == ["2001"]
    assert not typed(b, "career.premiere")
    # a work's own debut is its premiere
    c = run("\"The Glass Bell\" made its debut at the Verran Theatre in 2011.", "2024-05-08")
    assert_event(c, "career.premiere", {"work": "The Glass Bell"})


def test_a_person_who_premieres_a_work_is_who_premieres_it_never_the_work() -> None:
    a = run("The film, which Ana Holt premiered in Verran on Tuesday, won the top prize.", "2024-05-08")
    assert_event(a, "career.premiere", {"agent": "Ana Holt", "work": "The film"})
    b = run("Tomas Verde premiered \"Cold Light\" at the Harrow Festival in 2019.", "2024-05-08")
    assert event_names(b, "career.premiere", "agent") == ["Tomas Verde"]
    assert event_names(b, "career.premiere", "work") == ["Cold Light"]
    # a premiering with no work named tells nothing
    c = run("The actor Obi Nwa won best actor for the thriller, by the director Efua Boak, which premiered on Thursday.",
            "2024-05-08")
    assert not typed(c, "career.premiere")


def test_a_claim_won_is_no_prize() -> None:
    a = run("Tessa Lind, who was dismissed in 2020, later won an unfair-dismissal claim.", "2024-05-08")
    assert not typed(a, "career.win")
    b = run("The nurse won her claim for unpaid overtime at a tribunal in Leeds in March.", "2024-05-08")
    assert not typed(b, "career.win")


def test_a_work_named_after_an_ordinal_is_the_work() -> None:
    a = run("The novelist Ana Roeg lives in Bilbao. Her third, \"Coal Years\", won the Premio Urdaneta in 1996 and made her famous.",
            "2024-05-08")
    assert_event(a, "career.win", {"work": "Coal Years", "agent": "Ana Roeg"})
    b = run("The singer Mara Quist lives in Oslo. Her second, \"Blue Fern\", was released in 2011.", "2024-05-08")
    assert event_names(b, "career.release", "work") == ["Blue Fern"]
