"""Session 31: who hires, who is hired and the post -- the core arguments of career events, as invented sentences
through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import role_texts, typed


def test_a_hiring_to_become_a_post_is_one_hiring_with_that_post() -> None:
    # "poached X to become its chief operating officer": the hiring's role; no appointment besides
    a = run("Corvane Bank poached Ruth Baines from its rival Hollin Bank to become its chief operating officer.", "2024-05-08")
    assert role_texts(a, "career.hire", "role") == [["chief operating officer"]]
    assert typed(a, "career.appoint") == []
    b = run("The club hired the former striker Dean Colby in June to become its assistant manager.", "2024-05-08")
    assert role_texts(b, "career.hire", "role") == [["assistant manager"]]
    assert typed(b, "career.appoint") == []
    c = run("Dermot Reyes was hired away from Nettlefold Bank in January to become Skelmoor's chief financial officer.",
            "2024-05-08")
    assert role_texts(c, "career.hire", "role") == [["chief financial officer"]]
    assert role_texts(c, "career.hire", "agent") == [["Skelmoor"]]  # the body the post is at, from the clause
    assert typed(c, "career.appoint") == []


def test_leaving_to_become_a_post_stays_as_it_was() -> None:
    # only a hiring's purpose clause: "quit to become ambassador" is still an appointment
    a = run("Lena Moss quit the bank in May to become ambassador to Norway.", "2024-05-08")
    assert role_texts(a, "career.appoint", "role") == [["ambassador"]]


def test_a_post_of_a_body_told_by_a_noun_is_the_post_alone() -> None:
    # "managing director of the company": the post as written, the body an argument of its own
    a = run("Ruth Baines, its finance director since 2019, was named managing director of the company on Wednesday.",
            "2024-05-08")
    assert role_texts(a, "career.appoint", "role") == [["managing director"]]
    b = run("Acme Bank named Ruth Baines chief operating officer of its parent group in March.", "2024-05-08")
    assert role_texts(b, "career.appoint", "role") == [["chief operating officer"]]
    e = run("Ruth Baines was appointed head of the bank's school of finance in May.", "2024-05-08")
    assert role_texts(e, "career.appoint", "role") == [["head of the bank's school of finance"]]  # no post without what it heads
    c = run("Ruth Baines was appointed director of football at the club in May.", "2024-05-08")
    assert role_texts(c, "career.appoint", "role") == [["director of football"]]  # a title's own "of" stays
    d = run("Ruth Baines was appointed chair of the board in May.", "2024-05-08")
    assert role_texts(d, "career.appoint", "role") == [["chair of the board"]]  # a board is no organisation of its own


def test_an_office_turned_down_is_the_role_of_the_refused_appointment() -> None:
    a = run("Dean Colby, 70, who turned down the presidency of the Farrow Film Society in 2009, died on Monday.", "2024-05-08")
    assert [(e.polarity, e.time) for e in typed(a, "career.appoint")] == [("NEG", "2009")]
    assert role_texts(a, "career.appoint", "role") == [["presidency"]]
    b = run("Ruth Baines declined the editorship of the Harbour Gazette in 2015.", "2024-05-08")
    assert role_texts(b, "career.appoint", "role") == [["editorship"]]
    c = run("Dean Colby was offered the chairmanship of the state railway but turned it down.", "2024-05-08")
    assert role_texts(c, "career.appoint", "role") == [["chairmanship"]]


def test_a_second_object_coordinated_with_the_verb_is_done_to_as_well() -> None:
    # the parser hangs "and the goalkeeper Z" on the verb after a long first object: Z signed too
    a = run("Earlier this month the club signed the winger Ali Kerr, 22, on a free transfer after he was released by Holt "
            "Town, and the goalkeeper Sam Pryce, who arrived from Castle Athletic for an undisclosed fee.", "2024-05-08")
    assert sorted(p for ps in role_texts(a, "career.hire", "patient") for p in ps) == ["Ali Kerr", "Sam Pryce"]
    b = run("The minister sacked her deputy, Tom Hale, on Monday, and the police chief Sam Pryce, who had criticised her.",
            "2024-05-08")
    assert sorted(p for ps in role_texts(b, "career.fire", "patient") for p in ps) == ["Sam Pryce", "Tom Hale"]
    # a conjunct with a time of its own is the event again (gapping), not a second object of the first
    c = run("Ada Pym won the Tasman Open in 2012 and the Coral Classic three years later.", "2024-05-08")
    assert sorted((e.time, [g.text for g in e.args if g.role == "award"]) for e in typed(c, "career.win")) == \
        [("2012", ["Tasman Open"]), ("2015", ["Coral Classic"])]


def test_a_passive_gerund_hung_on_a_noun_of_the_main_clause_is_done_to_its_subject() -> None:
    # "worked as a surgeon at Y before being recruited by Z": the parser hangs "before" on "surgeon"
    a = run("Ada Okafor worked for a decade as a surgeon at St Mary's Hospital before being recruited by Tallis University in "
            "2015.", "2024-05-08")
    assert role_texts(a, "career.hire", "patient") == [["Ada Okafor"]]
    b = run("Jo Kerr was a researcher at the Pellow Institute until being recruited by Tallis University in 2012.", "2024-05-08")
    assert role_texts(b, "career.hire", "patient") == [["Jo Kerr"]]


def test_a_verb_coordinated_with_a_subordinate_clause_after_its_comma_takes_the_main_subject() -> None:
    # "..., the morning after a heavy defeat left the club bottom, and appointed Z": the club appointed Z, not the defeat
    a = run("Harlow Town sacked their manager, Dean Colby, on Sunday, the morning after a 3-0 home defeat by Eastleigh left "
            "the club bottom of the table, and appointed Ross Mayhew of Castle Rovers in his place on Monday.", "2024-05-08")
    assert role_texts(a, "career.appoint", "agent") == [["Harlow Town"]]
    b = run("Corvane Bank dismissed its chairman in March, weeks after a damning report exposed the losses, and hired Ruth "
            "Baines as chief executive in April.", "2024-05-08")
    assert role_texts(b, "career.hire", "agent") == [["Corvane Bank"]]
    c = run("Dean Colby left the club after the owners sacked him and appointed Ross Mayhew.", "2024-05-08")
    assert role_texts(c, "career.appoint", "agent") == [["the owners"]]  # no comma: the clause's own conjunct


def test_the_name_in_apposition_to_a_signing_is_the_one_signed() -> None:
    a = run("Dunmore Rovers' new signing, Ali Kerr, scored twice on Saturday.", "2024-05-08")
    assert role_texts(a, "career.hire", "patient") == [["Ali Kerr"]]
    assert role_texts(a, "career.hire", "agent") == [["Dunmore Rovers"]]
    b = run("Ali Kerr, Dunmore Rovers' record signing from Holt Town, scored twice on Saturday.", "2024-05-08")
    assert role_texts(b, "career.hire", "patient") == [["Ali Kerr"]]


def test_a_scout_or_an_official_from_a_body_signs_for_that_body() -> None:
    # as officers from a force arrest for it: the body is the one hiring
    a = run("A scout from Hollin Records, who had come to hear another singer, signed Dean Colby that night.", "2024-05-08")
    assert role_texts(a, "career.hire", "agent") == [["Hollin Records"]]
    b = run("Ada Pym was signed in 1998 by a scout from Castle Rovers.", "2024-05-08")
    assert role_texts(b, "career.hire", "agent") == [["Castle Rovers"]]
    c = run("Officials from Dunmore Rovers signed the striker Ali Kerr on Friday.", "2024-05-08")
    assert role_texts(c, "career.hire", "agent") == [["Dunmore Rovers"]]


def test_the_post_of_a_relative_appointment_is_the_title_a_calling_stands_beside() -> None:
    # "the jury president, the French actress X, 61, who was appointed": a post, not the calling told between
    a = run("She received it from the jury president, the French actress Hélène Dassonville, 61, who was appointed in February "
            "after the Iranian director Dariush Tehrani pulled out for health reasons.", "2024-05-08")
    assert role_texts(a, "career.appoint", "role") == [["jury president"]]
    b = run("She took the trophy from the panel's chairman, the Danish novelist Ida Holm, who was appointed in March.", "2024-05-08")
    assert role_texts(b, "career.appoint", "role") == [["chairman"]]
