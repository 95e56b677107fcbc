"""Session 42 (ROLE): role facts that were never produced -- a name set off after a title but hung elsewhere by the
parser (a second subject of the verb, an apposition of a noun inside the title's phrase, a name after an indefinite
title), a participle after its clause that tells the clause subject's post ("..., working as a translator"), a post
"remained" held, an instrument's player after a modifier ("their original keyboard player, X"), and posts of
parties, unions and broadcasters missing from the titles (a whip, an official, a pundit); as small invented articles
through the real pipeline, each with a near miss that must stay quiet."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import posts


def test_a_name_set_off_after_a_title_but_parsed_as_a_second_subject() -> None:
    a = run("Verdict\n\nThe court heard the case on Monday. His former chief of staff, Milena Dobreva, 41, was convicted of "
            "fraud.")
    assert "chief of staff" in posts(a, "Milena Dobreva")
    b = run("Board\n\n\"We will grow,\" said the trust's chair, Harriet Pollard, a former teacher.")
    assert "chair" in posts(b, "Harriet Pollard")


def test_a_name_set_off_after_a_title_but_hung_on_a_noun_inside_it() -> None:
    a = run("Probe\n\nA spokesman for the finance ministry's press office, Tomas Reiner, said the audit was over.")
    assert "spokesman" in posts(a, "Tomas Reiner")
    b = run("Cabinet\n\nThe premier offered the post to the former ambassador to Vienna, Petra Holm, who declined it.")
    assert "ambassador" in posts(b, "Petra Holm")
    # ... a name that opens a list after the title is no apposition of it
    c = run("Cabinet\n\nThe premier offered the post to the former ambassador to Vienna, Petra Holm and two aides, who "
            "declined it.")
    assert posts(c, "Petra Holm") == {}


def test_a_name_set_off_after_an_indefinite_title() -> None:
    a = run("Fossil find\n\nThe bone was found in 1998 by a farmer, Tomas Ferrer, in a quarry near Alvar.")
    assert "farmer" in posts(a, "Tomas Ferrer")
    # ... no title, no post
    b = run("Fossil find\n\nThe bone was found in 1998 by a friend, Tomas Ferrer, in a quarry near Alvar.")
    assert posts(b, "Tomas Ferrer") == {}


def test_a_participle_after_its_clause_tells_the_subjects_post() -> None:
    a = run("Profile\n\nNadia Koval published no book for a decade, working instead as a translator of Greek poetry.")
    assert "translator" in posts(a, "Nadia Koval")
    # ... "saying" before the clause is the verb of its own clause, not a post of its subject
    b = run("Profile\n\nNadia Koval left in June, saying she needed a rest.")
    assert posts(b, "Nadia Koval") == {}


def test_a_post_remained_held() -> None:
    a = run("Obituary\n\nHarold Pike, who ran the group for 31 years and remained its honorary president, died on Friday.")
    assert "honorary president" in posts(a, "Harold Pike")
    # ... what else remained is no post
    b = run("Obituary\n\nHarold Pike, who ran the group for 31 years and remained its biggest shareholder, died on Friday.")
    assert "biggest shareholder" not in posts(b, "Harold Pike")


def test_posts_of_parties_unions_and_broadcasters() -> None:
    a = run("Reshuffle\n\nThe chief whip, Radek Novak, was handed the transport brief.")
    assert "chief whip" in posts(a, "Radek Novak")
    b = run("Closure\n\nThe depot will close, and a union official, Dermot Keane, said the workers were angry.")
    assert "official" in posts(b, "Dermot Keane")  # (the union's word left to the body: "union official" as written)
    c = run("New man\n\nTom Reed quit in June and had been working as a pundit for the broadcaster Channel Vale.")
    assert "pundit" in posts(c, "Tom Reed")
    # ... officials unnamed make no post
    d = run("Closure\n\nUnion officials said the workers were angry.")
    assert all(f.relation != "role" for f in d.facts)


def test_an_instruments_player_after_a_modifier_is_a_post() -> None:
    a = run("Band\n\nTheir original keyboard player, Nadia Brisk, was sacked in 2009.")
    assert "original keyboard player" in posts(a, "Nadia Brisk")
    # ... a sport's player is none, with a modifier or not
    b = run("Match report\n\nThe former football player Tom Reed scored twice on Saturday.")
    assert posts(b, "Tom Reed") == {}
