"""The entities stage: name repair, clusters, attributes, coreference and the span lookups."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline import nlp
from dateline.extract import entities
from dateline.model import Analysis, Document, Entity

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "portman-millepied.txt"


@pytest.fixture(scope="module")
def pipeline():  # noqa: ANN201
    return nlp.load()


def analyze(pipeline, text: str, dct: str = "2024-05-01") -> Analysis:  # noqa: ANN001
    doc = pipeline(text)
    analysis = Analysis(document=Document.make(text, dct))
    entities.run(doc, analysis, None)
    return analysis


def by_name(analysis: Analysis, name: str) -> Entity:
    found = [e for e in analysis.entities if e.name == name]
    assert len(found) == 1, [(e.id, e.name) for e in analysis.entities]
    return found[0]


def texts(entity: Entity, kind: str | None = None) -> list[str]:
    return [m.text for m in entity.mentions if kind is None or m.kind == kind]


def owner_of(analysis: Analysis, text: str, occurrence: int = 0) -> str | None:
    start = -1
    for _ in range(occurrence + 1):
        start = analysis.document.text.index(text, start + 1)
    return entities.entity_for_span(analysis, start, start + len(text))


BUSINESS = (
    "Harwick Industries Inc. agreed on Monday to buy the software maker Lumetra for $2 billion. "
    "Harwick's chief executive, Dana Whitfield, said the deal would close in June. "
    "Whitfield, 49, has led the company since 2019. "
    "Lumetra was founded in 2011 by Omar Salib, who will stay on as an adviser. "
    "Harwick said its shares rose 4 percent."
)


def test_business_clusters_roles_and_age(pipeline) -> None:  # noqa: ANN001
    a = analyze(pipeline, BUSINESS)
    ceo = by_name(a, "Dana Whitfield")
    assert ceo.type == "PERSON"
    assert texts(ceo, "name") == ["Dana Whitfield", "Whitfield"]
    assert ceo.attrs["age"] == 49 and ceo.attrs["age_as_of"] == "2024-05-01"
    assert "chief executive" in ceo.attrs["roles"] or "executive" in ceo.attrs["roles"]
    harwick = by_name(a, "Harwick Industries Inc.")
    assert harwick.type == "ORG"
    # the short name and the possessive are mentions of the same company
    assert owner_of(a, "Harwick", 1) == harwick.id
    assert owner_of(a, "Harwick said") == harwick.id
    assert by_name(a, "Omar Salib").type == "PERSON"
    assert owner_of(a, "Omar Salib") != harwick.id
    # ids follow first mention
    assert [e.id for e in a.entities] == [f"E{i}" for i in range(1, len(a.entities) + 1)]
    assert a.entities[0].id == harwick.id


POLITICS = (
    "Senator Maria Lopez, 54, announced on Tuesday that she will run for governor. "
    "Lopez told supporters in Fresno that her campaign would focus on water. "
    "Her husband, Daniel Lopez, a retired teacher, stood beside her. "
    "Lopez said she had discussed the decision with her family for months."
)


def test_politics_pronouns_gender_and_shared_surname(pipeline) -> None:  # noqa: ANN001
    a = analyze(pipeline, POLITICS)
    maria = by_name(a, "Maria Lopez")
    daniel = by_name(a, "Daniel Lopez")
    assert maria.attrs["gender"] == "female" and daniel.attrs["gender"] == "male"
    assert maria.attrs["age"] == 54
    # a bare surname shared by two people goes to the one the article is about
    assert owner_of(a, "Lopez told") == maria.id
    assert owner_of(a, "Lopez said") == maria.id
    # pronouns join the woman, the relation noun joins the named husband
    assert owner_of(a, "she will run") == maria.id
    assert owner_of(a, "her campaign") == maria.id
    assert owner_of(a, "husband") == daniel.id
    assert "husband" in daniel.attrs["roles"]
    assert owner_of(a, "she had discussed") == maria.id


SPORT = (
    "Riverton FC have signed the striker Kevin Moyo from Eastgate Rovers. "
    "Moyo scored 21 goals last season and said he was proud to join the club. "
    "The 27-year-old will wear the number nine shirt. "
    "Riverton's manager, Pia Sandvik, said she had followed him for two years."
)


def test_sport_titles_org_suffix_and_binding(pipeline) -> None:  # noqa: ANN001
    a = analyze(pipeline, SPORT)
    moyo = by_name(a, "Kevin Moyo")
    club = by_name(a, "Riverton FC")
    assert club.type == "ORG"
    assert owner_of(a, "he was proud") == moyo.id
    assert owner_of(a, "the club") == club.id
    assert owner_of(a, "The 27-year-old") == moyo.id
    assert moyo.attrs["age"] == 27
    assert owner_of(a, "Riverton's") == club.id
    sandvik = by_name(a, "Pia Sandvik")
    assert owner_of(a, "she had followed") == sandvik.id
    assert owner_of(a, "him for two") == moyo.id  # not the subject of its own verb


CRIME = (
    "Anna Berg met Lisa Holm at a bar in Leeds in March. "
    "Berg told police that Holm had attacked her with a bottle. "
    "Holm, 31, was charged with assault on Friday. "
    "Her lawyer, Peter Quill, said she would plead not guilty."
)


def test_crime_binding_keeps_object_pronoun_off_its_subject(pipeline) -> None:  # noqa: ANN001
    a = analyze(pipeline, CRIME)
    berg, holm = by_name(a, "Anna Berg"), by_name(a, "Lisa Holm")
    assert owner_of(a, "her with") == berg.id
    assert holm.attrs["age"] == 31
    quill = by_name(a, "Peter Quill")
    assert "lawyer" in quill.attrs["roles"]
    assert owner_of(a, "she would plead") == holm.id


CELEBRITY = (
    "Singer Mia Lane and husband Carl Dunn have separated after eight years of marriage. "
    "The couple married in 2016 in Rome. "
    "They have one daughter. "
    "Lane's new album comes out in May, and she said her husband had helped write it."
)


def test_celebrity_couple_group_and_relation_noun(pipeline) -> None:  # noqa: ANN001
    a = analyze(pipeline, CELEBRITY)
    lane, dunn = by_name(a, "Mia Lane"), by_name(a, "Carl Dunn")
    group = entities.entity_for_span(a, *_find(a, "The couple"))
    couple = a.entity(group)
    assert couple is not None and couple.type == "PERSON"
    assert sorted(couple.attrs["members"]) == sorted([lane.id, dunn.id])
    assert couple.name == "Mia Lane and Carl Dunn"
    assert owner_of(a, "They have") == couple.id
    assert owner_of(a, "Lane's") == lane.id
    assert owner_of(a, "she said") == lane.id
    assert owner_of(a, "husband had") == dunn.id
    assert lane.attrs["gender"] == "female" and "singer" in lane.attrs["roles"]


def _find(a: Analysis, text: str) -> tuple[int, int]:
    start = a.document.text.index(text)
    return start, start + len(text)


def test_conservative_when_two_people_fit(pipeline) -> None:  # noqa: ANN001
    text = "Tom Reed and Paul Grant argued in court on Monday. He later left the building."
    a = analyze(pipeline, text)
    assert owner_of(a, "He later") is None


def test_lookups(pipeline) -> None:  # noqa: ANN001
    a = analyze(pipeline, BUSINESS)
    start, end = _find(a, "Dana Whitfield")
    ceo = entities.entity_for_span(a, start, end)
    assert ceo == by_name(a, "Dana Whitfield").id
    assert entities.entity_for_span(a, start + 2, start + 4) == ceo  # partial overlap
    assert entities.entity_for_span(a, *_find(a, "for $2 billion")) is None
    doc = pipeline(a.document.text)
    token = next(t for t in doc if t.text == "Salib")
    assert entities.entity_for_token(a, token) == by_name(a, "Omar Salib").id
    assert entities.entity_for_token(a, doc[-1]) is None  # the final full stop


def test_offsets_and_sentences_are_consistent(pipeline) -> None:  # noqa: ANN001
    a = analyze(pipeline, POLITICS + " " + CELEBRITY)
    doc = pipeline(a.document.text)
    sentences = list(doc.sents)
    seen = set()
    for entity in a.entities:
        for m in entity.mentions:
            assert a.document.text[m.start : m.end] == m.text
            assert sentences[m.sentence].start_char <= m.start < sentences[m.sentence].end_char
            assert m.kind in ("name", "nominal", "pronoun", "title")
            assert (m.start, m.end) not in seen
            seen.add((m.start, m.end))
    spans = sorted((m.start, m.end) for e in a.entities for m in e.mentions)
    assert all(prev[1] <= nxt[0] for prev, nxt in zip(spans, spans[1:], strict=False))  # no overlaps
    assert Analysis.from_dict(a.to_dict()).entities == a.entities


def test_whole_example_article(pipeline) -> None:  # noqa: ANN001
    raw = EXAMPLE.read_text(encoding="utf-8")
    head, _, text = raw.lstrip().partition(" ")
    dct, _, text = text.partition(" ")
    assert head == "date"
    a = analyze(pipeline, text, dct)
    people = [e for e in a.entities if e.type == "PERSON" and "members" not in e.attrs]
    wife = next(e for e in people if e.name == "Natalie Portman")
    husband = next(e for e in people if e.name == "Benjamin Millepied")
    # one cluster each, including the surname and first-name mentions NER mislabelled or missed
    assert [e for e in people if "Portman" in e.name or "Millepied" in e.name] == [wife, husband] or \
        [e for e in people if "Portman" in e.name or "Millepied" in e.name] == [husband, wife]
    assert texts(wife, "name").count("Portman") >= 10 and "Natalie" in texts(wife, "name")
    assert texts(husband, "name").count("Millepied") >= 5 and "Benjamin" in texts(husband, "name")
    assert wife.attrs["gender"] == "female" and husband.attrs["gender"] == "male"
    assert "husband" in texts(husband, "nominal")
    start = a.document.text.index("Portman and Millepied collaborated")
    assert entities.entity_for_span(a, start, start + len("Portman")) == wife.id
    assert owner_of(a, "Millepied collaborated") == husband.id
    assert owner_of(a, "Benjamin’s affair") == husband.id
    us_weekly = [e for e in a.entities if e.name == "Us Weekly"]
    assert len(us_weekly) == 1 and us_weekly[0].type == "ORG" and len(us_weekly[0].mentions) == 2
    activist = next(e for e in a.entities if e.attrs.get("age") == 25)
    assert activist.type == "PERSON" and activist.attrs["age_as_of"] == dct
    assert "climate activist" in activist.attrs["roles"]
    couple = a.entity(owner_of(a, "The couple"))
    assert couple is not None and sorted(couple.attrs["members"]) == sorted([wife.id, husband.id])
    assert owner_of(a, "Black Swan") == owner_of(a, "Black Swan", 1) == owner_of(a, "Black Swan", 2)
    assert a.entity(owner_of(a, "Black Swan")).type == "WORK"
    # NER's "Getty Images Photo" person is not a person; determiners and possessives are trimmed
    assert all("Photo" not in e.name for e in people)
    assert all(not e.name.lower().startswith(("her ", "his ", "the ")) for e in a.entities if "members" not in e.attrs)
    assert any(e.name == "National Women’s Soccer League" and e.type == "ORG" for e in a.entities)
    # first-person pronouns in her quotations are hers, and "my husband" is him
    start = a.document.text.index("I met my husband")
    assert entities.entity_for_span(a, start, start + 1) == wife.id
    assert entities.entity_for_span(a, start + 9, start + 16) == husband.id


COURT = (
    "Police in Dayton have arrested a 19-year-old man in connection with the shooting of a store clerk. "
    "Marcus Bell was taken into custody on Friday at his mother's home, Sergeant Lisa Moreno said. "
    "Bell is charged with aggravated robbery. The clerk, 52-year-old Harold Finch, remains in hospital. "
    "Moreno said Bell had confessed to the robbery. His lawyer, Kevin Ruiz, declined to comment."
)


def test_crime_repairs_and_age_before_name(pipeline) -> None:  # noqa: ANN001
    a = analyze(pipeline, COURT, "2022-11-20")
    bell = by_name(a, "Marcus Bell")
    assert bell.type == "PERSON" and texts(bell, "name").count("Bell") == 2
    assert owner_of(a, "His") == bell.id
    assert owner_of(a, "lawyer") == by_name(a, "Kevin Ruiz").id
    finch = by_name(a, "Harold Finch")
    assert finch.attrs["age"] == 52 and finch.attrs["age_as_of"] == "2022-11-20"
    assert "sergeant" in by_name(a, "Lisa Moreno").attrs["roles"]


def test_scores_trimmed_and_quoted_speaker_not_own_pronoun(pipeline) -> None:  # noqa: ANN001
    text = (
        "Defending champion Sophie Marchetti lost to Elena Varga 6-4, 7-5 on Saturday. "
        "Varga, 24, broke serve twice. \"She played better today,\" Marchetti said."
    )
    a = analyze(pipeline, text)
    marchetti = by_name(a, "Sophie Marchetti")
    assert "age" not in marchetti.attrs  # "7-5" is a score, not an age
    assert all(not any(c.isdigit() for c in e.name) for e in a.entities)
    assert owner_of(a, "She played") != marchetti.id


def test_organisation_pronouns(pipeline) -> None:  # noqa: ANN001
    text = (
        "Northvale Bank said on Monday it had agreed to sell its insurance arm to Corbel Group. "
        "Corbel said its offer was final."
    )
    a = analyze(pipeline, text)
    bank, corbel = by_name(a, "Northvale Bank"), by_name(a, "Corbel Group")
    assert owner_of(a, "it had") == bank.id
    assert owner_of(a, "its insurance") == bank.id
    assert owner_of(a, "its offer") == corbel.id
    assert owner_of(a, "Corbel said") == corbel.id


BIRTH = (
    "Pop star Jalen Price and model Ava Stone have welcomed their first child, a son named Rio. "
    "The couple announced the birth on Sunday. "
    "Price, 29, and Stone, 26, met in 2018 at a party in Los Angeles. "
    "Stone's mother, Diane Stone, told reporters that she was thrilled for the pair."
)


def test_birth_story_surnames_at_sentence_start_and_reported_subject(pipeline) -> None:  # noqa: ANN001
    a = analyze(pipeline, BIRTH, "2021-06-14")
    price, stone = by_name(a, "Jalen Price"), by_name(a, "Ava Stone")
    assert owner_of(a, "Price, 29") == price.id and price.attrs["age"] == 29
    assert stone.attrs["age"] == 26 and "model" in stone.attrs["roles"]
    assert "pop star" in price.attrs["roles"]
    mother = by_name(a, "Diane Stone")
    assert owner_of(a, "Stone's") == stone.id  # the surname alone is the one named most
    assert owner_of(a, "she was thrilled") == mother.id
    pair = a.entity(owner_of(a, "the pair"))
    assert pair is not None and sorted(pair.attrs["members"]) == sorted([price.id, stone.id])
    assert owner_of(a, "their first") == pair.id


def test_first_person_in_quotes_is_the_speaker(pipeline) -> None:  # noqa: ANN001
    text = (
        "Singer Mia Lane and husband Carl Dunn have separated. "
        "\"I will always love him,\" Lane told reporters on Monday. "
        "\"My husband gave me two wonderful years.\" "
        "An insider said: \"I never saw it coming.\""
    )
    a = analyze(pipeline, text)
    lane, dunn = by_name(a, "Mia Lane"), by_name(a, "Carl Dunn")
    assert owner_of(a, "I will") == lane.id
    assert owner_of(a, "him") == dunn.id
    assert owner_of(a, "me two") == lane.id  # the quotation goes on in the next sentence
    assert owner_of(a, "husband gave") == dunn.id
    assert owner_of(a, "I never") is None  # an unnamed speaker is no entity


def test_three_people_are_no_couple(pipeline) -> None:  # noqa: ANN001
    text = "Jane Doe, John Roe and Jim Poe founded the studio in 2015. They sold it last year. The couple left."
    a = analyze(pipeline, text)
    group = a.entity(owner_of(a, "They"))
    assert group is not None and len(group.attrs["members"]) == 3
    assert owner_of(a, "The couple") is None


def test_shared_first_name_stays_apart(pipeline) -> None:  # noqa: ANN001
    text = (
        "Tom Reed and Tom Grant opened a bakery in Leeds in 2019. "
        "Reed said the shop was busy every day. Tom said the rent had doubled."
    )
    a = analyze(pipeline, text)
    reed, grant = by_name(a, "Tom Reed"), by_name(a, "Tom Grant")
    assert owner_of(a, "Reed said") == reed.id
    assert owner_of(a, "Tom said") not in (reed.id, grant.id)


def test_appositions_and_former_titles(pipeline) -> None:  # noqa: ANN001
    text = (
        "Rachel Osei, a 47-year-old economist, was named finance minister on Monday. "
        "Osei replaces Ben Clarke, who resigned in May. "
        "The former minister said he wished her well."
    )
    a = analyze(pipeline, text)
    osei, clarke = by_name(a, "Rachel Osei"), by_name(a, "Ben Clarke")
    assert owner_of(a, "a 47-year-old economist") == osei.id
    assert osei.attrs["age"] == 47 and "economist" in osei.attrs["roles"]
    assert owner_of(a, "he wished") == clarke.id
    assert owner_of(a, "her well") == osei.id


def test_places_and_organisations_sharing_words(pipeline) -> None:  # noqa: ANN001
    text = (
        "The Washington Post reported on Monday that Washington will raise taxes. "
        "Officials in Washington declined to comment."
    )
    a = analyze(pipeline, text)
    city = a.entity(owner_of(a, "Washington will"))
    assert city is not None and city.type == "GPE"
    paper = a.entity(owner_of(a, "Washington Post"))
    assert paper is not None and paper.type == "ORG" and paper.id != city.id


@pytest.mark.parametrize(("text", "name", "age"), [
    ("Rita Vance died at 88 on Sunday at her home.", "Rita Vance", 88),
    ("Omar Tull died on Friday at the age of 77.", "Omar Tull", 77),
    ("Rita Vance died on Sunday. She was 92.", "Rita Vance", 92),
    ("Gil Moreau (44) was questioned by police.", "Gil Moreau", 44),
    ("Gil Moreau, aged 29, was questioned by police.", "Gil Moreau", 29),
    ("Gil Moreau, who is 35, runs a bakery.", "Gil Moreau", 35),
    ("Gil Moreau, now 61, runs a bakery.", "Gil Moreau", 61),
    ("Gil Moreau, aged just 19, won the race.", "Gil Moreau", 19),
    ("Gil Moreau, who turned 50 last week, runs a bakery.", "Gil Moreau", 50),
    ("Folk singer Ada Quill toured Spain. The “Paper Moons” singer, 27, sold out every show.", "Ada Quill", 27),
])
def test_ages_next_to_any_mention(pipeline, text: str, name: str, age: int) -> None:  # noqa: ANN001
    entity = by_name(analyze(pipeline, text), name)
    assert entity.attrs.get("age") == age


def test_age_needs_a_bare_number_and_a_plain_clause(pipeline) -> None:  # noqa: ANN001
    a = analyze(pipeline, "Gil Moreau was 17 when he joined the army. Ada Quill was 40 percent richer. "
                          "Tom Reed, now 45 years into his career, spoke.")
    assert "age" not in by_name(a, "Gil Moreau").attrs
    assert "age" not in by_name(a, "Ada Quill").attrs
    assert "age" not in by_name(a, "Tom Reed").attrs


def test_a_name_found_once_is_found_where_ner_missed_it(pipeline) -> None:  # noqa: ANN001
    from spacy.tokens import Span

    from dateline.extract.names import find_names

    doc = pipeline("Velmont Systems cut jobs.\n\nVelmont Systems, the Ohio-based maker of pumps, said so.")
    doc.ents = [Span(doc, 0, 2, label="ORG")]  # NER marked the first occurrence only
    found = [(doc[s.start : s.end].text, s.start, s.label) for s in find_names(doc)]
    assert found == [("Velmont Systems", 0, "ORG"), ("Velmont Systems", 6, "ORG"), ("Ohio", 10, "GPE")]  # "Ohio-based"


def test_a_first_name_joins_a_surname_ner_took_for_a_place(pipeline) -> None:  # noqa: ANN001
    from spacy.tokens import Span

    from dateline.extract.names import find_names

    doc = pipeline("The film opened on Friday. Pilar Montoya, the critic, called it a slow ache.")
    start = [t.i for t in doc if t.text == "Montoya"][0]
    doc.ents = [Span(doc, start, start + 1, label="GPE")]  # NER: the surname alone, as a place
    assert [(doc[s.start : s.end].text, s.label) for s in find_names(doc)] == [("Pilar Montoya", "PERSON")]


def test_told_a_capitalised_common_word_is_an_outlet(pipeline) -> None:  # noqa: ANN001
    a = analyze(pipeline, "A source close to the couple told People that the pair had split.")
    assert [(e.name, e.type) for e in a.entities] == [("People", "ORG")]


def test_an_organisation_of_a_place_is_one_name(pipeline) -> None:  # noqa: ANN001
    from spacy.tokens import Span

    from dateline.extract.names import find_names

    doc = pipeline("Ada Quill, an astrophysicist at the University of Edinburgh, led the study.")
    start = [t.i for t in doc if t.text == "Edinburgh"][0]
    doc.ents = [Span(doc, start, start + 1, label="GPE")]  # NER: the place alone
    found = [(doc[s.start : s.end].text, s.label) for s in find_names(doc)]
    assert ("University of Edinburgh", "ORG") in found and not any(text == "Edinburgh" for text, _ in found)
    assert found == [("Ada Quill", "PERSON"), ("University of Edinburgh", "ORG")]  # NER's miss: a first name and a surname


def test_a_post_said_of_a_person_lets_a_title_find_them(pipeline) -> None:  # noqa: ANN001
    text = ("Ada Quill was elected mayor of Westmere on Sunday, defeating Tom Reed. Reed conceded. "
            "The new mayor grew up in the city.")
    a = analyze(pipeline, text)
    assert "mayor" in by_name(a, "Ada Quill").attrs["roles"]
    assert owner_of(a, "The new mayor") == by_name(a, "Ada Quill").id


def test_a_possessed_organisation_noun_is_not_its_possessor(pipeline) -> None:  # noqa: ANN001
    text = ("Ada Quill joined Edinburgh University in 2016 after a fellowship at the Kessler Institute. "
            "She was appointed head of the university's exoplanet group in 2020.")
    a = analyze(pipeline, text)
    assert owner_of(a, "exoplanet group") is None


def test_a_short_name_of_a_company_is_the_company_until_a_person_bearing_it_is_named_more(pipeline) -> None:  # noqa: ANN001
    text = ("Brantock Foods, the York-based baker, named a new chairman on Monday. Brantock cut 90 jobs last year. "
            "Brantock's shares rose. The firm was founded in 1950 by Ivor Brantock. His son, Neil Brantock, left in 2001.")
    analysis = analyze(pipeline, text)
    company = by_name(analysis, "Brantock Foods")
    assert company.type == "ORG"
    assert owner_of(analysis, "Brantock", 1) == company.id and owner_of(analysis, "Brantock", 2) == company.id
    assert by_name(analysis, "Ivor Brantock").id != company.id


def test_an_organisation_suffix_ner_left_out_joins_the_name_and_wins_over_a_product(pipeline) -> None:  # noqa: ANN001
    text = ("Quorvel Devices unveiled the Quorvel Pad on Monday. The Quorvel Pad costs $300. "
            "Quorvel said it had sold 4,000 units, and Quorvel plans a second model.")
    analysis = analyze(pipeline, text)
    company = [e for e in analysis.entities if e.name == "Quorvel Devices"]
    assert len(company) == 1 and company[0].type == "ORG"
    assert owner_of(analysis, "Quorvel", 3) == company[0].id


def test_a_building_word_ends_a_place_name_and_a_co_star_is_a_person(pipeline) -> None:  # noqa: ANN001
    text = ("Thieves took two clocks from Ashdown Hall, a country house in Kent, in May. "
            "The actor was seen at dinner with his co-star Mireille Danton in Lyon.")
    analysis = analyze(pipeline, text)
    assert by_name(analysis, "Ashdown Hall").type == "FAC"
    assert by_name(analysis, "Mireille Danton").type == "PERSON"


def test_a_first_name_before_a_known_surname_is_another_bearer_and_mr_picks_the_man(pipeline) -> None:  # noqa: ANN001
    text = ("Tomas Ferrand wrote the book with his daughter, Ines Ferrand, last year. "
            "Colette Ferrand said the family was proud. Colette Ferrand added that she cried. "
            "Mr Ferrand, 70, said nothing.")
    analysis = analyze(pipeline, text)
    father, daughter = by_name(analysis, "Tomas Ferrand"), by_name(analysis, "Ines Ferrand")
    assert father.id != daughter.id
    assert owner_of(analysis, "Ferrand", 4) == father.id and father.attrs.get("age") == 70


def test_an_organisation_suffix_outweighs_a_role_noun_before_the_name(pipeline) -> None:  # noqa: ANN001
    analysis = analyze(pipeline, "Filming stopped when the original producer, Corvane Films, ran out of money.")
    assert by_name(analysis, "Corvane Films").type == "ORG"


PLACE_STORY = ("Marta Lindqvist flew in from Copenhagen. Copenhagen officials welcomed her, "
               "and she toured Copenhagen.")


def test_a_real_city_ner_mislabels_is_repaired_by_the_gazetteer(pipeline, monkeypatch) -> None:  # noqa: ANN001
    from dateline.extract import names

    assert by_name(analyze(pipeline, PLACE_STORY), "Copenhagen").type == "GPE"
    monkeypatch.setattr(names, "GAZETTEER_VOTE", 0.0)  # the vote is what repairs it
    assert by_name(analyze(pipeline, PLACE_STORY), "Copenhagen").type != "GPE"


def test_gazetteer_matches_whole_names_with_or_without_accents() -> None:
    from dateline.extract.gazetteer import place_label

    assert place_label("Copenhagen") == "GPE" and place_label("Europe") == "LOC"
    assert place_label("Malmö") == "GPE" and place_label("Malmo") == "GPE"
    assert place_label("Svalbard") == "GPE"  # a part of "Svalbard and Jan Mayen"
    assert place_label("Bank of Lisbon") is None and place_label("copenhagen") is None


@pytest.mark.parametrize(("text", "names"), [
    ("Jordan Reyes said the plan would work. Jordan said it twice.", ["Jordan Reyes", "Jordan"]),
    ("Paris Hilton arrived late. Hilton said she was tired.", ["Paris Hilton", "Hilton"]),
    ("Denzel Washington attended the gala. Washington said he loved the film. Washington smiled.",
     ["Denzel Washington", "Washington", "Washington"]),
])
def test_people_named_like_places_stay_people(pipeline, text: str, names: list[str]) -> None:  # noqa: ANN001
    a = analyze(pipeline, text)
    person = by_name(a, names[0])
    assert person.type == "PERSON"
    assert texts(person, "name") == names
    assert not [e for e in a.entities if e.type in ("GPE", "LOC")]


def test_an_organisation_named_after_a_place_stays_an_organisation(pipeline) -> None:  # noqa: ANN001
    a = analyze(pipeline, "The Bank of Lisbon raised its rates on Monday. The Bank of Lisbon said inflation was falling.")
    assert by_name(a, "Bank of Lisbon").type == "ORG"
    assert not [e for e in a.entities if e.name == "Lisbon"]


def test_a_pronoun_in_a_relative_clause_is_not_the_noun_the_clause_is_about(pipeline) -> None:  # noqa: ANN001
    text = ("Maren Solberg sued the studio on Monday. Solberg lives in Bergen with her wife, the composer "
            "Ines Carvalho, whom she married in 2021. She said on Wednesday that she had hesitated.")
    a = analyze(pipeline, text)
    solberg = by_name(a, "Maren Solberg")
    assert owner_of(a, "she married") == solberg.id
    assert owner_of(a, "She said") == solberg.id
    # a pronoun deeper in the clause may still be its noun: "Y, who said she was proud"
    a = analyze(pipeline, "Tom Baker thanked his wife, Jane Doe, who said she was proud of him.")
    assert owner_of(a, "she was proud") == by_name(a, "Jane Doe").id


def test_a_name_after_a_common_noun_inside_one_ner_span(pipeline) -> None:  # noqa: ANN001
    """NER sometimes takes a descriptor into the name ("the Stockholm fund Falkdal Ventures"): the
    name is what follows the last common noun; "of" and name particles stay inside names."""
    text = (
        "The start-up raised $12 million from the Stockholm fund Falkdal Ventures last spring. "
        "Its founder studied at the University of Edinburgh and worked for Banco de la Plata."
    )
    a = analyze(pipeline, text)
    names = {e.name for e in a.entities}
    assert "Falkdal Ventures" in names
    assert not [n for n in names if "fund" in n]
    assert "University of Edinburgh" in names
