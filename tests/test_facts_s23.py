"""Phrasings found in session 23, each as an invented sentence through the real pipeline."""

from __future__ import annotations

from dateline.nlp import load
from handmade import analyzed as run
from handmade import event_args as _args
from handmade import facts_by_pair


def test_a_body_naming_someone_with_an_apposition_is_an_appointment() -> None:
    # The parser reads "The party named Ed Brook" as "a party called Ed Brook" when an apposition follows.
    a = run("The party named Ed Brook, a former teacher from Corlan, as its candidate on Monday.", "2024-05-08")
    (appoint,) = _args(a, "career.appoint")
    assert appoint["patient"] == "Ed Brook" and appoint["agent"] == "The party" and appoint["role"] == "candidate"
    roles = facts_by_pair(a, "role")
    assert roles[("Ed Brook", "candidate")] == ("2024-05-06", None)


def test_a_child_with_its_name_stays_a_child() -> None:
    a = run("Their son, named Felix, was born in 2019.", "2024-05-08")
    assert not _args(a, "career.appoint")


def test_a_plural_title_is_no_post_of_one_person() -> None:
    a = run("Tiderow's co-founders, Aoife Mull and Kwame Ase, have joined Lumora.", "2024-05-08")
    assert not [f.value for f in a.facts if f.relation == "role" and f.value and f.value.endswith("founders")]
    a = run("Brenna Cole, the chief executive, thanked two other directors, Ana Pike and Rob Tull.", "2024-05-08")
    # (session 48: the listed people hold the post in the singular -- "two other directors, A and B" are directors)
    assert sorted((a.entity(f.subject).name, f.value) for f in a.facts if f.relation == "role") == [
        ("Ana Pike", "director"), ("Brenna Cole", "chief executive"), ("Rob Tull", "director")]


def test_their_in_a_clubs_own_sentence_is_that_club() -> None:
    a = run("Kvarstad FK beat Orneby 2-1 on Sunday. Orneby had equalised through a penalty by their captain, Hilde Vatne, "
            "with eight minutes left.", "2024-05-08")
    members = facts_by_pair(a, "member")
    assert ("Hilde Vatne", "Orneby") in members and ("Hilde Vatne", "Kvarstad FK") not in members


def test_a_duet_with_a_guest_is_the_albums_author_with_the_guest_dated_by_its_recording() -> None:
    a = run("Maeve Doyle released her album Blue Hours in May. The record features a duet with the Irish singer Rory Kell, "
            "recorded in Dublin in March.", "2024-05-08")
    (duet,) = [e for e in a.events if e.type == "career.collaborate"]
    names = {g.role: a.entity(g.entity).name for g in duet.args if g.entity and a.entity(g.entity)}
    assert names["agent"] == "Maeve Doyle" and names["partner"] == "Rory Kell"
    assert duet.time == "2024-03"


def test_working_with_someone_on_a_work_names_the_work_the_parser_hung_on_the_partner() -> None:
    a = run("In 2018 she teamed up with the producer Mark Olsen on her album Blue Hours.", "2024-05-08")
    (team_up,) = _args(a, "career.collaborate")
    assert team_up["partner"] == "Mark Olsen" and team_up["work"] == "Blue Hours"
    a = run("She worked with Mark Olsen on Monday.", "2024-05-08")
    assert not _args(a, "career.collaborate")


def test_a_past_form_after_the_subjects_apposition_is_the_sentences_verb() -> None:
    # The parser reads "Her new play, X, premiered at Y" as a noun phrase ("a play premiered at Y"), with no verb.
    doc = load()("Her new play, The Salt Road, premiered at the Lyric Theatre in March.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.text == "premiered" and [c.text for c in root.children if c.dep_ == "nsubj"] == ["play"]
    assert {c.text for c in root.children if c.dep_ == "prep"} == {"at", "in"}
    doc = load()("Hanna Brandt, a nominee for best female vocalist, lost to Ola Nwosu.")
    assert next(t for t in doc if t.dep_ == "ROOT").text == "lost"


def test_a_child_had_and_born_in_one_sentence_is_dated_by_the_birth_which_stays_the_childs() -> None:
    a = run("Ana Roth married Tom Hale in 2009. The couple run two cafes in Leeds and have a daughter, Mira, "
            "born in 2013.", "2024-05-08")
    (had,) = [e for e in a.events if e.type == "family.child"]
    assert had.time == "2013"
    (born,) = [e for e in a.events if e.type == "life.born"]
    assert born.time == "2013" and [a.entity(g.entity).name for g in born.args if g.role == "patient"] == ["Mira"]
    assert facts_by_pair(a, "parent")[("Ana Roth", "Mira")] == ("2013", None)
