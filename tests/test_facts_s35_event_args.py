"""Event arguments -- the right entity in the right role -- told in phrasings no fixture article had tested (session 35):
invented sentences through the real pipeline, each fix with two wordings or more and a near miss that must stay quiet."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, event_names


def _all_names(a, kind: str, role: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Every entity name filling the role in events of the kind (an event may have several)."""
    return sorted({a.entity(g.entity).name for e in a.events if e.type == kind for g in e.args if g.role == role and g.entity})


def test_two_names_the_parser_ran_into_one_phrase() -> None:
    # "by Jonas Reinhardt and Aylin Kaya": the parser made "Jonas" an nmod of "Kaya", "and" hung under it; both founded
    a = run("Quill Audio makes headphones. Quill was founded in 2014 by Jonas Reinhardt and Aylin Kaya, who met as students in Munich.")
    assert _all_names(a, "business.found", "agent") == ["Aylin Kaya", "Jonas Reinhardt"]
    assert_event(a, "life.meet", {"agent": "Jonas Reinhardt", "partner": "Aylin Kaya", "place": "Munich"})
    b = run("Police arrested Lena Marsh and Ivo Brandt on Friday.")
    assert sorted(event_names(b, "legal.arrest", "patient")) == ["Ivo Brandt", "Lena Marsh"]
    # ... one name with no "and" inside its phrase stays one
    c = run("Police arrested Lena Marsh on Friday and seized her car.")
    assert event_names(c, "legal.arrest", "patient") == ["Lena Marsh"]


def test_a_firm_called_by_its_first_word_the_ner_read_as_a_place() -> None:
    # "Montaña Films ... Montaña": the short form, read as a place (the gazetteer's "Montana"), is the firm
    a = run("Montaña Films ran out of money in 2010. That summer Aurora Pictures acquired Montaña.")
    assert_event(a, "business.acquire", {"agent": "Aurora Pictures", "patient": "Montaña Films"})
    assert event_names(a, "business.acquire", "patient") == ["Montaña Films"]
    b = run("Aurora Pictures bought Montaña Films in 2010. Filming resumed after Montaña paid its debts.")
    assert "Montaña" in {e.name: [m.text for m in e.mentions] for e in b.entities}["Montaña Films"]
    # ... not a place told as one ("in Montaña"), nor a real place as written ("London" beside "London Films")
    c = run("Montaña Films ran out of money in 2010. The crew stayed in Montaña for the summer.")
    assert "Montaña" not in [m.text for e in c.entities if e.name == "Montaña Films" for m in e.mentions]
    d = run("London Films was sold in 2010. London has many studios.")
    assert "London" not in [m.text for e in d.entities if e.name == "London Films" for m in e.mentions]


def test_the_noun_a_body_named_noun_of_place_goes_by() -> None:
    # "the Port of Castlemoor", then "the port": the one body whose name is "Port of X"
    a = run("Yasmeen Haddad worked for the Port of Castlemoor until 2020, when the port dismissed her.")
    assert_event(a, "career.fire", {"agent": "Port of Castlemoor", "patient": "Yasmeen Haddad"})
    b = run("Aurel Finch was chief executive of the Port of Vellmouth until 2019. The port is suing him for damages.")
    assert_event(b, "legal.sue", {"agent": "Port of Vellmouth", "target": "Aurel Finch"})
    c = run("Ida Moss, a spokeswoman for the Port of Vellmouth, said the port had dismissed Aurel Finch.")
    assert_event(c, "career.fire", {"agent": "Port of Vellmouth", "patient": "Aurel Finch"})
    # ... not a body named "<another noun> of X"
    d = run("Ida Moss, a spokeswoman for the Bank of Vellmouth, said the port had dismissed Aurel Finch.")
    assert "Bank of Vellmouth" not in event_names(d, "career.fire", "agent")


def test_a_name_hung_on_the_name_inside_an_of_phrase_is_the_nouns() -> None:
    # "the son of the banker Karl Lind, Oskar Lind,": the parser made the second name an apposition of the first
    a = run("Police arrested the son of the banker Karl Lind, Oskar Lind, on Friday.")
    assert event_names(a, "legal.arrest", "patient") == ["Oskar Lind"]
    b = run("The court convicted the sister of the singer Ana Silva, Rita Silva, of theft.")
    assert event_names(b, "legal.convict", "patient") == ["Rita Silva"]
    # ... the one named inside the phrase is not the one arrested, and a name apposed to the noun itself stays its own
    c = run("Orla Shaw, the wife of the footballer Cian Shaw, was arrested in Leeds.")
    assert event_names(c, "legal.arrest", "patient") == ["Orla Shaw"]


