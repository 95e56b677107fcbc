"""Event phrasings of business and careers found on articles read fresh (session 6), each as an
invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event


def test_a_merger_told_after_a_founding_keeps_the_shared_subject() -> None:
    a = run("Harwood Bank was founded in Leeds in 1888 and merged with Oakfield Savings in 1994.")
    assert_event(a, "business.merge", {"agent": "Harwood Bank", "partner": "Oakfield Savings"})


def test_it_was_merged_is_the_organisation_in_view() -> None:
    a = run("The Kilbride Institute, founded in 1962, employs 300 scientists. It was merged with the Tayvale Research Unit in 1989.")
    assert_event(a, "business.merge", {"agent": "Kilbride Institute", "partner": "Tayvale Research Unit"})


def test_meeting_the_police_is_no_meeting_of_two_people() -> None:
    a = run("Shopkeepers in Market Street said they planned to meet Kent Police next week. "
            "Kent Police said the meeting would take place on Tuesday.")
    assert not [e for e in a.events if e.type == "life.meet"], [(e.type, e.lemma) for e in a.events]


def test_two_people_meeting_is_still_a_meeting() -> None:
    a = run("The singer Ada Quill met the actor Tom Reed in Lisbon in 2015.")
    assert_event(a, "life.meet", {"agent": "Ada Quill", "partner": "Tom Reed"})


def test_winning_a_party_leadership_is_an_election_to_the_party() -> None:
    a = run("Harriet Moss won the Green Alliance Party leadership on Saturday.")
    assert_event(a, "politics.elect", {"patient": "Harriet Moss", "organization": "Green Alliance Party"})
    assert not [e for e in a.events if e.type == "career.win"]


def test_named_winner_of_a_prize_wins_it() -> None:
    a = run("The geneticist Hamish Drummond was named winner of the Rosalind Kerr Prize last week.")
    assert_event(a, "career.win", {"agent": "Hamish Drummond", "award": "Rosalind Kerr Prize"})
    assert not [e for e in a.events if e.type == "career.appoint"]


def test_a_player_sold_to_a_club_is_hired_by_it() -> None:
    a = run("The winger Jamal Osei was sold to Northwick Albion for £5 million last Thursday.")
    assert_event(a, "career.hire", {"agent": "Northwick Albion", "patient": "Jamal Osei"})


def test_no_intention_of_selling_a_player_hires_no_one() -> None:
    a = run("The chief executive said the club had no intention of selling the winger Callum Ashby.")
    assert not [e for e in a.events if e.type in ("career.hire", "business.acquire")], [(e.type, e.lemma) for e in a.events]


def test_an_age_description_the_ner_calls_a_date_is_the_one_born() -> None:
    a = run("Nirmala Perera won the Halden Prize on Tuesday. The 56-year-old, who was born in Kandy, "
            "beat five other writers.")
    assert_event(a, "life.born", {"patient": "Nirmala Perera", "place": "Kandy"})


def test_a_book_brought_out_by_a_publisher_is_published() -> None:
    a = run('Her novel "Salt Harbour" was brought out by the Norwich house Larkspur Press in the spring of 1993.')
    assert_event(a, "report.publish", {"agent": "Larkspur Press", "work": "Salt Harbour"})


def test_bringing_out_no_book_publishes_nothing() -> None:
    a = run("The firefighters brought out two children from the house on Tuesday.")
    assert not [e for e in a.events if e.type == "report.publish"]


def test_a_player_joining_a_rugby_club_is_hired_by_it() -> None:
    a = run("Tregaron RFC won the league on Saturday. The scrum-half Rhys Pugh joined Tregaron from Newport in 2019.")
    assert_event(a, "career.hire", {"patient": "Rhys Pugh", "organization": "Tregaron RFC"})


def test_succeeding_after_a_naming_keeps_the_firm_as_the_one_appointing() -> None:
    a = run("Harwick Foods named Dana Ruiz its chief executive on Monday, succeeding Paul Stone.")
    assert_event(a, "career.appoint", {"agent": "Harwick Foods", "patient": "Dana Ruiz", "role": "chief executive"})
    appointed = {a.entity(x.entity).name for e in a.events if e.type == "career.appoint"  # type: ignore[union-attr]
                 for x in e.args if x.role == "patient" and x.entity}
    assert appointed == {"Dana Ruiz"}


def test_beating_rivals_to_a_prize_wins_it() -> None:
    a = run("Ines Ruiz beat Mara Holt and Lena Park to the prize on Saturday night.")
    assert_event(a, "career.win", {"agent": "Ines Ruiz"})


def test_beating_someone_in_an_early_round_wins_nothing() -> None:
    a = run("Ines Ruiz beat Mara Holt in the second round on Tuesday.")
    assert not [e for e in a.events if e.type == "career.win"]


def test_a_longlisted_book_is_nominated() -> None:
    a = run("Her novel Kestrel was longlisted for the Booker Prize in 2021.")
    assert_event(a, "career.nominate", {"award": "Booker Prize"})


def test_keeping_a_seat_or_returning_to_office_is_an_election() -> None:
    a = run("Bola Adeyemi was first elected to the city council in 1994. She was returned to office in 1998. "
            "Adeyemi regained her seat in the 2003 election.")
    times = sorted(e.time or "" for e in a.events if e.type == "politics.elect")
    assert times == ["1994", "1998", "2003"], [(e.type, e.lemma, e.time) for e in a.events]


def test_returning_to_a_city_is_no_election() -> None:
    a = run("Bola Adeyemi returned to London in May.")
    assert not [e for e in a.events if e.type == "politics.elect"]


def test_cleared_of_all_charges_is_an_acquittal() -> None:
    a = run("A jury cleared the former mayor Bola Adeyemi of all charges in 2002.")
    assert_event(a, "legal.acquit", {"patient": "Bola Adeyemi"})


def test_acquiring_a_stake_is_an_investment_by_the_buyer() -> None:
    a = run("Gresholm Insurance acquired a 40% stake in Castell Life in 2019.")
    assert_event(a, "business.invest", {"agent": "Gresholm Insurance", "target": "Castell Life"})
