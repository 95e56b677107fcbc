"""Session 41: "the union's president, X", "X, the institute's director", "the university's dean, X" -- a definite
description of a body (party, union, institute, university) standing for the one the story is about, so the post's holder
is that body's member or employee: a name whose head comes before "of" ("Northern Institute of Marine Botany") is called
by its head noun, and with no body of the kind in view, the body the story keeps telling of is the one meant; small
invented articles through the real pipeline, each with a near miss that must not be joined."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair, posts

INSTITUTE = ("Marine botanist honoured\n\nThe marine botanist Helga Brandt has won the Calder Prize. Brandt worked at the "
             "Northern Institute of Marine Botany for thirty years. She studied at Kelby University and later lectured at "
             "Ashmoor University. ")


def test_the_institute_is_the_body_whose_name_is_headed_by_institute_before_of() -> None:
    # "the institute" with two universities nearer: the "Institute of ..." named before them, not the last body of its kind
    a = run(INSTITUTE + "\"She taught us to look closely,\" said Tove Lindqvist, the institute's current director.")
    assert ("Tove Lindqvist", "Northern Institute of Marine Botany") in facts_by_pair(a, "employee")
    assert not any(person == "Tove Lindqvist" for person, _ in facts_by_pair(a, "member"))
    # ... while "the union" is none of them: no body is called a union, so the president holds a post at none
    b = run(INSTITUTE + "Brandt was a member of a trade union. \"She taught us to look closely,\" said Tove Lindqvist, the "
            "union's president.")
    bodies = {body for person, body in facts_by_pair(b, "employee") | facts_by_pair(b, "member") if person == "Tove Lindqvist"}
    assert not bodies


HARWICK = ("University of Harwick names new head\n\nThe University of Harwick has appointed Mary Quist as its vice-chancellor. "
           "Quist, 52, joins the university from the University of Dornby, where she was provost. The university said she "
           "would start in May. Its governors chose her from a shortlist of four.\n\nQuist was born in Cork. She trained as a "
           "chemist. Her husband is a teacher.\n\n")
DEAN = "The university's dean of law, Paul Ekwe, is leaving in the summer to run the charity Brightwell Trust."


def _university_mentions(a, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    body = next(e for e in a.entities if e.name == name)
    return [m.text for m in body.mentions]


def test_the_university_far_from_any_is_the_one_the_story_keeps_telling_of() -> None:
    # no university in the last sentences: the one named and described again and again, not the one a move came from
    a = run(HARWICK + DEAN)
    assert _university_mentions(a, "University of Harwick").count("The university") == 2  # (the second is the dean's)
    assert _university_mentions(a, "University of Dornby") == ["University of Dornby"]
    assert ("Paul Ekwe", "University of Harwick") in facts_by_pair(a, "employee")
    # ... but of two told as often, neither
    b = run("Two universities merge\n\nThe University of Harwick and the University of Dornby will merge. The University of "
            "Harwick is older. The University of Dornby is larger.\n\nTalks went on late. Nobody spoke to reporters. The mood "
            "was tense.\n\n" + DEAN)
    assert all(m.text != "The university" for e in b.entities for m in e.mentions)
    assert not any(person == "Paul Ekwe" and body.startswith("University") for person, body in facts_by_pair(b, "employee"))
    # (the charity he leaves to run is his employer from the summer: session 52's moving-on hirings)


GREENS = ("Okafor elected Green Alliance Party leader\n\nAmaka Okafor was elected leader of the Green Alliance Party on Saturday. "
          "She beat the party's housing spokesman, Tim Rowe. Okafor said the party would fight every seat. ")


def test_a_party_named_in_passing_sentences_back_is_not_the_party_of_the_story() -> None:
    # a rival party named once, two sentences and more before: "the party" is still the one the story is about
    a = run(GREENS + "Her campaign was run by Sam Dorey, who defected from the Civic Reform Party in 2019. Dorey is expected "
            "to be named chairman. Rowe congratulated her. The party's president, Jane Whitby, announced the result.")
    members = facts_by_pair(a, "member")
    assert ("Jane Whitby", "Green Alliance Party") in members and ("Jane Whitby", "Civic Reform Party") not in members
    # ... but named in the sentence right before, it is the one in view
    b = run(GREENS + "Okafor was born in Leeds. She studied law in York. Her husband, Sam Dorey, is a former treasurer of the "
            "Civic Reform Party. The party's president, Jane Whitby, praised him.")
    members = facts_by_pair(b, "member")
    assert ("Jane Whitby", "Civic Reform Party") in members and ("Jane Whitby", "Green Alliance Party") not in members


ROVERS = ("Hart joins Marston Rovers\n\nThe winger Leo Hart has joined Marston Rovers for £4 million. The club beat two rivals "
          "to sign him. The manager, Joost Verbeek, praised him. Verbeek was born in Perth. He played in midfield for "
          "Dunloe Athletic. He coached the Norway under-21 team from 2016 until this spring. ")


def test_a_national_side_is_no_club() -> None:
    # "the club" after a national under-21 team: the club of the story, not the country's side
    a = run(ROVERS + "Verbeek said the club plans to sign a striker. The club's chief executive, Meera Kapoor, said no "
            "player would be sold.")
    assert ("Meera Kapoor", "Marston Rovers") in facts_by_pair(a, "employee")
    national = next(e for e in a.entities if e.name.startswith("Norway under-21"))
    assert all(m.text.startswith("Norway") for m in national.mentions)
    # ... while "the team" may still be that side
    b = run("Coach honoured\n\nJoost Verbeek has won the coach of the year award. Verbeek coached the Norway under-21 "
            "team from 2016 until this spring. The team reached the final of the European Championship in 2017.")
    national = next(e for e in b.entities if e.name.startswith("Norway under-21"))
    assert "The team" in [m.text for m in national.mentions]


KELBY = ("Kelby Town promoted\n\nKelby Town won promotion on Saturday. Their coach, Tom Brandt, said the players deserved it. "
         "Brandt, 51, did not say whether he would stay. ")


def test_a_post_set_before_a_name_the_tagger_misread_is_that_name_s() -> None:
    # "The club's chairman, Per-Anders Holm,": the tagger reads "Per" as a preposition; the post is still Holm's, not the
    # coach's the sentence before
    a = run(KELBY + "The club's chairman, Per-Anders Holm, said talks on a new deal would begin next month.")
    assert posts(a, "Per-Anders Holm") == {"chairman": ("Kelby Town", None, None)}
    assert posts(a, "Tom Brandt") == {"coach": ("Kelby Town", None, None)}
    # ... as it is with a name the tagger reads right
    b = run(KELBY + "The club's chairman, Anders Holm, said talks on a new deal would begin next month.")
    assert posts(b, "Anders Holm") == {"chairman": ("Kelby Town", None, None)}
    assert posts(b, "Tom Brandt") == {"coach": ("Kelby Town", None, None)}
