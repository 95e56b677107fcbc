"""Phrasings found in session 18, each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types as _types
from handmade import event_args as _events
from handmade import facts_by_pair as _facts


def test_a_firm_described_by_a_trade_of_people_or_firms_is_a_firm() -> None:
    a = run("Kestrel completed its $2.1 billion purchase of Ardent Copper, a Chilean producer, in March.", "2024-05-08")
    assert _types(a)["Ardent Copper"] == "ORG"
    assert [e["patient"] for e in _events(a, "business.acquire")] == ["Ardent Copper"]
    assert not _events(a, "career.hire")
    assert not [f for f in a.facts if f.relation == "role"]


def test_a_person_so_described_stays_a_person() -> None:
    a = run("The album was made with Ravel Lisk, a French producer, in 2001. Tom Baker, a producer, said it was done.",
            "2024-05-08")
    assert _types(a)["Ravel Lisk"] == "PERSON"
    assert _types(a)["Tom Baker"] == "PERSON"


def test_seen_as_is_thought_of_not_sighted() -> None:
    a = run("Penhale's son, David, had long been seen as a possible successor. Ella Marsh was seen at a hotel in Paris "
            "on Friday.", "2024-05-08")
    assert [e["patient"] for e in _events(a, "report.seen")] == ["Ella Marsh"]


def test_a_post_left_as_named_is_held_until_then() -> None:
    a = run("Marta Quill quit as manager of Greystone Rovers last week.", "2024-05-08")
    assert _types(a)["Marta Quill"] == "PERSON"  # the one who quits as manager is a person
    assert _facts(a, "employee")[("Marta Quill", "Greystone Rovers")] == (None, "2024-W18")
    a = run("Acme Corp fired Marta Quill as chief executive in 2020.", "2024-05-08")
    assert _types(a)["Marta Quill"] == "PERSON"
    assert _facts(a, "employee")[("Marta Quill", "Acme Corp")] == (None, "2020")


def test_a_leaving_to_come_tells_the_post_held_now() -> None:
    a = run("Helen Marsh will step down as editor of the Daily Courier in June after 13 years.", "2024-05-08")
    assert _facts(a, "employee")[("Helen Marsh", "Daily Courier")] == ("2011", None)
    a = run("Helen Marsh may step down as editor of the Daily Courier.", "2024-05-08")
    assert not _facts(a, "employee")  # only perhaps
    a = run("Vesterby won on Sunday with a header from Helen Marsh, who will leave the club in the summer.", "2024-05-08")
    assert not _facts(a, "employee") and not _facts(a, "member")  # which club, in what post, is not said


def test_years_after_which_a_named_post_is_left_date_it() -> None:
    a = run("Helen Marsh resigned as chief executive of Acme Corp in 2020 after a decade.", "2024-05-08")
    assert _facts(a, "role")[("Helen Marsh", "Acme Corp")] == ("2010", "2020")
    a = run("Helen Marsh retired in 2020 after 30 years.", "2024-05-08")
    assert not _facts(a, "role")  # no post named


def test_poached_from_a_first_named_firm_leaves_that_firm() -> None:
    a = run("Helena Voss joined Kestrel Mining from Rio Tinto in 2016.", "2024-05-08")
    assert _types(a)["Rio Tinto"] == "ORG"
    assert _facts(a, "employee")[("Helena Voss", "Rio Tinto")] == (None, "2016")


def test_a_post_in_apposition_with_a_comma_is_the_post_held_before() -> None:
    def posts(a) -> list[list[str]]:
        return [[g.text for g in e.args if g.role == "role"] for e in a.events if e.type == "career.appoint"]

    a = run("Acme named Helena Voss, its chief operating officer, as chief executive on Monday.", "2024-05-08")
    assert posts(a) == [["chief executive"]]
    a = run("Acme named Helena Voss its chief executive on Monday.", "2024-05-08")
    assert posts(a) == [["chief executive"]]


def test_an_appointment_that_names_whom_it_replaces_is_not_paired_again() -> None:
    # the untyped "replacing" must not hand the predecessor an older post of the successor's
    a = run("Helena Voss joined Kestrel Mining in 2016 and was promoted to chief operating officer in 2018. "
            "Kestrel Mining said on Wednesday that Voss will become chief executive in January, replacing the company's "
            "founder, Arthur Penhale.", "2024-05-08")
    assert ("Helena Voss", "chief operating officer") in _values(a)
    assert ("Arthur Penhale", "chief operating officer") not in _values(a)


def _values(a) -> set[tuple[str, str | None]]:
    return {(a.entity(f.subject).name, f.value) for f in a.facts if f.relation == "role"}


def test_becoming_mayor_or_judge_is_taking_a_post() -> None:
    a = run("Gerald Finch was first elected to the council in 2003 and became mayor eight years later.", "2024-05-10")
    assert [(e["role"], e["patient"]) for e in _events(a, "career.appoint")] == [("mayor", "Gerald Finch")]
    assert [e.time for e in a.events if e.type == "career.appoint"] == ["2011"]
    a = run("Anna Berg became a judge in 2010. Tom Hale became a father in 2012.", "2024-05-10")
    assert [e["patient"] for e in _events(a, "career.appoint")] == ["Anna Berg"]


def test_a_first_time_since_a_year_is_dated_by_the_day_not_the_year() -> None:
    a = run("Castlebridge United won the Northern Cup for the first time since 2010 on Saturday.", "2024-05-12")
    wins = [e for e in a.events if e.type == "career.win"]
    assert [(e.time, sorted(g.role for g in e.args)) for e in wins] == [("2024-05-11", ["agent", "award"])]


def test_linked_with_a_move_is_no_romance() -> None:
    a = run("Jonas Ekdahl, 22, has been linked with a move to Brentvale. Ekdahl was first linked to the singer Ella Marsh "
            "in 2021.", "2024-05-12")
    assert [e["partner"] for e in _events(a, "life.date")] == ["Ella Marsh"]


def test_taking_charge_of_a_body_is_taking_its_post() -> None:
    a = run("Carla Benedetti took charge of Castlebridge United in 2021. Ann Dale took charge of the investigation in 2022.",
            "2024-05-12")
    assert [(e["patient"], e["organization"]) for e in _events(a, "career.appoint")] == [("Carla Benedetti", "Castlebridge United")]


def test_years_at_a_body_before_joining_another_date_the_first() -> None:
    a = run("Carla Benedetti joined Castlebridge United in 2021 after three years at Ferrymoor Athletic.", "2024-05-12")
    ties = {**_facts(a, "member"), **_facts(a, "employee")}
    assert ties[("Carla Benedetti", "Ferrymoor Athletic")] == ("2018", "2021")


def test_a_title_opening_with_a_time_word_is_a_work_not_a_time() -> None:
    from dateline.timex.tagger import tag

    text = "She signed in 1958. Her debut album, Midnight in Montmartre, came out the following year."
    assert [(t.text, t.value) for t in tag(text, "2024-05-14")] == [("1958", "1958"), ("the following year", "1959")]
    assert [(t.text, t.value) for t in tag("The talks ran until midnight.", "2024-05-14")] == [("midnight", "2024-05-14T24:00")]
    a = run(text, "2024-05-14")
    releases = [e for e in a.events if e.type == "career.release"]
    assert [([g.text for g in e.args if g.role == "work"], e.time) for e in releases] == [(["Midnight in Montmartre"], "1959")]


def test_seasons_at_a_club_before_taking_charge_end_there() -> None:
    a = run("The Castlebridge United manager, Carla Benedetti, who took charge in 2021 after three seasons at "
            "Ferrymoor Athletic, won the trophy.", "2024-05-12")
    assert _facts(a, "employee")[("Carla Benedetti", "Ferrymoor Athletic")] == (None, "2021")


def test_presented_with_a_prize_wins_it() -> None:
    a = run("Ruth Adeyemi was presented with the Copley Medal by the Prince of Wales in November. "
            "Tom Hale presented his findings to the committee. Ana Ruiz, who presented the last award, wept.", "2024-05-12")
    assert [(e["agent"], e["award"]) for e in _events(a, "career.win")] == [("Ruth Adeyemi", "Copley Medal")]


def test_a_named_trophy_lifted_is_what_was_won() -> None:
    a = run("Leon Holloway lifted the FA Trophy at Wembley in 2018.", "2024-05-12")
    assert [(e["agent"], e.get("award")) for e in _events(a, "career.win")] == [("Leon Holloway", "FA Trophy")]


def test_years_at_a_body_before_leaving_to_join_another() -> None:
    a = run("Priya Raman spent nine years at Google before leaving in 2022 to join the payments company Stripe.", "2024-05-15")
    assert _facts(a, "employee") == {("Priya Raman", "Google"): ("2013", "2022"), ("Priya Raman", "Stripe"): ("2022", None)}


def test_a_firm_inside_a_hired_phrase_is_not_hired() -> None:
    a = run("Lumenfield hires former Google executive\n\nLumenfield has hired Priya Raman as its finance chief.", "2024-05-15")
    assert [e["patient"] for e in _events(a, "career.hire")] == ["Priya Raman"]


def test_a_present_perfect_takes_no_finished_past_time() -> None:
    a = run("Two men, Darren Mills and Kieran Walsh, have been charged over the theft of jewellery from a Mayfair store "
            "last month. Ann Lee was charged last month.", "2024-05-10")
    charged = {g.text: e.time for e in a.events if e.type == "legal.charge" for g in e.args if g.role == "patient"}
    assert charged == {"Ann Lee": "2024-04", "Darren Mills": None, "Kieran Walsh": None}


def test_the_unnamed_one_brought_in_earlier_is_not_guessed_at() -> None:
    a = run("Mara Quinn and Theo Lindqvist have separated, a representative for the couple confirmed on Tuesday. "
            'They share a son, Felix, who was born in March 2021. "They remain committed to co-parenting," '
            "the representative said.", "2024-05-14")
    felix = next(e for e in a.entities if e.name == "Felix")
    assert [m.text for m in felix.mentions] == ["Felix"]
    assert ("Felix", "representative") not in _values(a)


def test_a_reporting_clause_after_a_comma_is_no_apposition() -> None:
    a = run("Researchers at the University of Oxford will run a trial in Kenya and Tanzania, the university announced "
            "on Wednesday.", "2024-05-15")
    assert _types(a)["Tanzania"] == "GPE"
    university = next(e for e in a.entities if e.name == "University of Oxford")
    assert "the university" in [m.text for m in university.mentions]


def test_funding_won_is_no_prize() -> None:
    a = run("The Oxford team won funding for a malaria trial in March. Ana Ruiz won the Nobel Prize in 2019.", "2024-05-15")
    assert [e["award"] for e in _events(a, "career.win")] == ["Nobel Prize"]


def test_a_stint_place_the_parser_hung_on_the_verb() -> None:
    a = run("Amina Diallo joined the Jenner Institute in 2012 after a decade at the Pasteur Institute in Dakar.", "2024-05-15")
    assert _facts(a, "employee")[("Amina Diallo", "Pasteur Institute")] == ("2002", "2012")


def test_a_divorce_told_by_its_verb_tells_a_marriage_that_ended() -> None:
    a = run("The actress Mara Quinn divorced the director Paul Hadley in 2016.", "2024-05-15")
    assert _facts(a, "spouse") == {("Mara Quinn", "Paul Hadley"): (None, "2016")}
