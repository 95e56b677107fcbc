"""Phrasings found in session 27 (obituaries, celebrity couples, family dynasties, awards-season profiles),
each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, facts_by_pair, typed


def test_seeing_someone_in_the_progressive_is_dating_them() -> None:
    a = run("Mira Quandt, the actress, spoke last week. By March she had confirmed she was seeing the guitarist Noam Feltcher.",
            "2024-05-08")
    assert_event(a, "life.date", {"agent": "Mira Quandt", "partner": "Noam Feltcher"})
    b = run("Priya Castellano has been seeing the footballer Luka Brandvold since last summer, friends say.", "2024-05-08")
    assert_event(b, "life.date", {"agent": "Priya Castellano", "partner": "Luka Brandvold"})
    assert [e.time for e in typed(b, "life.date")] == ["2023-SU"]
    # seeing someone once, or officers seeing a suspect, is no romance
    assert_no_event(run("Rhea Solberg saw Ivo Marten at a party in 2019.", "2024-05-08"), "life.date")
    assert_no_event(run("Officers were seeing Tom Haddow for the second time.", "2024-05-08"), "life.date")


def test_a_couple_that_has_been_together_since_a_date_is_dating() -> None:
    a = run("Hanne Vittrup and Ole Marcussen have been together since 2016.", "2024-05-08")
    assert_event(a, "life.date", {"agent": "Hanne Vittrup", "partner": "Ole Marcussen"})
    assert [e.time for e in typed(a, "life.date")] == ["2016"]
    b = run("Anke Doll, who has been together with the banker Piet Raaf since 2019, lives in Delft.", "2024-05-08")
    assert_event(b, "life.date", {"agent": "Anke Doll", "partner": "Piet Raaf"})
    assert [e.time for e in typed(b, "life.date")] == ["2019"]
    c = run("Mira Quandt and Jonas Eber met at university and have been together for six years.", "2024-05-08")
    assert_event(c, "life.date", {"agent": "Mira Quandt", "partner": "Jonas Eber"})
    # being together somewhere, or two firms together in talks, is no couple
    assert_no_event(run("Tilde Ormond said they had been together in Rome.", "2024-05-08"), "life.date")
    assert_no_event(run("The two firms have been together in talks since May.", "2024-05-08"), "life.date")


def test_two_people_named_as_the_subject_of_making_a_work_collaborate() -> None:
    a = run("Anna Kessel and the cellist Marit Havn recorded an album, Low Tide Psalms, in Bergen last year.", "2024-05-08")
    assert_event(a, "career.collaborate", {"agent": "Anna Kessel", "partner": "Marit Havn", "work": "Low Tide Psalms"})
    b = run("Dara Quist and Bo Lenner wrote the script in a fortnight.", "2024-05-08")
    assert_event(b, "career.collaborate", {"agent": "Dara Quist", "partner": "Bo Lenner"})
    # a fortune made together is no work
    assert_no_event(run("Tom Hale and Ana Ruiz made a fortune in property.", "2024-05-08"), "career.collaborate")


def test_making_a_film_with_someone_is_a_collaboration() -> None:
    a = run("Lidia Rask made the documentary Cold Harbour with the editor Sven Okafor in 2019.", "2024-05-08")
    assert_event(a, "career.collaborate", {"partner": "Sven Okafor", "work": "Cold Harbour"})
    b = run("Aila Morrow turned again to the cinematographer Piet Veen, with whom she has made four features.", "2024-05-08")
    assert_event(b, "career.collaborate", {"partner": "Piet Veen"})
    c = run("Lina Ostrova has made two films with the composer Arvo Penn.", "2024-05-08")
    assert_event(c, "career.collaborate", {"agent": "Lina Ostrova", "partner": "Arvo Penn"})
    # a deal, or a film made with a budget, is no collaboration
    assert_no_event(run("Tom Hale made a deal with Ana Ruiz.", "2024-05-08"), "career.collaborate")
    assert_no_event(run("Kira Vand made the film with a budget of £2m.", "2024-05-08"), "career.collaborate")


def test_being_up_for_a_prize_or_among_its_nominees_is_a_nomination() -> None:
    a = run("Piet Osk is up for best actor at Sunday's Vellum Awards.", "2024-05-08")
    assert_event(a, "career.nominate", {"patient": "Piet Osk", "award": "best actor"})
    b = run("Ilse Marr is up for the Corben Prize.", "2024-05-08")
    assert_event(b, "career.nominate", {"patient": "Ilse Marr"})
    c = run("Jon Arkel was among the nominees for best score.", "2024-05-08")
    assert_event(c, "career.nominate", {"patient": "Jon Arkel"})
    d = run("Jon Arkel is one of five nominees for best score.", "2024-05-08")
    assert_event(d, "career.nominate", {"patient": "Jon Arkel"})
    # up for election, up for sale: no prize
    assert_no_event(run("Tom Hale is up for election in May.", "2024-05-08"), "career.nominate")
    assert_no_event(run("The house is up for sale.", "2024-05-08"), "career.nominate")


def test_nominations_picked_up_or_racked_up_are_the_subjects() -> None:
    a = run("Ilse Marr picked up nominations for best actress and best screenplay.", "2024-05-08")
    assert_event(a, "career.nominate", {"patient": "Ilse Marr", "award": "best actress"})
    b = run("Nadia Verhoek racked up four nominations last year.", "2024-05-08")
    assert_event(b, "career.nominate", {"patient": "Nadia Verhoek"})
    assert [e.time for e in typed(b, "career.nominate")] == ["2023"]


def test_is_to_marry_is_a_wedding_ahead_and_no_marriage_yet() -> None:
    a = run("The singer Mara Ellworth is to marry the chef Tobias Quint, her family announced on Monday.", "2024-05-08")
    assert [e.certainty for e in typed(a, "life.marry")] == ["speculative"]
    assert not facts_by_pair(a, "spouse")
    b = run("Ines Pardo and Karl Wendt are to wed next summer in Lisbon.", "2024-05-08")
    assert [e.certainty for e in typed(b, "life.marry")] == ["speculative"]
    assert not facts_by_pair(b, "spouse")
    # told of the past ("was to marry"), the wedding is not held off
    c = run("Ines Pardo was to marry Karl Wendt in 1990.", "2024-05-08")
    assert [e.certainty for e in typed(c, "life.marry")] == ["asserted"]


def test_a_later_wife_named_after_a_possessive_makes_the_couple_of_they() -> None:
    a = run("In 1970 Tomas Reyne married the dancer Lise Aurand, but they divorced in 1976. His second wife, the painter "
            "Greta Olm, is credited with saving him. They wed in Lyon in 1980 and had two sons, Paul and Henri.", "2024-05-08")
    spouses = facts_by_pair(a, "spouse")
    assert spouses[("Tomas Reyne", "Greta Olm")] == ("1980", None)
    assert spouses[("Tomas Reyne", "Lise Aurand")] == ("1970", "1976")
    parents = facts_by_pair(a, "parent")
    assert ("Greta Olm", "Paul") in parents and ("Lise Aurand", "Paul") not in parents
    b = run("Tomas Reyne and Lise Aurand divorced in 1976. Reyne's second wife, Greta Olm, survives him. "
            "The couple married in 1980.", "2024-05-08")
    assert facts_by_pair(b, "spouse")[("Tomas Reyne", "Greta Olm")] == ("1980", None)


def test_a_child_named_by_a_common_word_is_the_same_child_at_the_start_of_a_sentence() -> None:
    a = run("Cressa Dorn and Dag Orr share an 11-month-old daughter, Juniper. Juniper was born in October last year.", "2024-05-08")
    assert [e.time for e in typed(a, "life.born")] == ["2023-10"]
    assert facts_by_pair(a, "parent")[("Cressa Dorn", "Juniper")] == ("2023-10", None)
    b = run("Ada Renn and Tom Pell have a son, Rowan. Rowan was born in Leeds in 2019.", "2024-05-08")
    assert [e.time for e in typed(b, "life.born") + typed(b, "family.child") if e.time] == ["2019"]


def test_parents_named_together_are_each_a_parent() -> None:
    a = run("Mona Vick spoke on Monday. Her parents, Ada Renn and Sam Oyle, ran a bakery in Hull.", "2024-05-08")
    parents = facts_by_pair(a, "parent")
    assert ("Ada Renn", "Mona Vick") in parents and ("Sam Oyle", "Mona Vick") in parents
    b = run("Tilo Brand's parents, the actors Ada Renn and Sam Oyle, were at the premiere.", "2024-05-08")
    parents = facts_by_pair(b, "parent")
    assert ("Ada Renn", "Tilo Brand") in parents and ("Sam Oyle", "Tilo Brand") in parents
    # a parent company is no parent
    assert not facts_by_pair(run("Norvik Foods said its parent company, Helm Group, would sell it.", "2024-05-08"), "parent")


def test_whose_kin_taken_for_an_apposition_is_the_kin_of_the_name_before() -> None:
    a = run("Mona Vick, whose father, Sam Oyle, ran a bakery, spoke on Monday.", "2024-05-08")
    assert ("Sam Oyle", "Mona Vick") in facts_by_pair(a, "parent")
    b = run("Tilo Brand, whose son, Jonas Brand, is a pilot, lives in Kiel.", "2024-05-08")
    assert ("Tilo Brand", "Jonas Brand") in facts_by_pair(b, "parent")


def test_a_meeting_for_talks_or_a_contest_is_no_first_meeting() -> None:
    assert_no_event(run("The minister, Ana Ruiz, met Tom Hale in Brussels on Tuesday to discuss the deal.", "2024-05-08"), "life.meet")
    assert_no_event(run("Jonas Weber will meet Ilse Marr in the semi-final on Friday.", "2024-05-08"), "life.meet")
    assert_no_event(run("Tom Hale met Ana Ruiz for talks at the embassy in March.", "2024-05-08"), "life.meet")
    # a contest told in another clause of the sentence leaves the meeting alone
    a = run("Lena Brisk met Odo Fenn at a party in 2015, a year after she won the final.", "2024-05-08")
    assert [e.time for e in typed(a, "life.meet")] == ["2015"]
    b = run("Mira Quandt and Jonas Eber met in Paris in 2015.", "2024-05-08")
    assert_event(b, "life.meet", {"agent": "Mira Quandt", "partner": "Jonas Eber", "place": "Paris"})


def test_becoming_a_couple_or_starting_to_see_each_other_is_dating() -> None:
    a = run("Mira Quandt and Jonas Eber became a couple in 2018.", "2024-05-08")
    assert_event(a, "life.date", {"agent": "Mira Quandt", "partner": "Jonas Eber"})
    assert [e.time for e in typed(a, "life.date")] == ["2018"]
    b = run("Mira Quandt and Jonas Eber started seeing each other in 2018.", "2024-05-08")
    assert_event(b, "life.date", {"agent": "Mira Quandt", "partner": "Jonas Eber"})
    c = run("Mira Quandt began seeing Jonas Eber last spring.", "2024-05-08")
    assert [e.time for e in typed(c, "life.date")] == ["2023-SP"]
    d = run("Mira Quandt struck up a romance with Jonas Eber on the set of the film in 2017.", "2024-05-08")
    assert_event(d, "life.date", {"agent": "Mira Quandt", "partner": "Jonas Eber"})
    # becoming a doctor, striking a deal: no romance
    assert_no_event(run("Mira Quandt became a doctor in 2018.", "2024-05-08"), "life.date")
    assert_no_event(run("Tom Hale struck a deal with Ana Ruiz in May.", "2024-05-08"), "life.date")


def test_a_prize_given_to_someone_named_as_the_indirect_object_is_their_win() -> None:
    a = run("Tom Hale, the singer, retired in 2010. In 2011 the Ostrava Folk Festival gave him its lifetime achievement award.",
            "2024-05-08")
    assert_event(a, "career.win", {"agent": "Tom Hale"})
    assert [e.time for e in typed(a, "career.win")] == ["2011"]
    b = run("The jury gave Ana Ruiz the best actress prize in 2015.", "2024-05-08")
    assert_event(b, "career.win", {"agent": "Ana Ruiz", "award": "best actress prize"})
    # a loan given is no prize
    assert_no_event(run("The bank gave Ana Ruiz a loan in 2015.", "2024-05-08"), "career.win")


def test_children_had_after_a_dated_wedding_are_not_born_on_its_date() -> None:
    a = run("Tomas Reyne and Greta Olm wed in Lyon in 1980 and had two sons, Paul and Henri.", "2024-05-08")
    assert [e.time for e in typed(a, "family.child")] == [None, None]
    assert [e.time for e in typed(a, "life.marry")] == ["1980"]
    # twins are born together; one child dated in its own clause keeps the date
    b = run("Tomas Reyne and Greta Olm married in 1980 and had twins, Paul and Henri, in 1983.", "2024-05-08")
    assert [e.time for e in typed(b, "family.child")] == ["1983", "1983"]
    c = run("Tomas Reyne and Greta Olm married in 1980 and had a son, Paul, in 1983.", "2024-05-08")
    assert [e.time for e in typed(c, "family.child")] == ["1983"]
