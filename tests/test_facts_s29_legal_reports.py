"""Court steps and interviews whose phrasings recur across the development articles and in news generally
(session 29, second round), each as invented sentences through the real pipeline."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import assert_event, assert_no_event, event_names, typed


def test_a_paper_the_ner_missed_is_an_outlet_by_its_capitalized_last_word() -> None:
    # "the X Evening Star": no entity for the paper, but a capitalized "Star" names one
    a = run("Lorna Pike, who joined the club in March, told the Harwick Evening Star that the squad was young.", "2024-05-08")
    assert event_names(a, "report.interview", "agent") == ["Lorna Pike"]
    # a possessive magazine name ("Harper's Bazaar": the NER keeps only "Harper")
    b = run("Speaking to Harper's Bazaar in May, the actress Dana Whitcombe hinted at the strain.", "2024-05-08")
    assert_event(b, "report.interview", {"agent": "Dana Whitcombe"})
    assert [e.time for e in typed(b, "report.interview")] == ["2024-05"]
    # a paper's word in another language
    c = run("Speaking to the Rhein-Neckar Tagblatt on Wednesday, Imre Balogh said he had learned of the prize by telephone.",
            "2024-05-10")
    assert_event(c, "report.interview", {"agent": "Imre Balogh"})
    d = run("Oskar Lindahl told the Vastbo Posten that he would not stand again.", "2024-05-08")
    assert_event(d, "report.interview", {"agent": "Oskar Lindahl"})
    # a star in lower case is a person, no paper
    assert_no_event(run("The coach Lorna Pike told the star that he would start on Sunday.", "2024-05-08"), "report.interview")


def _roles(a: Analysis, kind: str, role: str) -> list[str]:
    return [g.text for e in typed(a, kind) for g in e.args if g.role == role]


def test_the_one_a_sentence_is_handed_to_is_sentenced_not_the_judge() -> None:
    a = run("A judge at Carnford Crown Court handed Tobias Brack a life sentence in 2019.", "2024-05-08")
    assert _roles(a, "legal.sentence", "patient") == ["Tobias Brack"]
    assert _roles(a, "legal.sentence", "agent") == ["A judge"]
    assert [e.time for e in typed(a, "legal.sentence")] == ["2019"]
    b = run("On Friday the magistrate gave Wendell Oxley a suspended sentence for the assault.", "2024-05-08")
    assert _roles(b, "legal.sentence", "patient") == ["Wendell Oxley"]
    # the passive keeps its subject as the one sentenced
    c = run("Wendell Oxley admitted the assault and was handed an 18-month sentence.", "2024-05-08")
    assert _roles(c, "legal.sentence", "patient") == ["Wendell Oxley"]


def test_a_talent_spotted_is_no_sighting() -> None:
    # spotted by scouts, or by a person named: talent found, no sighting
    assert_no_event(run("Born in 1989, Tevita Lolo was spotted by scouts while playing for his school.", "2024-05-08"),
                    "report.seen")
    assert_no_event(run("The agent Marco Bini spotted Ana Pires at a talent show in Porto in 2012.", "2024-05-08"), "report.seen")
    assert_no_event(run("Ana Pires was spotted by the coach Marco Bini at a school race in 2012.", "2024-05-08"), "report.seen")
    # onlookers unnamed: a sighting
    a = run("Ana Pires was spotted leaving a restaurant in Soho with Marco Bini on Tuesday.", "2024-05-08")
    assert_event(a, "report.seen", {"patient": "Ana Pires", "place": "Soho"})
    b = run("Fans spotted Ana Pires at a cafe in Lisbon on Sunday.", "2024-05-08")
    assert_event(b, "report.seen", {"patient": "Ana Pires", "place": "Lisbon"})


def test_who_is_sued_when_the_parser_hangs_the_preposition_on_the_verb() -> None:
    # "settled / dropped / won her lawsuit against Y": "against" hangs on the verb
    a = run("Mara Quill settled her lawsuit against Brightwell Foods in May.", "2024-05-08")
    assert_event(a, "legal.sue", {"agent": "Mara Quill", "target": "Brightwell Foods"})
    b = run("The Dorrow Trust dropped its claim against Omar Rust last year.", "2024-05-08")
    assert_event(b, "legal.sue", {"agent": "Dorrow Trust", "target": "Omar Rust"})
    # "brought by X against Y": "against" hangs on X
    c = run("A lawsuit brought by Mara Quill against Brightwell Foods was thrown out.", "2024-05-08")
    assert_event(c, "legal.sue", {"agent": "Mara Quill", "target": "Brightwell Foods"})
    # "Y faces a lawsuit from X": "from" hangs on "faces"
    d = run("Brightwell Foods is facing a lawsuit from Mara Quill.", "2024-05-08")
    assert_event(d, "legal.sue", {"agent": "Mara Quill", "target": "Brightwell Foods"})


def test_said_on_a_programme_and_told_an_agency_by_its_initials_are_interviews() -> None:
    a = run("Lena Ross said on BBC Radio 4's Today programme that she had no regrets.", "2024-05-08")
    assert event_names(a, "report.interview", "agent") == ["Lena Ross"]
    b = run("The minister, Piet Aalders, said on the Avondshow television programme on Sunday that he would resign.", "2024-05-08")
    assert event_names(b, "report.interview", "agent") == ["Piet Aalders"]
    # a platform or a day is no programme
    assert_no_event(run("Lena Ross said on Instagram that she had no regrets.", "2024-05-08"), "report.interview")
    assert_no_event(run("Lena Ross said on Monday that the show would go on.", "2024-05-08"), "report.interview")
    # "told AFP she would appeal": the NER misses the initials before a bare clause
    c = run("Lena Ross told AFP she would appeal.", "2024-05-08")
    assert event_names(c, "report.interview", "agent") == ["Lena Ross"]


def test_charges_and_suits_brought_in_the_passive_name_who_is_charged_or_sued() -> None:
    a = run("Charges were brought against Omar Rust in 2021.", "2024-05-08")
    assert_event(a, "legal.charge", {"patient": "Omar Rust"})
    assert [e.time for e in typed(a, "legal.charge")] == ["2021"]
    b = run("Criminal charges were filed against the company's founder, Ivo Hart, last month.", "2024-05-08")
    assert_event(b, "legal.charge", {"patient": "Ivo Hart"})
    c = run("A lawsuit was filed against Brightwell Foods in March by Mara Quill.", "2024-05-08")
    assert_event(c, "legal.sue", {"agent": "Mara Quill", "target": "Brightwell Foods"})
    # "did not press charges": no charge
    d = run("Police did not press charges against Omar Rust.", "2024-05-08")
    assert [e.polarity for e in typed(d, "legal.charge")] == ["NEG"]


def test_held_or_released_without_charge_after_an_arrest_is_a_charge_that_never_came() -> None:
    a = run("A third man, a 19-year-old from Hull, was arrested at his home but was released without charge yesterday.", "2024-05-08")
    assert [(e.polarity, _roles(a, "legal.charge", "patient")) for e in typed(a, "legal.charge")] == [("NEG", ["A third man"])]
    b = run("Omar Rust was arrested in 1974 and held for 19 days without charge.", "2024-05-08")
    assert [(e.polarity, event_names(b, "legal.charge", "patient")) for e in typed(b, "legal.charge")] == [("NEG", ["Omar Rust"])]
    # the police who arrested are not the ones never charged
    c = run("Police arrested Omar Rust on Monday but released him without charge.", "2024-05-08")
    assert "Police" not in _roles(c, "legal.charge", "patient")
