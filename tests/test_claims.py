"""Claims stage: one small example per quote / reported-speech pattern and per certainty label,
plus a whole-document test on the worked example.  spaCy is loaded once for the module."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline import nlp
from dateline.extract import certainty, claims
from dateline.model import (
    ASSERTED,
    ATTRIBUTED,
    HEDGED,
    NEGATED,
    SPECULATIVE,
    Analysis,
    Claim,
    Document,
    Entity,
    Event,
    Mention,
    Sentence,
    Timex,
)

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "portman-millepied.txt"


@pytest.fixture(scope="module")
def parse():
    pipeline = nlp.load()

    def run(text: str, dct: str = "2024-03-14", timexes: list[Timex] | None = None,
            entities: list[Entity] | None = None, events: list[Event] | None = None) -> Analysis:
        doc = pipeline(text)
        analysis = Analysis(document=Document.make(text, dct))
        analysis.sentences = [Sentence(i, s.start_char, s.end_char) for i, s in enumerate(doc.sents)]
        analysis.timexes = timexes or []
        analysis.entities = entities or []
        analysis.events = events or []
        claims.run(doc, analysis, None)
        return analysis

    return run


def _timex(text: str, phrase: str, value: str) -> Timex:
    start = text.index(phrase)
    return Timex(start, start + len(phrase), phrase, "DATE", value)


def _event(text: str, word: str, event_id: str = "V1", polarity: str = "POS") -> Event:
    start = text.index(word)
    return Event(event_id, None, word, start, start + len(word), word, 0, polarity=polarity)


def _person(text: str, entity_id: str, *surfaces: str) -> Entity:
    mentions = []
    for surface in surfaces:
        start = text.index(surface)
        kind = "pronoun" if surface.lower() in {"she", "he"} else "name"
        mentions.append(Mention(start, start + len(surface), surface, 0, kind))
    return Entity(entity_id, "PERSON", surfaces[0], mentions)


def _only(found: list[Claim], fragment: str) -> Claim:
    matching = [c for c in found if fragment in c.text]
    assert len(matching) == 1, [c.text for c in found]
    return matching[0]


# ------------------------------------------------------------------------------ quote marks

def test_find_quotes_curly_straight_and_reopened_paragraph():
    text = 'He said "yes." She said “no.”\n\n“First part of a long quote.\n\n“Second part,” she added.'
    quotes = claims.find_quotes(text)
    spans = [text[q.start : q.end] for q in quotes]
    assert spans[0] == "yes."
    assert spans[1] == "no."
    assert spans[2].startswith("First part") and spans[2].endswith("Second part,")
    assert len(quotes) == 3


def test_unclosed_quote_not_reopened_ends_at_paragraph():
    text = "“An unclosed quote here\n\nA new paragraph without marks."
    quotes = claims.find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["An unclosed quote here"]


# ------------------------------------------------------------------------------ direct quotes

def test_direct_quote_after_attribution_strips_comma(parse):
    text = "“We have decided to separate,” Harlan Voss said on Monday."
    found = parse(text).claims
    assert len(found) == 1
    claim = found[0]
    assert (claim.kind, claim.text, claim.cue, claim.speaker_kind) == ("direct", "We have decided to separate", "said", "named")
    assert claim.speaker_text == "Harlan Voss"


def test_interrupted_quote_is_one_claim_per_part_with_shared_source(parse):
    text = "“The first part,” the mayor said, “and the second part.”"
    found = parse(text).claims
    assert [c.text for c in found] == ["The first part", "and the second part."]
    assert found[0].speaker_text == found[1].speaker_text == "the mayor"
    assert found[0].cue == found[1].cue == "said"


def test_quote_after_attribution_sentence_continues_speaker(parse):
    text = "“It was a long year,” Dana Ruiz said. “We are glad it is over.”"
    found = parse(text).claims
    assert len(found) == 2
    assert found[1].text == "We are glad it is over."
    assert found[1].speaker_text == "Dana Ruiz"


def test_quote_introduced_by_colon_and_multi_paragraph(parse):
    text = ("The coach told reporters: “We played well tonight.\n\n"
            "“We will play better next week.”")
    found = parse(text).claims
    assert len(found) == 1
    assert found[0].text.startswith("We played well") and found[0].text.endswith("next week.")
    assert found[0].speaker_text == "The coach"


def test_scare_quote_without_cue_is_not_a_claim(parse):
    text = "The so-called “golden hour” started at six in the evening."
    assert parse(text).claims == []


# ------------------------------------------------------------------------------ reported speech

def test_reported_speech_drops_complementizer_and_final_period(parse):
    text = "Lena Ortiz said that the company would open a new office in Lyon."
    claim = parse(text).claims[0]
    assert claim.kind == "reported"
    assert claim.text == "the company would open a new office in Lyon"
    assert claim.cue == "said"


def test_reported_speech_keeps_embedded_quote_and_closing_mark(parse):
    text = "A spokesman said the claims were “completely false.”"
    found = parse(text).claims
    assert len(found) == 1
    assert found[0].text == "the claims were “completely false.”"
    assert found[0].speaker_kind == "anonymous"


def test_told_outlet_and_anonymous_source(parse):
    text = "A source close to the couple told Celebrity Weekly that the pair had split in June."
    claim = parse(text).claims[0]
    assert claim.speaker_text == "A source close to the couple"
    assert claim.speaker_kind == "anonymous"
    assert claim.outlet_text == "Celebrity Weekly"
    assert claim.text == "the pair had split in June"


def test_trailing_attribution_after_the_clause(parse):
    text = "The singer got engaged during a trip to Lake Garda, Italy, a source close to the couple told Celebrity Weekly."
    found = parse(text).claims
    assert len(found) == 1
    assert found[0].text == "The singer got engaged during a trip to Lake Garda, Italy"
    assert found[0].speaker_text == "a source close to the couple"
    assert found[0].outlet_text == "Celebrity Weekly"


def test_trailing_act_with_object_is_not_an_attribution(parse):
    text = "On his own channel, Rafe Moss shared another photo."
    assert parse(text).claims == []


def test_date_of_a_time_clause_is_not_the_claims_date(parse):
    text = "When the news broke in June, two sources told Celebrity Weekly that the pair had split."
    claim = parse(text, dct="2023-08-07", timexes=[_timex(text, "June", "2023-06")]).claims[0]
    assert claim.date == "2023-08-07"
    assert claim.speaker_text == "two sources" and claim.speaker_kind == "anonymous"


def test_told_a_common_noun_is_not_an_outlet(parse):
    text = "The minister told reporters that the bill would pass."
    claim = parse(text).claims[0]
    assert claim.outlet_text is None


def test_according_to_outlet_and_source_who_spoke_to(parse):
    text = "According to a source who spoke to Daily Lantern, the band is planning a reunion tour."
    claim = parse(text).claims[0]
    assert claim.cue == "according to"
    assert claim.text == "the band is planning a reunion tour"
    assert claim.speaker_text == "a source"
    assert claim.outlet_text == "Daily Lantern"


def test_definite_source_refers_back_and_inherits_outlet(parse):
    text = ("An insider told Evening Star that the tour was cancelled. "
            "“Nobody saw it coming,” the source said.")
    first, second = parse(text).claims
    assert second.speaker_text == first.speaker_text == "An insider"
    assert second.outlet_text == "Evening Star"


def test_one_of_them_refers_back_to_the_unnamed_group(parse):
    text = ("According to two people familiar with the talks, the deal is close. "
            "One of them told Celebrity Weekly that a contract was drafted.")
    first, second = parse(text).claims
    assert second.speaker_kind == "anonymous"
    assert second.speaker_text == first.speaker_text == "two people familiar with the talks"
    assert second.outlet_text == "Celebrity Weekly"


def test_adding_that_inherits_speaker_and_question_is_not_claim(parse):
    text = "The firm said profits rose, adding that hiring would continue. It did not disclose how much it paid."
    found = parse(text).claims
    assert [c.text for c in found] == ["profits rose", "hiring would continue"]
    assert {c.speaker_text for c in found} == {"The firm"}


def test_outlet_that_obtained_and_described_is_speaker_and_outlet(parse):
    text = "Celebrity Weekly obtained photos of the pair and described the actor as “distressed” in the park."
    claim = parse(text).claims[0]
    assert claim.text == "distressed"
    assert claim.speaker_text == claim.outlet_text == "Celebrity Weekly"


def test_wrote_on_platform_gives_outlet(parse):
    text = "Milo Grant wrote on Instagram that he was grateful for the support."
    claim = parse(text).claims[0]
    assert claim.outlet_text == "Instagram"
    assert claim.cue == "wrote"


def test_imperative_note_is_not_a_claim(parse):
    assert parse("Please note that prices may change.").claims == []


# ------------------------------------------------------------------------------ speakers, dates

def test_pronoun_speaker_resolved_through_entity_cluster(parse):
    text = "Ada Brook won the race. “I trained for years,” she said."
    ada = _person(text, "E1", "Ada Brook", "she")
    claim = parse(text, entities=[ada]).claims[0]
    assert claim.speaker_kind == "pronoun"
    assert claim.speaker == "E1"


def test_date_from_attribution_and_default_dct(parse):
    text = "“I loved that role,” Ada Brook said in a 2018 interview. Ada Brook said she is happy."
    found = parse(text, dct="2023-08-07", timexes=[_timex(text, "2018", "2018")]).claims
    assert found[0].date == "2018"
    assert found[1].date == "2023-08-07"


def test_at_the_time_takes_the_latest_earlier_date(parse):
    text = "They filmed it in 2016. She told Film Weekly at the time: “It was exhausting.”"
    claim = parse(text, dct="2023-08-07", timexes=[_timex(text, "2016", "2016")]).claims[0]
    assert claim.date == "2016"
    assert claim.outlet_text == "Film Weekly"


# ------------------------------------------------------------------------------ certainty

@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("After news of his alleged infidelity, they split.", "infidelity", HEDGED),
        ("She learned he was allegedly cheating on her.", "cheating", HEDGED),
        ("He is said to have married her in Rome.", "married", HEDGED),
        ("The pair could marry next year.", "marry", SPECULATIVE),
        ("The pair did not marry in 2019.", "marry", NEGATED),
        ("He denied cheating on his wife.", "cheating", NEGATED),
        ("The pair married in 2019.", "married", ASSERTED),
        ("He is expected to announce a review next week.", "announce", SPECULATIVE),
        ("She was not arrested but was charged in May.", "charged", ASSERTED),
    ],
)
def test_certainty_labels(parse, text, word, expected):
    event = _event(text, word)
    parse(text, events=[event])
    assert event.certainty == expected
    assert event.claim is None


def test_negative_polarity_is_negated(parse):
    text = "The pair married in 2019."
    event = _event(text, "married", polarity="NEG")
    parse(text, events=[event])
    assert event.certainty == NEGATED


def test_event_inside_claim_is_attributed_and_listed(parse):
    text = "A friend told Star Weekly that the couple married in secret."
    event = _event(text, "married")
    analysis = parse(text, events=[event])
    claim = analysis.claims[0]
    assert (event.certainty, event.claim) == (ATTRIBUTED, claim.id)
    assert claim.events == [event.id]


def test_factive_cue_keeps_event_asserted_but_tied_to_claim(parse):
    text = "The club confirmed that it had signed the striker."
    event = _event(text, "signed")
    analysis = parse(text, events=[event])
    assert event.certainty == ASSERTED
    assert event.claim == analysis.claims[0].id


def test_hedge_wins_over_attribution_but_keeps_the_claim(parse):
    text = "A friend told Star Weekly that he was allegedly cheating."
    event = _event(text, "cheating")
    analysis = parse(text, events=[event])
    assert event.certainty == HEDGED
    assert event.claim == analysis.claims[0].id


def test_speculative_wins_over_hedged(parse):
    text = "He may have allegedly lied to investigators."
    event = _event(text, "lied")
    parse(text, events=[event])
    assert event.certainty == SPECULATIVE


def test_certainty_label_function_for_facts(parse):
    text = "The singer might retire soon."
    doc = nlp.load()(text)
    start = text.index("retire")
    assert certainty.label(doc, start, start + len("retire"), "POS", None) == SPECULATIVE


# ------------------------------------------------------------------------------ whole document

@pytest.fixture(scope="module")
def example():
    from dateline.pipeline import analyze_document

    raw = EXAMPLE.read_text(encoding="utf-8")
    assert raw.startswith(" date ")
    document = Document.make(raw[17:], raw[6:16])
    return analyze_document(document)


def test_example_claims(example):
    found = example.claims
    outs = _only(found, "currently on the outs")
    assert (outs.kind, outs.speaker_text, outs.speaker_kind, outs.outlet_text, outs.date) == (
        "direct", "an insider", "anonymous", "Us Weekly", "2023-08-07")
    repaired = _only(found, "could be repaired")
    assert (repaired.kind, repaired.speaker_text, repaired.outlet_text) == ("reported", "multiple sources", "Us Weekly")
    liaison = _only(found, "a brief and stupid liaison")
    assert liaison.speaker_kind == "anonymous" and liaison.outlet_text == "Us Weekly"
    know = _only(found, "doesn’t know")
    assert know.speaker_text == "Another source" and know.cue == "added"
    private = _only(found, "keeping her feelings private")
    assert (private.speaker_text, private.outlet_text) == ("a source", "People")
    berth = _only(found, "extremely wide berth")
    assert berth.speaker_kind == "anonymous" and berth.outlet_text == "RadarOnline"
    assert _only(found, "Portman’s friends were truly shocked").outlet_text == "RadarOnline"


def test_example_actress_quotes_via_people_and_interview_in_2018(example):
    fun = _only(example.claims, "It was really fun")
    met = _only(example.claims, "I met my husband on it")
    for claim in (fun, met):
        speaker = example.entity(claim.speaker)
        assert speaker is not None and speaker.name.endswith("Portman")
    assert fun.outlet_text == "People"
    assert "SiriusXM" in (met.outlet_text or "")
    if example.stages.get("time") == "ok":
        assert fun.date == "2018"
        assert met.date == "2018"


def test_example_hedged_events(example):
    hedged = {e.text for e in example.events if e.certainty == HEDGED}
    assert {"infidelity", "cheating"} <= hedged
    cheating = next(e for e in example.events if e.text == "cheating")
    assert cheating.claim is not None  # hedged, and still tied to the insider's claim


# ------------------------------------------------------------------------------ robustness

@given(st.text(alphabet=st.sampled_from(list('ab “”"«»\n.,')), max_size=60))
@settings(max_examples=150, deadline=None)
def test_find_quotes_spans_stay_inside_the_text(text):
    for quote in claims.find_quotes(text):
        assert 0 <= quote.open_mark < quote.start <= quote.end <= quote.after <= len(text)
        assert text[quote.start : quote.end].strip()


@pytest.mark.parametrize(
    "text",
    ["", "“", '"Unclosed quote said she', "“”", "Said.", "“A,” “B,” “C.”", "according to, said that."],
)
def test_odd_inputs_give_valid_claims(parse, text):
    for claim in parse(text).claims:
        assert 0 <= claim.start <= claim.end <= len(text)
        assert claim.kind in {"direct", "reported"}


# ------------------------------------------------------------------------------ session 2 classes

def _named(text: str, entity_id: str, kind: str, *surfaces: str) -> Entity:
    entity = _person(text, entity_id, *surfaces)
    entity.type = kind
    return entity


def test_relative_pronoun_speaker_is_the_antecedent_and_dates_the_claim(parse):
    text = "Among the guests was the violinist Petra Holm, who said on Friday that the hall was “magical.”"
    petra = _person(text, "E1", "Petra Holm")
    found = parse(text, dct="2022-05-09", entities=[petra], timexes=[_timex(text, "Friday", "2022-05-06")]).claims
    claim = _only(found, "the hall")
    assert claim.speaker == "E1"
    assert claim.date == "2022-05-06"


def test_outlet_noun_with_a_name_gives_the_outlet_even_for_a_person_like_name(parse):
    text = "Ravi Mott told the magazine Lindqvist that touring had been hard."
    ravi = _person(text, "E1", "Ravi Mott")
    lindqvist = _person(text, "E2", "Lindqvist")  # NER typed the magazine's name as a person
    claim = parse(text, entities=[ravi, lindqvist]).claims[0]
    assert claim.speaker == "E1"
    assert claim.outlet_text == "Lindqvist"


def test_speaker_who_works_for_a_named_outlet_gives_the_outlet(parse):
    text = "Oona Pike, the critic of the newspaper Morgenlicht, wrote that the play was too long."
    claim = parse(text).claims[0]
    assert claim.speaker_text.startswith("Oona Pike")
    assert claim.outlet_text == "Morgenlicht"


def test_post_named_on_the_object_sets_outlet_and_date_of_following_quote(parse):
    text = ("Dana Reyes confirmed their separation in a Facebook post on Sunday. "
            "“We could not be happier,” she wrote.")
    dana = _person(text, "E1", "Dana Reyes", "she")
    claim = parse(text, dct="2021-03-10", entities=[dana], timexes=[_timex(text, "Sunday", "2021-03-07")]).claims[0]
    assert claim.speaker == "E1"
    assert claim.outlet_text == "Facebook"
    assert claim.date == "2021-03-07"


def test_claim_date_is_a_day_not_a_time_of_day(parse):
    text = "“We won,” Tom Abara told supporters late on Saturday night."
    found = parse(text, dct="2019-04-08", timexes=[_timex(text, "late on Saturday night", "2019-04-06TNI")]).claims
    assert found[0].date == "2019-04-06"


def test_time_of_a_conjoined_clause_is_not_the_claims_date(parse):
    text = "The club said she would coach its juniors, and she hopes to open a school next year."
    found = parse(text, dct="2019-04-08", timexes=[_timex(text, "next year", "2020")]).claims
    assert _only(found, "coach its juniors").date == "2019-04-08"


def test_according_to_a_document_holds_the_speech_it_reports(parse):
    text = "According to the lawsuit, Kim Sato told the board in May that the figures were wrong."
    found = parse(text, timexes=[_timex(text, "May", "2024-05")]).claims
    assert len(found) == 1
    claim = found[0]
    assert claim.speaker_text == "the lawsuit"
    assert claim.speaker_kind == "anonymous"
    assert claim.text.startswith("Kim Sato told the board")
    assert claim.date == "2024-03-14"


def test_according_to_a_named_newspaper_is_speaker_and_outlet(parse):
    text = "The striker was approached by two clubs, according to the newspaper Het Dagblad."
    claim = parse(text).claims[0]
    assert claim.speaker_text == "Het Dagblad"
    assert claim.outlet_text == "Het Dagblad"


def test_author_of_published_figures_is_the_speaker(parse):
    text = "Turnout was 52 percent, according to figures released by the Harrow Electoral Commission."
    commission = _named(text, "E1", "ORG", "Harrow Electoral Commission")
    claim = parse(text, entities=[commission]).claims[0]
    assert claim.speaker == "E1"
    assert claim.outlet_text is None


def test_negated_subject_says_nothing(parse):
    text = "Not everyone agreed: the board reportedly rejected the plan last year."
    assert parse(text).claims == []
    assert parse("Anyone who says the plan will work is dreaming.").claims == []


def test_cue_in_a_relative_clause_leaves_the_pronoun_out(parse):
    text = "The phone has a battery that the maker says can last a week."
    claim = parse(text).claims[0]
    assert claim.text == "can last a week"
    assert claim.speaker_text == "the maker"


def test_definite_title_finds_the_person_it_titled(parse):
    text = ("She wrote to Chancellor Ilse Brandt on Monday. "
            "“Mr Obi is the right choice,” the chancellor told reporters.")
    ilse = _person(text, "E1", "Ilse Brandt")
    claim = parse(text, entities=[ilse]).claims[0]
    assert claim.speaker_text == "the chancellor"
    assert claim.speaker == "E1"


def test_definite_description_takes_the_name_in_its_own_clause(parse):
    text = "The society, which was renamed Green Acre Trust in 2020, said it had raised £2,000."
    trust = _named(text, "E1", "ORG", "Green Acre Trust")
    claim = parse(text, entities=[trust]).claims[0]
    assert claim.speaker == "E1"


def test_words_said_at_an_occasion_take_the_lead_events_day(parse):
    text = ("The council approved the new bridge on Tuesday.\n\n"
            "“This is a good day,” Mayor Lin Ode said outside the chamber after the meeting.\n\n"
            "The bridge will cost £40 million.\n\n"
            "“It will take years,” Lin Ode said.")
    found = parse(text, dct="2020-06-11", timexes=[_timex(text, "Tuesday", "2020-06-09")]).claims
    assert _only(found, "good day").date == "2020-06-09"
    assert _only(found, "take years").date == "2020-06-11"  # no occasion, paragraphs later: the article's date


def test_participle_occasion_dates_the_claim(parse):
    text = ("A judge jailed the fraudster on Monday.\n\n"
            "Sentencing him, Judge Ann Roe said he had shown no remorse.")
    found = parse(text, dct="2020-06-11", timexes=[_timex(text, "Monday", "2020-06-08")]).claims
    assert _only(found, "no remorse").date == "2020-06-08"


def test_speakers_dated_statement_dates_what_follows_in_the_paragraph(parse):
    text = "Abe Lund conceded on Monday afternoon. He said he would respect the result."
    abe = _person(text, "E1", "Abe Lund", "He")
    found = parse(text, dct="2020-06-11", entities=[abe],
                  timexes=[_timex(text, "Monday afternoon", "2020-06-08TAF")]).claims
    assert _only(found, "respect the result").date == "2020-06-08"


def test_possessive_description_is_not_its_possessor(parse):
    text = "Ned Fry will quit the band, his agent confirmed to Music Weekly on Monday."
    ned = _person(text, "E1", "Ned Fry", "his")
    claim = parse(text, entities=[ned]).claims[0]
    assert claim.speaker_text == "his agent"
    assert claim.speaker is None
    assert claim.outlet_text == "Music Weekly"


def test_outlet_name_with_punctuation_is_kept_whole(parse):
    text = "One insider told Hello! magazine: “She has not left the house in days.”"
    claim = parse(text).claims[0]
    assert claim.outlet_text == "Hello!"


def test_the_insider_going_on_keeps_the_first_statements_date(parse):
    text = "A source told Star Daily last month that the pair had been fighting. The insider added: “It was only a matter of time.”"
    found = parse(text, dct="2024-05-16", timexes=[_timex(text, "last month", "2024-04")]).claims
    assert [c.date for c in found] == ["2024-04", "2024-04"]
    assert found[1].outlet_text == "Star Daily"


def test_caption_attributes_a_quote_and_took_to_names_the_platform(parse):
    text = "Lia Moreno took to Instagram on Saturday to share the news. “Baby number two is on the way!” she captioned a photo."
    lia = _person(text, "E1", "Lia Moreno", "she")
    claim = parse(text, dct="2024-05-16", entities=[lia], timexes=[_timex(text, "Saturday", "2024-05-11")]).claims[0]
    assert claim.cue == "captioned"
    assert claim.speaker == "E1"
    assert claim.outlet_text == "Instagram"
    assert claim.date == "2024-05-11"


def test_that_clause_hung_on_a_statement_is_reported_speech(parse):
    text = "Brantwood Council said in a statement that the road would be closed for a week."
    claim = parse(text).claims[0]
    assert claim.text == "the road would be closed for a week"
    assert claim.speaker_text == "Brantwood Council"


def test_possessive_outlet_name_is_kept_whole(parse):
    text = "The actress told Harper's Bazaar that the past year had been hard."
    assert parse(text).claims[0].outlet_text == "Harper's Bazaar"


def test_more_speech_verbs_report_their_complement(parse):
    text = "Defence lawyers countered that he had been provoked."
    claim = parse(text).claims[0]
    assert (claim.cue, claim.text) == ("countered", "he had been provoked")


def test_the_before_a_name_makes_it_an_outlet_even_when_ner_says_person(parse):
    text = "According to a police report seen by the Gazette, the driver was over the limit."
    claim = parse(text).claims[0]
    assert claim.speaker_text == "a police report"
    assert claim.outlet_text == "Gazette"


def test_naming_verb_reports_a_judgement_but_not_a_label(parse):
    text = ("Writing in Stagecraft magazine, the critic Lou Park called the play “a long night with no reward.” "
            "She returned for what she called her “final bow before the rest.”")
    found = parse(text).claims
    assert [c.text for c in found] == ["a long night with no reward."]
    assert found[0].cue == "called"
    assert found[0].outlet_text == "Stagecraft"


def test_same_speaker_by_surname_keeps_the_outlet_when_no_entity_is_linked(parse):
    text = "Ana Ruiz told the Observer: “Writing saved me.” Ruiz, 45, said she wrote every morning."
    found = parse(text).claims
    assert [c.outlet_text for c in found] == ["Observer", "Observer"]


def test_quoted_as_saying_gives_speaker_and_outlet_active_and_passive(parse):
    text = ("The Courier quoted Mayor Ann Hill as saying the budget was out of control. "
            "Hill was quoted by the Courier as saying that taxes would not rise.")
    found = parse(text).claims
    assert [c.text for c in found] == ["the budget was out of control", "taxes would not rise"]
    assert [c.speaker_text for c in found] == ["Mayor Ann Hill", "Hill"]
    assert [c.outlet_text for c in found] == ["Courier", "Courier"]


def test_document_from_a_named_body_is_that_body_speaking(parse):
    text = "A statement from Buckingham Palace said the visit had been postponed."
    claim = parse(text).claims[0]
    assert claim.speaker_text == "Buckingham Palace"
    assert claim.speaker_kind == "named"


def test_capitalised_numeral_inside_a_name_is_part_of_the_outlet(parse):
    text = '"There\'s no truth to it," a rep for the actor told Page Six on Monday. The rep added that it was over.'
    assert parse(text).claims[0].outlet_text == "Page Six"


def test_question_then_attribution_then_new_quote_sentence(parse):
    text = "“Why would I leave?” Coach Dan Ivers asked. “I love it here.”"
    found = parse(text).claims
    assert [c.text for c in found] == ["Why would I leave?", "I love it here."]
    assert {c.speaker_text for c in found} == {"Coach Dan Ivers"}


def test_a_text_reads_a_quote_but_a_reader_does_not_report(parse):
    text = "The statement read: “The board has full confidence in her.” At the vigil, Joe Marr read a poem: “Do not weep.”"
    found = parse(text).claims
    assert [c.text for c in found] == ["The board has full confidence in her."]
    assert found[0].speaker_text == "The statement"


def test_bare_plural_speakers_are_anonymous_but_a_collective_is_named(parse):
    text = "Investigators said the fire was deliberate. Police said two men had been seen."
    found = parse(text).claims
    assert [(c.speaker_text, c.speaker_kind) for c in found] == [("Investigators", "anonymous"), ("Police", "named")]


def test_reported_clause_drops_discourse_adverb_focus_word_and_dangling_conjunction(parse):
    text = ("According to court papers, however, the pair divided their assets in May. "
            "The owners said only that they wanted a quiet sale. "
            "Her agent said the two were “old friends, nothing more,” and a lawyer said the matter was closed.")
    found = parse(text).claims
    texts = [c.text for c in found]
    assert "the pair divided their assets in May" in texts
    assert "they wanted a quiet sale" in texts
    assert "the two were “old friends, nothing more,”" in texts


def test_according_to_closing_a_clause_ends_the_content(parse):
    text = "The rider was approached by two teams, according to the newspaper Het Dagblad, but she said she was not ready."
    claim = _only(parse(text).claims, "two teams")
    assert claim.text == "The rider was approached by two teams"


def test_hedge_on_the_verb_a_participle_hangs_on_hedges_the_claim(parse):
    text = "She reportedly turned the offer down, saying she did not want to move."
    claim = parse(text).claims[0]
    assert claim.certainty == HEDGED


def test_participle_cue_takes_the_date_of_the_clause_chain_it_hangs_on(parse):
    text = "In 1990 she was offered a job in Paris but turned it down, saying she did not want to move."
    found = parse(text, dct="2020-06-11", timexes=[_timex(text, "1990", "1990")]).claims
    assert _only(found, "did not want to move").date == "1990"


def test_coordinated_speakers_name_both_and_take_the_pair_entity(parse):
    text = "Maya Holt and Finn Dale said in a joint statement that they remain friends."
    maya, finn = _person(text, "E1", "Maya Holt"), _person(text, "E2", "Finn Dale")
    pair = Entity("E3", "PERSON", "Maya Holt and Finn Dale", [], {"members": ["E1", "E2"]})
    claim = parse(text, entities=[maya, finn, pair]).claims[0]
    assert claim.speaker_text == "Maya Holt and Finn Dale"
    assert claim.speaker == "E3"
    alone = parse(text, entities=[maya, finn]).claims[0]
    assert alone.speaker == "E1"


def test_that_clause_on_comments_or_on_the_object_of_told_is_reported(parse):
    text = ("Ruth Kale said in comments to the Financial Times that the merger was off. "
            "Kale told BBC Radio 4's Today programme that the figures were wrong.")
    found = parse(text).claims
    assert [c.text for c in found] == ["the merger was off", "the figures were wrong"]
    assert found[0].outlet_text == "Financial Times"
    assert found[1].outlet_text.startswith("BBC Radio")


def test_a_name_ending_in_a_channel_word_is_the_outlet_itself(parse):
    text = "Appearing on The Late Show on Tuesday, Kale said she had no regrets."
    show = _named(text, "E1", "WORK", "The Late Show")
    claim = parse(text, entities=[show]).claims[0]
    assert claim.outlet_text == "The Late Show"


def test_opening_up_to_an_outlet_sets_the_outlet_of_the_next_quote(parse):
    text = "Ruth Kale opened up to Elle magazine about her divorce. “It broke me,” she said."
    ruth = _person(text, "E1", "Ruth Kale", "she")
    claim = parse(text, entities=[ruth]).claims[0]
    assert claim.outlet_text == "Elle"


def test_that_clause_parsed_as_a_relative_on_a_release_is_reported(parse):
    text = "The airline said in a press release that all flights would resume on Monday."
    assert [c.text for c in parse(text).claims] == ["all flights would resume on Monday"]
    assert parse("The airline said in a statement that was released late.").claims == []


def test_unresolved_it_continues_the_organisation_that_just_spoke(parse):
    text = "In a statement, Westfield Rovers said the manager had left. It added that a successor would be named soon."
    club = _named(text, "E1", "ORG", "Westfield Rovers")
    found = parse(text, entities=[club]).claims
    assert [c.speaker for c in found] == ["E1", "E1"]
    person = _person(text, "E1", "Westfield Rovers")  # a person speaking is not continued by "it"
    assert parse(text, entities=[person]).claims[1].speaker is None


def test_according_to_a_measure_is_no_source_and_data_from_a_body_is_that_body(parse):
    assert parse("Everything went according to plan, and the bridge opened on time.").claims == []
    text = "According to data from the Office for National Statistics, inflation fell to 3 percent."
    claim = parse(text).claims[0]
    assert claim.speaker_text == "the Office for National Statistics"


def test_unresolved_she_is_the_latest_woman_quoted_nearby(parse):
    text = "“We won,” Ada Brook said. “It was close,” Tom Reed said. “I trained for years,” she added."
    ada, tom = _person(text, "E1", "Ada Brook"), _person(text, "E2", "Tom Reed")
    ada.attrs["gender"], tom.attrs["gender"] = "female", "male"
    found = parse(text, entities=[ada, tom]).claims
    assert _only(found, "trained").speaker == "E1"
    del ada.attrs["gender"]  # two candidates, neither a known woman: no guess
    assert _only(parse(text, entities=[ada, tom]).claims, "trained").speaker is None


def test_an_interview_without_a_time_takes_the_date_its_claim_was_said(parse):
    text = "Omar Reyes told the Daily Ledger after Sunday's final that the team had earned it."
    interview = _event(text, "told")
    interview.type = "report.interview"
    untimed_other = _event(text, "earned", "V2")
    analysis = parse(text, timexes=[_timex(text, "Sunday", "2024-03-10")],
                     entities=[_person(text, "E1", "Omar Reyes")], events=[interview, untimed_other])
    assert analysis.claims[0].date == "2024-03-10"
    assert (interview.time, interview.time_source) == ("2024-03-10", "claim")
    assert untimed_other.time is None  # only the interview on the claim's own cue
    # no date in the attribution: the interview keeps no time (the claim falls back on the article's)
    text = "Omar Reyes told the Daily Ledger that the team had earned it."
    interview = _event(text, "told")
    interview.type = "report.interview"
    analysis = parse(text, entities=[_person(text, "E1", "Omar Reyes")], events=[interview])
    assert analysis.claims[0].date == "2024-03-14" and interview.time is None


def test_a_person_named_after_the_role_nouns_of_is_the_speaker(parse):
    text = ("Thousands met the team on Sunday night, and the mayor of Vesterby, Knut Havik, "
            "said the town would hold a parade.")
    mayor = _person(text, "E1", "Knut Havik")
    analysis = parse(text, entities=[mayor])
    assert (analysis.claims[0].speaker, analysis.claims[0].speaker_text) == ("E1", "Knut Havik")
    # an organisation described in apposition is not a speaker's name
    text = "The chairman of Acme Corp, a London firm, said profits would rise."
    analysis = parse(text, entities=[Entity("E1", "ORG", "Acme Corp", [Mention(16, 25, "Acme Corp", 0, "name")])])
    assert analysis.claims[0].speaker is None
    assert analysis.claims[0].speaker_text == "The chairman of Acme Corp"


def test_a_parse_rooted_on_a_noun_before_the_cue_does_not_hang():
    # a noun root before "told", reached from the words just before it: the climb must stop there
    from spacy.tokens import Doc

    words = ["Results", ",", "analysts", "told", "us", "."]
    doc = Doc(nlp.load().vocab, words=words, heads=[0, 0, 0, 0, 3, 0],
              deps=["ROOT", "punct", "dep", "acl", "dobj", "punct"],
              pos=["NOUN", "PUNCT", "NOUN", "VERB", "PRON", "PUNCT"],
              lemmas=["result", ",", "analyst", "tell", "we", "."], sent_starts=[True] + [False] * 5)
    analysis = Analysis(document=Document.make(doc.text, "2024-03-14"))
    analysis.sentences = [Sentence(0, 0, len(doc.text))]
    claims.run(doc, analysis, None)
    assert all(c.start < c.end for c in analysis.claims)


def test_an_interview_is_not_dated_by_the_article_date_a_claim_carries_over(parse):
    text = 'Daniel Mercado said his client had done nothing wrong. "She raised her hand," he told the Boston Globe.'
    interview = _event(text, "told")
    interview.type = "report.interview"
    lawyer = _person(text, "E1", "Daniel Mercado", "he")
    analysis = parse(text, entities=[lawyer], events=[interview])
    assert [c.date for c in analysis.claims] == ["2024-03-14", "2024-03-14"]
    assert interview.time is None
