"""Employment and membership phrasings that recur across the development articles (session 29), each as
invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair


def test_a_festival_director_works_for_the_festival() -> None:
    # a festival is an EVENT to the tagger, but a body with staff: "the festival's director", "the festival director"
    a = run("The Harrowgate International Film Festival closed on Sunday with a gala. The festival's director, "
            "Ines Carrow, said attendance had risen.", "2024-05-08")
    assert ("Ines Carrow", "Harrowgate International Film Festival") in facts_by_pair(a, "employee")
    b = run("The Tarnwell Film Festival opened on Friday. \"It was a good week,\" said the festival director, Mara Quist.",
            "2024-05-08")
    assert ("Mara Quist", "Tarnwell Film Festival") in facts_by_pair(b, "employee")
    c = run("The Ostend Jazz Festival ended on Sunday. Ben Alsop, the festival's chairman, thanked the volunteers.",
            "2024-05-08")
    assert ("Ben Alsop", "Ostend Jazz Festival") in facts_by_pair(c, "employee")


def test_a_festival_post_and_its_job_end_with_a_retirement() -> None:
    # "succeeded the festival's founder, X, when he retired in 2009": the founder's job at the festival ends then
    a = run("The Ostend Film Festival ended on Sunday. The festival's director, Carla Moretti, said attendance had "
            "risen. Moretti, who succeeded the festival's founder, Paolo Ricci, when he retired in 2009, announced the "
            "dates of next year's edition.", "2024-05-08")
    assert facts_by_pair(a, "employee")[("Paolo Ricci", "Ostend Film Festival")][1] == "2009"


def test_a_sacking_after_which_someone_is_appointed_names_the_predecessor() -> None:
    # "appointed Y ..., three weeks after X was sacked": X held the post at the body that appointed Y
    a = run("Kestrel United have appointed Joel Brandt as head coach, three weeks after Owen Fry was sacked.", "2024-05-08")
    assert ("Owen Fry", "Kestrel United") in facts_by_pair(a, "employee")
    b = run("The board of Marlow Foods named Ruth Keane chief executive in March after the resignation of Paul Grigg.",
            "2024-05-08")
    assert ("Paul Grigg", "Marlow Foods") in facts_by_pair(b, "employee")
    c = run("Kestrel United appointed Joel Brandt as head coach in May after the previous head coach, Owen Fry, "
            "was sacked.", "2024-05-08")
    assert ("Owen Fry", "Kestrel United") in facts_by_pair(c, "employee")


def test_a_leaving_of_another_post_names_no_predecessor() -> None:
    # the chairman who resigned is no predecessor of the chief executive hired; nor is a founder who left
    a = run("Cairn Bank on Monday hired Nadia Oyelaran as its next chief executive, a day after the bank's chairman, "
            "Tom Welby, resigned.", "2024-05-08")
    roles = [f.value for f in a.facts if f.relation == "role" and a.entity(f.subject).name == "Tom Welby"]
    assert roles == ["chairman"]
    b = run("Lotto-Brabo's general manager, Stijn Coppenolle, said he was pleased. Coppenolle took charge of the "
            "team in 2017 after the departure of its founder, Wim Dehaene.", "2024-05-08")
    assert ("Wim Dehaene", "Lotto-Brabo") not in facts_by_pair(b, "employee")


def test_her_predecessor_held_the_post_she_was_given() -> None:
    a = run("The Marlow Trust named Ellen Rudd as chief executive in May. Her predecessor, Ian Marr, retired last year.",
            "2024-05-08")
    assert ("Ian Marr", "Marlow Trust") in facts_by_pair(a, "employee")
    b = run("Ellen Rudd was appointed chief executive of the Marlow Trust in January after her predecessor, Ian Marr, "
            "was dismissed.", "2024-05-08")
    assert ("Ian Marr", "Marlow Trust") in facts_by_pair(b, "employee")


def test_a_party_leader_replaced_stays_a_member_of_the_party() -> None:
    a = run("Ruth Lind was elected leader of the Progressive Party on Saturday. She replaces Carl Wynd, who resigned "
            "in July after a poor election result.", "2024-05-08")
    assert facts_by_pair(a, "member").get(("Carl Wynd", "Progressive Party")) == (None, None)
    b = run("Lena Ostby was elected leader of the Liberal Party on Sunday. She succeeds Harald Brenner, who stepped down in "
            "March.", "2024-05-08")
    assert ("Harald Brenner", "Liberal Party") in facts_by_pair(b, "member")


def test_an_artist_signed_by_a_label_is_no_employee_of_it() -> None:
    # an artist's contract with a label or a studio is no job there; a player signed by a team is its member
    a = run("Ola Brandt was signed by the label Palmetto Records in 2015.", "2024-05-08")
    assert ("Ola Brandt", "Palmetto Records") not in facts_by_pair(a, "employee")
    b = run("Ola Brandt, who signed with the major label Velvet Music in 2018, won the prize.", "2024-05-08")
    assert ("Ola Brandt", "Velvet Music") not in facts_by_pair(b, "employee")
    c = run("Kelso Rovers signed the striker Ola Brandt from Leith Town on Monday.", "2024-05-08")
    assert ("Ola Brandt", "Kelso Rovers") in facts_by_pair(c, "member")
    d = run("Acme Motors signed Ola Brandt as its chief engineer in May.", "2024-05-08")
    assert ("Ola Brandt", "Acme Motors") in facts_by_pair(d, "employee")


def test_a_body_noun_naming_several_bodies_is_the_one_the_article_is_about() -> None:
    # "the university's deputy vice-chancellor" with three universities named: the one named twice as often as any other
    from dateline.nlp import load
    from dateline.resolve_titles import _org_by_noun

    text = ("The University of Harlow has chosen Ada Quist as its next vice-chancellor. The University of Harlow said "
            "she would start in May. The University of Harlow named her on Tuesday. Quist studied at the University of "
            "Leith and later taught at Dunmore University. The university's deputy vice-chancellor, Ruth Obi, withdrew.")
    a = run(text, "2024-05-08")
    doc = load()(text)
    noun = next(t for t in doc if t.lower_ == "university" and t.dep_ == "poss")
    harlow = next(e.id for e in a.entities if e.name == "University of Harlow")
    assert _org_by_noun(a, noun) == harlow
    # and "the company's" with no company called so: the one the article is about
    text = ("Garrow Freight collapsed in November 2020. Garrow Freight had 300 staff. Garrow Freight's auditor, Hal Price, "
            "was not charged. The company's former chief executive, Bertil Ashworth, was never charged.")
    a = run(text, "2024-05-08")
    doc = load()(text)
    noun = next(t for t in doc if t.lower_ == "company")
    assert _org_by_noun(a, noun) == next(e.id for e in a.entities if e.name == "Garrow Freight")


def test_a_former_post_left_in_a_dated_relative_clause_ends_then() -> None:
    # "the company's former chief executive, X, who resigned in October 2020": the job there ends then, not at PAST_REF
    a = run("Garrow Freight collapsed in November 2020. Garrow Freight had 300 staff. Its finance director, Lorna Vethers, "
            "was jailed on Tuesday. Garrow Freight's auditor, Hallam Price, was not charged. The company's former chief "
            "executive, Bertil Ashworth, who resigned in October 2020, was never charged.", "2024-05-08")
    assert facts_by_pair(a, "employee")[("Bertil Ashworth", "Garrow Freight")] == (None, "2020-10")


def test_a_post_for_a_body_told_by_a_noun_is_a_job_at_that_body() -> None:
    # "a spokeswoman for the union, X": the body the noun names (its name ends so), or the firm the article is about
    a = run("The Kessel Teachers' Union opposed the plan. A spokeswoman for the union, Margaret Tolliver, said members "
            "were angry.", "2024-05-08")
    assert ("Margaret Tolliver", "Kessel Teachers' Union") in facts_by_pair(a, "employee")
    b = run("Brakel Foods closed the plant on Monday. A spokesman for the company, Peter Hanley, said 200 jobs would go.",
            "2024-05-08")
    assert ("Peter Hanley", "Brakel Foods") in facts_by_pair(b, "employee")
    # but not a body the noun's modifier sets apart: "the central bank" is no bank the article named
    c = run("Marlow Bank named a new chief executive on Monday. Marlow Bank shares rose. Marlow Bank's chairman, "
            "Crispin Hale, a former deputy governor of the central bank, said he was pleased.", "2024-05-08")
    assert facts_by_pair(c, "employee").get(("Crispin Hale", "Marlow Bank")) == (None, None)