def test_a_surname_shared_by_a_relative_is_the_one_the_story_is_about() -> None:
    # each named once in full: the bare surname is not the one introduced as the other's relative ("her husband, X")
    a = run("Cressida Almond and her husband, Rupert Almond, own a bakery. In 2011 Almond was elected to the council.")
    assert event_names(a, "politics.elect", "patient") == ["Cressida Almond"]
    b = run("Tom Reed's father, Arthur Reed, died in 2001. In 2003 Reed was arrested in Leeds.")
    assert event_names(b, "legal.arrest", "patient") == ["Tom Reed"]
    # ... the one named more often by the surname still is
    c = run("Arthur Reed farmed at Ashby. Arthur Reed and his son, Tom Reed, won prizes. In 2003 Reed was arrested in Leeds.")
    assert event_names(c, "legal.arrest", "patient") == ["Arthur Reed"]


def test_the_town_a_holiday_is_in_though_read_as_a_firm() -> None:
    # "during a holiday in Positano", "on a beach in Positano": the NER typed the town as an organisation
    a = run("Tobi Ade proposed to Lin Berg during a holiday in Positano last month.")
    assert_event(a, "life.engage", {"agent": "Tobi Ade", "partner": "Lin Berg", "place": "Positano"})
    b = run("Jon Park proposed to Sara Kim on a beach in Positano in August.")
    assert_event(b, "life.engage", {"agent": "Jon Park", "partner": "Sara Kim", "place": "Positano"})
    # ... not a firm of several words a stay is "in", nor one a holiday is "with"
    c = run("Jon Park proposed to Sara Kim during a stay in Orrin Lodge Hotels in August.")
    d = run("Jon Park proposed to Sara Kim during a holiday with Orrin Tours in August.")
    assert not [g for x in (c, d) for e in x.events if e.type == "life.engage" for g in e.args if g.role == "place"]


def test_two_bodies_the_ner_took_for_one() -> None:
    # "the merger of Quill Labs and Orrin Group": one organisation to the NER, two bodies each ending in a body's word
    a = run("The merger of Quill Labs and Orrin Group was completed in 2021.")
    assert_event(a, "business.merge", {"agent": "Quill Labs", "partner": "Orrin Group"})
    b = run("Quill Labs and Orrin Group agreed to merge in 2021.")
    assert_event(b, "business.merge", {"agent": "Quill Labs", "partner": "Orrin Group"})
    # ... not a body whose name goes on with a body's word after "and"
    c = run("Halbrook Steel and Mining Group was sold to Orrin Group in 2020.")
    assert "Halbrook Steel and Mining Group" in [e.name for e in c.entities]


def test_the_doer_after_a_from_phrase_of_a_participle() -> None:
    # "signed from X by Y": the parser hung "by Y" on X, not on the participle
    a = run("Jude Keane, signed from Ashby United by Brackley Town in 2022, scored twice.")
    assert_event(a, "career.hire", {"patient": "Jude Keane", "agent": "Brackley Town"})
    b = run("Jude Keane was signed from Ashby United by Brackley Town in 2022.")
    assert_event(b, "career.hire", {"patient": "Jude Keane", "agent": "Brackley Town"})
    # ... the one it was signed from is not the one signing
    assert "Ashby United" not in event_names(a, "career.hire", "agent") + event_names(b, "career.hire", "agent")


def test_the_body_a_founding_is_of() -> None:
    # "the founding of X (by Y)": X is the body founded, as after "the founder of"
    a = run("The founding of Reed Haulage by Tom Reed in 1980 is the subject of a new book.")
    assert_event(a, "business.found", {"organization": "Reed Haulage", "agent": "Tom Reed"})
    b = run("The founding of Quill Labs by Mia Berg and Ola Holm in 2016 changed the industry.")
    assert_event(b, "business.found", {"organization": "Quill Labs", "agent": "Ola Holm"})
    # ... the founder is no body founded
    assert "Tom Reed" not in event_names(a, "business.found", "organization")
