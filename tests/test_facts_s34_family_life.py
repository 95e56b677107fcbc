"""Children, births and family life told in phrasings no fixture article had tested (session 34): invented sentences
through the real pipeline, each fix with two wordings or more and a near miss that must stay quiet."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event


def _times(a, kind: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.time for e in a.events if e.type == kind]


def test_a_couple_introduced_to_each_other() -> None:
    # "X and Y were introduced by friends": both subjects of the passive, each the other's partner
    a = run("Rhea Cole and Ivo Brenner were introduced by friends in 2011.")
    assert_event(a, "life.meet", {"agent": "Rhea Cole", "partner": "Ivo Brenner"})
    assert _times(a, "life.meet") == ["2011"]
    b = run("Tara Lund and Omar Pike were introduced by a mutual friend at a party in Leeds in 2009.")
    assert_event(b, "life.meet", {"agent": "Tara Lund", "partner": "Omar Pike"})
    # ... not a pair shown to the public or to a squad
    assert_no_event(run("Tara Lund and Omar Pike were introduced to the public at the launch."), "life.meet")
    assert_no_event(run("Tara Lund and Omar Pike were introduced to the squad on Monday."), "life.meet")


def test_went_their_separate_ways() -> None:
    a = run("Rhea Cole and Ivo Brenner went their separate ways in 2020.")
    assert_event(a, "life.separate", {"agent": "Rhea Cole", "partner": "Ivo Brenner"})
    assert _times(a, "life.separate") == ["2020"]
    b = run("Tara Lund and her husband, Omar Pike, have gone their separate ways after 12 years of marriage.")
    assert_event(b, "life.separate", {"agent": "Tara Lund", "partner": "Omar Pike"})
    # ... not a long way gone
    assert_no_event(run("Tara Lund has gone a long way since her debut in 2010."), "life.separate")


def test_tied_the_knot_or_exchanged_vows_with_someone() -> None:
    # the "with" the parser hangs on "knot" / "vows" names the partner
    a = run("Tennis star Mira Solberg tied the knot with Jonas Eck in Capri on Saturday.")
    assert_event(a, "life.marry", {"agent": "Mira Solberg", "partner": "Jonas Eck", "place": "Capri"})
    b = run("Singer Ada Wolde tied the knot with her long-time partner, Ben Rusk, at a castle in Fife.")
    assert_event(b, "life.marry", {"agent": "Ada Wolde", "partner": "Ben Rusk"})
    c = run("Lena Vogt exchanged vows with the actor Paul Haber in Vienna last June.")
    assert_event(c, "life.marry", {"agent": "Lena Vogt", "partner": "Paul Haber", "place": "Vienna"})


def test_a_time_the_parser_hung_on_a_name_after_its_title() -> None:
    # "wed the actor X in Vienna last June": "last June" hung on the name, no description of it
    a = run("Lena Vogt wed the actor Paul Haber in Vienna last June.")
    assert _times(a, "life.marry") == ["2023-06"]
    b = run("Lena Vogt exchanged vows with the actor Paul Haber in Vienna last June.")
    assert _times(b, "life.marry") == ["2023-06"]
    # ... a time inside an apposition set off by commas still describes the one named
    c = run("Ann Lo married the architect Tom Reed, the winner in 2019, on Friday.")
    assert _times(c, "life.marry") == ["2024-05-03"]


def test_the_mother_or_father_of_a_named_person() -> None:
    a = run("Orla Shaw is the mother of the footballer Cian Shaw.")
    assert_event(a, "family.child", {"parent": "Orla Shaw", "child": "Cian Shaw"})
    b = run("Bram Ode, the father of the Olympic champion Lena Ode, died on Friday.")
    assert_event(b, "family.child", {"parent": "Bram Ode", "child": "Lena Ode"})
    assert _times(b, "family.child") == [None]
    # ... not the mother of the bride (whom coreference may take for her), nor a body's founder
    assert_no_event(run("Ann Bell, the mother of the bride, wept."), "family.child")
    assert_no_event(run("Tom Hale, the father of modern physics, died in 1990."), "family.child")


def test_fathered_children() -> None:
    a = run("Aldo Ricci fathered three children with the actress Gemma Lotti.")
    assert_event(a, "family.child", {"parent": "Aldo Ricci"})
    assert_event(a, "family.child", {"parent": "Gemma Lotti", "child": "three children"})
    b = run("Aldo Ricci, who fathered a son with the singer Mae Orr in 1998, died on Friday.")
    assert_event(b, "family.child", {"parent": "Aldo Ricci", "child": "a son"})
    assert _times(b, "family.child") == ["1998"]
    # ... not a car's inventor; and "a father of two" still counts
    assert_no_event(run("Aldo Ricci fathered the modern sports car."), "family.child")
    assert_event(run("Lars Eng, 45, is a father of two."), "family.child", {"parent": "Lars Eng"})


def test_a_named_child_told_under_any_verb_but_speaking() -> None:
    # "their son, X, sits on the council": the child's family event (time unknown), as the fixtures annotate it
    a = run("The singer Mara Quint grew up in Dunmore. Her son, Ewan, plays for the town rugby club.")
    assert_event(a, "family.child", {"parent": "Mara Quint", "child": "Ewan"})
    assert _times(a, "family.child") == [None]
    b = run("Petra Lind is married to the architect Karl Obst; their daughter, Mila, is a student in Vienna.")
    assert_event(b, "family.child", {"parent": "Petra Lind", "child": "Mila"})
    # ... not a child quoted as a source (the parent fact alone)
    assert_no_event(run("The museum was founded by Oskar Brandt. His son, Tomas Brandt, said the family was proud."), "family.child")
    assert_no_event(run("Oskar Brandt, 70, runs the shop. His daughter, Lena Brandt, told reporters the shop would stay open."),
                    "family.child")


def test_a_past_marriage_told_with_its_length_is_a_wedding() -> None:
    # "was married for nine years to X": the marriage began and ended, its wedding an event (when not said)
    a = run("Teodora Blaikie lives in Leeds. She was married for nine years to the actor Benedek Sarrow.")
    assert_event(a, "life.marry", {"agent": "Teodora Blaikie", "partner": "Benedek Sarrow"})
    b = run("Hal Pym was married for 58 years to Ada Rowe, who died in 2017.")
    assert_event(b, "life.marry", {"agent": "Hal Pym", "partner": "Ada Rowe"})
    assert _times(b, "life.marry") == [None]
    # ... a marriage that is, or told with no length, stays a state (the spouse fact)
    assert_no_event(run("Ada Rowe is married to Hal Pym."), "life.marry")
    assert_no_event(run("Teodora Blaikie lives in Leeds. She was married to the actor Benedek Sarrow."), "life.marry")


def test_a_marriage_dated_right_after_its_phrase_is_a_wedding() -> None:
    # "X's marriage to Y in 2006 ended ...": the parser hangs "in 2006" on the verb; the wedding is dated all the same
    a = run("Ada Rowe's marriage to Hal Pym in 2006 ended in divorce in 2012.")
    assert_event(a, "life.marry", {"agent": "Ada Rowe", "partner": "Hal Pym"})
    assert _times(a, "life.marry") == ["2006"]
    b = run("Ada Rowe's marriage to Hal Pym in 2006 ended in 2012.")
    assert _times(b, "life.marry") == ["2006"]
    # ... an undated marriage that ended is no wedding
    assert_no_event(run("Ada Rowe's marriage to Hal Pym ended in divorce in 2012."), "life.marry")


def test_meeting_a_named_office_holder_is_no_first_meeting() -> None:
    assert_no_event(run("Ada Rowe met with the prime minister, Hal Pym, on Tuesday."), "life.meet")
    assert_no_event(run("Ada Rowe met the foreign minister Hal Pym in Rome on Friday."), "life.meet")
    # ... her husband, or a man who was a minister then, she met
    assert_event(run("Ada Rowe first met her husband, Hal Pym, at a wedding in 2001."), "life.meet",
                 {"agent": "Ada Rowe", "partner": "Hal Pym"})
    assert_event(run("Ada Bell met Tom Hale, then a junior minister, at a party in 2009."), "life.meet",
                 {"agent": "Ada Bell", "partner": "Tom Hale"})


def test_had_a_baby_or_a_first_child() -> None:
    # "had a baby boy in 2022", "had their second child in 2019": a birth, though no child is named
    a = run("Ada Rowe had a baby boy in 2022.")
    assert_event(a, "family.child", {"parent": "Ada Rowe"})
    assert _times(a, "family.child") == ["2022"]
    b = run("Ada Rowe and Hal Pym had their second child in 2019.")
    assert_event(b, "family.child", {"parent": "Hal Pym"})
    assert _times(b, "family.child") == ["2019"]
    # ... not children counted, nor a first word or a second album
    assert_no_event(run("Ada Rowe has two children."), "family.child")
    assert_no_event(run("Ada Rowe had the first word at the meeting."), "family.child")
    assert_no_event(run("Ada Rowe had her second album out in 2019."), "family.child")


def test_parents_to_or_of_named_children() -> None:
    a = run("Ada Rowe and Hal Pym are parents to two girls, Mia and Isla.")
    assert_event(a, "family.child", {"parent": "Hal Pym", "child": "Mia"})
    b = run("Ada Rowe and Hal Pym are the parents of the singer Mia Pym.")
    assert_event(b, "family.child", {"parent": "Ada Rowe", "child": "Mia Pym"})
    c = run("Ada Rowe is mother to two girls, Mia and Isla.")
    assert_event(c, "family.child", {"parent": "Ada Rowe", "child": "Isla"})
    # ... not the parents of pupils, nor a mother to a team
    assert_no_event(run("The parents of the pupils met on Monday."), "family.child")
    assert_no_event(run("Ada Rowe was a mother to the whole team."), "family.child")
