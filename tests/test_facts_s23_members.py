"""Phrasings found in session 23 (memberships of bands, clubs, parties and boards), each as an invented
sentence through the real pipeline."""

from __future__ import annotations

from dateline.timex.tagger import tag
from handmade import analyzed as run
from handmade import entity_types, event_args, facts_by_pair


def _times(a, kind: str) -> list[str | None]:
    return [e.time for e in a.events if e.type == kind]


def test_days_later_after_a_month_stays_in_that_month() -> None:
    a = run("In March the board dismissed Olga Brandt. Days later, Ivo Pettersen was appointed chief executive of "
            "Hallam Freight.", "2024-05-08")
    assert _times(a, "career.appoint") == ["2024-03"]


def test_days_later_after_a_day_has_no_value() -> None:
    found = [(t.text, t.value) for t in tag("She was fired on March 30. Days later she left the firm.", "2024-05-08")]
    assert found == [("March 30", "2024-03-30")]


def test_a_later_time_closing_a_which_clause_dates_that_clause() -> None:
    a = run('Velvet Antler signed to the independent label Corbin Discs in 2000, which released their debut, '
            '"Glass Hours", a year later.', "2024-05-08")
    assert _times(a, "career.release") == ["2001"]


def test_which_after_a_comma_stands_for_the_noun_before_an_adverbial_phrase() -> None:
    a = run('Velvet Antler signed to the independent label Corbin Discs in 2000, which released their debut, '
            '"Glass Hours", a year later.', "2024-05-08")
    (release,) = event_args(a, "career.release")
    assert release.get("agent") == "Corbin Discs"


def test_a_city_name_with_a_plural_verb_is_a_side() -> None:
    a = run("Dunfield City have completed the signing of Luca Denholm from Pettigrew Rovers for a club-record fee. "
            "Dunfield's manager, Alvar Brenne, said he was delighted.", "2024-05-08")
    assert entity_types(a).get("Dunfield City") == "ORG"
    members = facts_by_pair(a, "member")
    assert ("Luca Denholm", "Dunfield City") in members
    assert ("Alvar Brenne", "Dunfield City") in facts_by_pair(a, "employee")


def test_a_city_itself_keeps_its_place_type() -> None:
    a = run("Mexico City has grown fast since 1990.", "2024-05-08")
    assert entity_types(a).get("Mexico City") == "GPE"


def test_a_completed_signing_from_a_club_ends_the_old_membership() -> None:
    a = run("Dunfield City have completed the signing of Luca Denholm from Pettigrew Rovers for a club-record fee.", "2024-05-08")
    assert facts_by_pair(a, "member").get(("Luca Denholm", "Pettigrew Rovers")) == (None, "PAST_REF")


def test_the_national_side_is_not_the_club_in_view() -> None:
    a = run("Harwick Rovers signed Luca Denholm in 2019. Denholm was named captain of the national side by its coach, "
            "Rolf Amundsen, last October.", "2024-05-08")
    assert ("Luca Denholm", "Harwick Rovers") not in facts_by_pair(a, "role")  # not the club's captain
    assert facts_by_pair(a, "member").get(("Luca Denholm", "Harwick Rovers")) == ("2019", None)


def test_until_gives_no_time_to_the_event_it_bounds() -> None:
    a = run("To make room, Harwick Rovers have released the striker Dan Oyo, whose contract had a year to run, and loaned "
            "the winger Tom Ash to Pell Athletic until January.", "2024-05-08")
    assert _times(a, "career.fire") == [None]


def test_a_when_clause_on_an_until_time_is_dated_by_it() -> None:
    a = run("Nils Aune played for Brekstad Rovers until 1998, when he was signed by Harwick Athletic.", "2024-05-08")
    assert _times(a, "career.hire") == ["1998"]


def test_a_trustee_is_a_post() -> None:
    a = run("Mira Holt, who chairs the Osgood Heart Fund, has been a trustee since 2019.", "2024-05-08")
    assert facts_by_pair(a, "role").get(("Mira Holt", "trustee")) == ("2019", None)


def test_a_grant_awarded_or_a_sum_given_to_a_body_is_an_investment() -> None:
    a = run("The Pellow Trust awarded the Kelso Institute a grant of £1.5 million in 2020.", "2024-05-08")
    assert [(g.get("agent"), g.get("target")) for g in event_args(a, "business.invest")] == [("Pellow Trust", "Kelso Institute")]
    a = run("The Pellow Trust gave £4.2 million to the Kelso Institute in May.", "2024-05-08")
    assert _times(a, "business.invest") == ["2024-05"]


def test_damages_awarded_are_no_investment() -> None:
    a = run("The court awarded Halden Foods £2 million in damages.", "2024-05-08")
    assert event_args(a, "business.invest") == []


def test_after_being_appointed_takes_the_subject_of_the_verb_it_hangs_off() -> None:
    a = run("The banker Ola Brun resigned in January after being appointed to a post at the Treasury.", "2024-05-08")
    assert [g.get("patient") for g in event_args(a, "career.appoint")] == ["Ola Brun"]
    (resign,) = event_args(a, "career.resign")
    assert "organization" not in resign  # the body joined in the move is not the one left


def test_stripped_of_a_post_is_a_firing_not_of_a_title() -> None:
    a = run("In September Ivo Dahl was stripped of his post as the party's spokesman on energy.", "2024-05-08")
    assert [(g.get("patient"), g.get("role")) for g in event_args(a, "career.fire")] == [("Ivo Dahl", "spokesman")]
    a = run("The boxer Lev Orr was stripped of his title in 2019.", "2024-05-08")
    assert event_args(a, "career.fire") == []


def test_a_bands_founder_is_its_member_not_its_employee() -> None:
    a = run("Velvet Antler, the Brekstad rock band, will tour again. The band's founder, Ada Lind, formed Velvet Antler in 1998.",
            "2024-05-08")
    assert facts_by_pair(a, "member").get(("Ada Lind", "Velvet Antler")) == ("1998", None)
    assert ("Ada Lind", "Velvet Antler") not in facts_by_pair(a, "employee")


def test_a_club_paying_a_fee_for_a_player_hires_him() -> None:
    a = run("Tom Ash spent a season at Pell Athletic before Harwick Rovers paid £4 million for him in the summer of 2019.",
            "2024-05-08")
    assert [(g.get("agent"), g.get("patient")) for g in event_args(a, "career.hire")] == [("Harwick Rovers", "him")]
    assert facts_by_pair(a, "member").get(("Tom Ash", "Harwick Rovers")) == ("2019-SU", None)
    a = run("Harwick Rovers paid tribute to Tom Ash. Tom Ash paid £40 for the tickets.", "2024-05-08")
    assert event_args(a, "career.hire") == []
