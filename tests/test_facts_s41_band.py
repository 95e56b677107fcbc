"""Session 41: definite descriptions of a band ("the band", "the group", "the Hull four-piece") -- the one band in view or
the band the story leads with, never a guess between two, and never the body a description names right after it ("the
folk group the Marram Weavers") -- as small invented articles through the real pipeline, with the near misses they must
not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, facts_by_pair

LEAD_BAND = ("Brackenmoor lose a drummer but finish their album\n\n"
             "HULL — It has been a difficult month for Brackenmoor. The Hull four-piece lost their drummer, Tom Vale, who joined "
             "in 2015 from the folk group the Marram Weavers, and finished the record they had started two years ago. "
             "Vale is leaving to open a bakery with his partner. "
             "His place will be taken by Ada Crewe, 24, a session player from Leeds. "
             "\"We will miss him terribly,\" the band's singer, Rosa Penhallow, told the music weekly Cutback. "
             "Penhallow formed the band in 2011 with the bassist Ike Moreton.")

TWO_BANDS = ("Quillmarsh lose their guitarist on the eve of a tour\n\n"
             "Dara Pell, the guitarist of the Quillmarsh, has left the band after twelve years. "
             "The group said she wanted to spend more time with her family. "
             "She will be replaced by Ned Farrow, who joins from the Copper Lanterns. "
             "Farrow, 30, played on three albums with the Copper Lanterns and toured with them for six years. "
             "\"It is a dream,\" Farrow told a local radio station. "
             "\"I grew up on their records,\" he said. "
             "The band's sixth album is due in June.")


def _nominals(a, name: str) -> list[str]:
    entity = next(e for e in a.entities if e.name == name)
    return [m.text for m in entity.mentions if m.kind == "nominal"]


def test_a_band_noun_far_from_the_name_is_the_band_the_story_leads_with() -> None:
    # "Brackenmoor lose a drummer ...": the headline's body, whose name says no kind, is "the Hull four-piece" and
    # "the band" (no band in view), and so the singer and the bassist who formed the band are its members since 2011
    a = run(LEAD_BAND)
    said = _nominals(a, "Brackenmoor")
    assert "The Hull four-piece" in said and said.count("the band") == 2
    members = facts_by_pair(a, "member")
    assert members.get(("Rosa Penhallow", "Brackenmoor")) == ("2011", None)
    assert members.get(("Ike Moreton", "Brackenmoor")) == ("2011", None)
    assert "Brackenmoor" in event_names(a, "business.found", "organization")


def test_a_band_noun_with_a_name_right_after_it_stands_for_no_other_band() -> None:
    # "joined in 2015 from the folk group the Marram Weavers": the description is the Weavers', not the story's band
    a = run(LEAD_BAND)
    assert "the folk group" not in _nominals(a, "Brackenmoor")
    members = facts_by_pair(a, "member")
    assert members.get(("Tom Vale", "Brackenmoor")) == ("2015", None)
    assert members.get(("Tom Vale", "Marram Weavers")) == (None, "2015")


def test_a_band_noun_between_two_bands_joins_neither() -> None:
    # the story's band out of view, another band (the one the new guitarist comes from) in view: "The band's sixth
    # album" is no album of the Copper Lanterns, nor a guess at the Quillmarsh
    a = run(TWO_BANDS)
    assert not any(m.lower().startswith("the band") for m in _nominals(a, "Copper Lanterns"))
    assert "The band" not in _nominals(a, "Quillmarsh")
    assert "Copper Lanterns" not in event_names(a, "career.release", "agent")
    # ... while near the story's band, with no other in view, "the band" and "the group" are the Quillmarsh
    assert {"the band", "The group"} <= set(_nominals(a, "Quillmarsh"))


def test_the_group_in_a_story_about_a_firm_is_still_the_firm() -> None:
    # "the group" is a band only in a story that leads with a band; a company's story keeps it the company
    a = run("Harrowgate Holdings cuts 200 jobs\n\nHarrowgate Holdings, the Leeds packaging firm, will cut 200 jobs. "
            "The group said on Monday that demand had fallen. Its chief executive, Mina Colter, said the cuts were painful.")
    assert "The group" in _nominals(a, "Harrowgate Holdings")


def test_a_name_after_the_description_of_a_body_is_the_body_a_member_was_of() -> None:
    # "X, a former member of the folk trio the Brass Lanterns": the parser hangs the name on X as a second apposition;
    # it is the trio's, and X a former member of it
    a = run("Ivy Marsh joins Cold Harbour\n\nCold Harbour have a new drummer. Ivy Marsh, a former member of the folk trio the "
            "Brass Lanterns, will join the band for its autumn tour, the group said on Monday.")
    assert facts_by_pair(a, "member").get(("Ivy Marsh", "Brass Lanterns")) == (None, "PAST_REF")
    assert ("Ivy Marsh", "member") not in facts_by_pair(a, "role")
    # ... not a name that is no body's after the description ("... of the folk trio, told the Hatton Gazette")
    b = run("Ivy Marsh, a former member of the folk trio, told the Hatton Gazette that she had moved on.")
    assert not any(body == "Hatton Gazette" for _, body in facts_by_pair(b, "member"))


def test_a_name_hung_on_the_person_before_a_body_description_goes_to_the_description() -> None:
    # the misparse itself, built by hand: "Ivy Marsh, a former member of the punk trio the Copperwick Saints, who was named
    # ..." with "Saints" hung on "Marsh" as a second apposition and the relative clause on "Saints"; the repair hangs the
    # name on "trio" and the clause "who was named" on the person (a first name before the surname) ...
    from spacy.tokens import Doc

    from dateline import nlp

    words = ["Ivy", "Marsh", ",", "a", "former", "member", "of", "the", "punk", "trio", "the", "Copperwick", "Saints", ",",
             "who", "was", "named", "drummer", "."]
    heads = [1, 1, 1, 5, 5, 1, 5, 9, 9, 6, 12, 12, 1, 12, 16, 16, 12, 16, 1]
    deps = ["compound", "ROOT", "punct", "det", "amod", "appos", "prep", "det", "compound", "pobj", "det", "compound", "appos",
            "punct", "nsubjpass", "auxpass", "relcl", "oprd", "punct"]
    tags = ["NNP", "NNP", ",", "DT", "JJ", "NN", "IN", "DT", "NN", "NN", "DT", "NNP", "NNPS", ",", "WP", "VBD", "VBN", "NN", "."]
    doc = nlp.verbs_with_objects(Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, tags=tags))
    assert doc[12].head.i == 9 and doc[16].head.i == 1
    # ... and leaves alone a name the parser hung on the description already, or one after a noun of no body
    words2 = ["Ivy", "Marsh", ",", "a", "former", "member", "of", "the", "board", "the", "Hale", "Trust", ",", "said", "."]
    heads2 = [1, 13, 1, 5, 5, 1, 5, 8, 6, 11, 11, 1, 11, 13, 13]
    deps2 = ["compound", "nsubj", "punct", "det", "amod", "appos", "prep", "det", "pobj", "det", "compound", "appos", "punct",
             "ROOT", "punct"]
    tags2 = ["NNP", "NNP", ",", "DT", "JJ", "NN", "IN", "DT", "NN", "DT", "NNP", "NNP", ",", "VBD", "."]
    doc2 = nlp.verbs_with_objects(Doc(nlp.load().vocab, words=words2, heads=heads2, deps=deps2, tags=tags2))
    assert doc2[11].head.i == 1
