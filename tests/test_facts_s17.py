"""Phrasings found in session 17, each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair as _facts


def test_years_in_the_chair_before_a_retirement_date_the_post() -> None:
    a = run("The chairman of Harrowgate Insurance, Sir Peter Lane, 71, will retire at the annual meeting in April "
            "after nine years in the chair.", "2013-01-20")
    assert _facts(a, "employee")[("Peter Lane", "Harrowgate Insurance")] == ("2004", None)
    assert [v for (who, _), v in _facts(a, "role").items() if who == "Peter Lane"] == [("2004", None)]


def test_years_in_charge_of_a_named_club_date_the_job_there() -> None:
    a = run("Tomas Berg, the manager of Lindell Rovers, stepped down on Sunday after 14 years in charge of Lindell Rovers.",
            "2013-01-22")
    assert _facts(a, "employee")[("Tomas Berg", "Lindell Rovers")] == ("1999", "2013-01-20")


def test_years_at_a_post_held_elsewhere_are_not_this_post() -> None:
    # "after ten years in the kitchens of Paris": no post noun, so the chef's job is not dated
    a = run("The chef Ana Ruiz, the owner of Casa Mar, opened the restaurant in 2019 after ten years in the kitchens of Paris.",
            "2024-05-06")
    assert all(start is None for start, _ in _facts(a, "role").values())


def test_years_of_marriage_before_a_separation_date_the_marriage() -> None:
    a = run("The singer Ann Lee married Tom Fry in Rome. Lee and Fry have separated after nearly eight years of marriage, "
            "a spokesman confirmed on Tuesday.", "2013-01-20")
    assert _facts(a, "spouse")[("Ann Lee", "Tom Fry")][0] == "2005"


def test_wife_of_so_many_years_dates_the_marriage_from_the_article() -> None:
    a = run("Ashdown's wife of 25 years, Caroline, was questioned but was not charged.", "2004-06-01")
    assert _facts(a, "spouse")[("Ashdown", "Caroline")] == ("1979", None)


def test_a_predecessor_held_the_post_until_retiring() -> None:
    a = run("The Calder Museum appointed Ada Nolan as its director on Tuesday. She succeeds Sir Alistair Crombie, "
            "who retired in October after seventeen years in charge.", "2019-02-27")
    assert _facts(a, "role")[("Alistair Crombie", "Calder Museum")] == ("2001", "2018-10")
    assert _facts(a, "employee")[("Alistair Crombie", "Calder Museum")] == ("2001", "2018-10")


def test_a_predecessor_still_to_retire_holds_the_post_open_ended() -> None:
    a = run("Harcourt Vale University named Ilse Verhaeghe its next vice-chancellor on Monday. She succeeds Sir Anthony "
            "Mabery, who will retire in August after eleven years at the head of the university.", "2019-02-26")
    roles = _facts(a, "role")
    assert roles[("Anthony Mabery", "Harcourt Vale University")] == ("2008", None)
    assert ("Ilse Verhaeghe", "Harcourt Vale University") in roles
    assert {f.value for f in a.facts if f.relation == "role"} == {"vice-chancellor"}  # "next" says when, not what


def test_a_predecessor_without_a_told_leaving_hands_over_when_the_successor_begins() -> None:
    a = run("Mavuno named Amara Njoroge chief executive on Monday, replacing Dieter Hollmann. Njoroge takes over on "
            "April 1. Hollmann will stay on as chairman.", "2019-03-13")
    held = {(a.entity(f.subject).name, f.value): (f.valid_from, f.valid_to) for f in a.facts if f.relation == "role"}
    assert held[("Dieter Hollmann", "chief executive")] == (None, "2019-04-01")
    assert not any(a.entity(f.subject).name == "Dieter Hollmann" for f in a.facts if f.relation == "employee")


def test_he_replaces_takes_the_current_appointment_not_an_old_one() -> None:
    a = run("The bank hired Jonas Berg as a trader in 2009. Berg was appointed chief executive on Monday. "
            "He replaces Ingrid Lund, who left in July.", "2024-10-09")
    assert {(value, span) for (who, value), span in _facts(a, "role").items() if who == "Ingrid Lund"} == \
        {("chief executive", (None, "2024-07"))}


def test_a_birth_does_not_borrow_a_year_the_age_rules_out() -> None:
    a = run("Ana Huaman, 38, was born in Arequipa, Peru, and has lived in Dublin since she came to study at Trinity "
            "College in 1978.", "1996-03-04")
    assert [e.time for e in a.events if e.type == "life.born"] == [None]
    assert _facts(a, "birth_year") == {("Ana Huaman", "1957"): (None, None)}
    a = run("Ana Huaman, 38, was born in Arequipa in 1957 and moved to Dublin in 1978.", "1996-03-04")
    assert [e.time for e in a.events if e.type == "life.born"] == ["1957"]


def _interview_times(a) -> list[str | None]:
    return [e.time for e in a.events if e.type == "report.interview"]


def test_an_interview_to_a_paper_is_not_dated_by_the_occasion_a_broadcast_one_is() -> None:
    lede = "Mirela Kovac won the Paris Open on Saturday, beating Anna Moro in the final. "
    a = run(lede + '"I have nothing left to prove," Kovac told the Croatian daily Jutarnji Vjesnik.', "2008-06-10")
    assert _interview_times(a) == [None]
    a = run(lede + '"I have nothing left to prove," Kovac told the broadcaster Canal Sport.', "2008-06-10")
    assert _interview_times(a) == ["2008-06-07"]


def _investments(a) -> list[dict[str, str]]:
    return [{x.role: (a.entity(x.entity).name if x.entity else x.text) for x in e.args}
            for e in a.events if e.type == "business.invest"]


def test_a_grant_won_from_a_foundation_is_its_investment_in_the_winner() -> None:
    a = run("Last month Marrowfield University won a £14 million grant from the Wellcroft Trust.", "2011-11-17")
    assert _investments(a) == [{"agent": "Wellcroft Trust", "amount": "£14 million", "target": "Marrowfield University"}]
    a = run("She received a grant of citizenship. The museum thanked donations from the Friends of Art.", "2011-11-17")
    assert _investments(a) == []  # no sum, no body given to


def test_the_kind_of_body_an_apposition_names_first_is_how_it_is_called_later() -> None:
    for word in ("co-operative", "cooperative"):
        a = run(f"Millbrook Community Stores, a {word} set up by villagers in January, bought the shop on Tuesday. "
                f"The {word} has hired Sunita Rao, 34, as its manager.", "2020-05-01")
        hires = [{x.role: (a.entity(x.entity).name if x.entity else x.text) for x in e.args}
                 for e in a.events if e.type == "career.hire"]
        assert [h["agent"] for h in hires] == ["Millbrook Community Stores"], word


def _appointed(a) -> list[dict[str, object]]:
    return [{**{x.role: (a.entity(x.entity).name if x.entity else x.text) for x in e.args if x.role in
                ("patient", "predecessor", "role", "agent")}, "time": e.time} for e in a.events if e.type == "career.appoint"]


def test_a_post_handed_on_or_gone_to_someone_is_their_appointment_to_it() -> None:
    a = run("Jim Lekkas stepped down as chairman in 2004 and handed the role to his daughter, Sophia Lekkas-Hunt.", "2024-05-08")
    assert _appointed(a) == [{"agent": "Jim Lekkas", "patient": "Sophia Lekkas-Hunt", "role": "chairman", "time": "2004"}]
    a = run("The health minister, Anna Kask, resigned on Monday. Her post went to her deputy, Toomas Vahtra.", "2024-05-08")
    assert _appointed(a) == [{"predecessor": "Anna Kask", "patient": "Toomas Vahtra", "role": "health minister", "time": None}]
    a = run("Jim Lekkas handed the ball to Tom Fry. The money went to Tom Fry.", "2024-05-08")
    assert _appointed(a) == []


def test_one_said_in_a_relative_clause_to_be_a_nominee_was_nominated() -> None:
    a = run("Last year's prize went to the Canadian neuroscientist Marguerite Dufresne-Kaur, who was also a nominee for "
            "the Morrow Prize.", "2024-05-08")
    assert [{x.role: (a.entity(x.entity).name if x.entity else x.text) for x in e.args}
            for e in a.events if e.type == "career.nominate"] == [{"award": "Morrow Prize", "patient": "Marguerite Dufresne-Kaur"}]


def test_a_title_a_work_participle_follows_is_a_work_and_its_honours_are_its_authors() -> None:
    a = run("Nilufar Rahimova published her first novel, The Cotton Year, in 1994. The Glass Orchard, published in 2007, "
            "was shortlisted for the Meridian International Book Award in 2008.", "2012-11-29")
    assert "The Glass Orchard" in {e.name for e in a.entities if e.type == "WORK"}
    nominations = [{x.role: (a.entity(x.entity).name if x.entity else x.text) for x in e.args}
                   for e in a.events if e.type == "career.nominate"]
    assert nominations == [{"work": "The Glass Orchard", "award": "Meridian International Book Award", "patient": "Nilufar Rahimova"}]


def test_with_two_authors_in_view_a_work_honoured_honours_no_one_guessed() -> None:
    a = run("Nilufar Rahimova published The Cotton Year in 1994. Tom Fry published The Salt Acre in 1996. "
            "The Glass Orchard, published in 2007, was shortlisted for the Meridian International Book Award in 2008.",
            "2012-11-29")
    nominated = [a.entity(x.entity) for e in a.events if e.type == "career.nominate" for x in e.args if x.role == "patient"]
    assert nominated and not any(n is not None and n.type == "PERSON" for n in nominated)


def test_a_prize_not_won_after_a_dated_shortlisting_is_that_years() -> None:
    a = run("Tom Fry was shortlisted for the Booker Prize in 2008 but did not win. Ann Lee was arrested in 2021 but was "
            "not charged.", "2012-11-29")
    assert {e.type: e.time for e in a.events if e.type} == {"career.nominate": "2008", "career.win": "2008",
                                                           "legal.arrest": "2021", "legal.charge": None}


def test_a_rider_for_a_team_is_its_member() -> None:
    from dateline.nlp import load

    assert [(t.text, t.lemma_) for t in load()("He rides for Jumbo and is riding well. They wed in May.") if t.pos_ == "VERB"] == \
        [("rides", "ride"), ("riding", "ride"), ("wed", "wed")]
    a = run("The news came on Monday. Tom Berg rides for the Dutch team Jumbo Racing.", "2024-05-06")
    assert _facts(a, "member") == {("Tom Berg", "Jumbo Racing"): (None, None)}


def test_a_bands_founders_are_its_members_until_it_splits() -> None:
    a = run("The news came on Monday. Tom Berg and Ann Lee formed the duo Salt Lines in 2005. Salt Lines disbanded in 2011.",
            "2024-05-06")
    assert _facts(a, "member") == {("Tom Berg", "Salt Lines"): ("2005", "2011"), ("Ann Lee", "Salt Lines"): ("2005", "2011")}
    a = run("The news came on Monday. Tom Berg founded the bank Harrowgate Capital in 2005.", "2024-05-06")
    assert _facts(a, "member") == {}  # a bank's founder is no member of it


def test_in_a_reunion_story_the_split_ends_no_membership() -> None:
    a = run("The news came on Monday. Tom Berg and Ann Lee formed the duo Salt Lines in 2005. Salt Lines split in 2011. "
            "The duo will reunite for a tour in June.", "2024-05-06")
    assert _facts(a, "member") == {("Tom Berg", "Salt Lines"): ("2005", None), ("Ann Lee", "Salt Lines"): ("2005", None)}


def test_elected_for_a_party_is_its_member_for_a_town_its_seat() -> None:
    a = run("The news came on Monday. Tom Berg, who was elected for the Green Alliance in 2015, spoke on Monday.", "2024-05-06")
    assert _facts(a, "member") == {("Tom Berg", "Green Alliance"): (None, None)}  # (session 42: the seat's start, not the
    # membership's -- a party is joined, not won; as the fixtures annotate "elected for the X party in 2016")
    a = run("The news came on Monday. Tom Berg was elected for Leeds in 2015.", "2024-05-06")
    assert [{x.role: x.text for x in e.args} for e in a.events if e.type == "politics.elect"] == [{"patient": "Tom Berg", "place": "Leeds"}]
    assert _facts(a, "member") == {}


def test_members_listed_of_a_body_are_its_members_and_say_it_is_a_body() -> None:
    a = run("The news came on Monday. Kestrel Lane, whose members include Tom Berg and Ann Lee, split in 1999.", "2024-05-06")
    assert {(e.name, e.type) for e in a.entities} >= {("Kestrel Lane", "ORG")}
    assert _facts(a, "member") == {("Tom Berg", "Kestrel Lane"): (None, None), ("Ann Lee", "Kestrel Lane"): (None, None)}
    a = run("The news came on Monday. The Harbour Quartet's former members include Tom Berg.", "2024-05-06")
    assert _facts(a, "member") == {("Tom Berg", "Harbour Quartet"): (None, "PAST_REF")}


def test_a_member_or_the_founder_of_a_name_makes_it_a_body() -> None:
    a = run("The news came on Monday. Tom Hale, a founding member of Kestrel Lane, spoke on Sunday.", "2024-05-06")
    assert {(e.name, e.type) for e in a.entities} >= {("Kestrel Lane", "ORG")}
    a = run("The news came on Monday. Tom Hale heads the Lisbon office of Quorvane. Ann Lee's office is in Leeds.", "2024-05-06")
    assert {(e.name, e.type) for e in a.entities} >= {("Quorvane", "ORG"), ("Ann Lee", "PERSON")}


def test_a_name_that_employs_or_is_retired_from_or_has_a_head_of_something_is_a_body() -> None:
    for text, relation in (("Tom Berg is employed by Quorvane.", (None, None)),
                           ("Tom Berg, who retired from Quorvane in 2019, said the deal was fair.", (None, "2019")),
                           ("Tom Berg, Quorvane's head of design, said the ferry was safe.", (None, None))):
        a = run("The news came on Monday. " + text, "2024-05-06")
        assert _facts(a, "employee") == {("Tom Berg", "Quorvane"): relation}, text
    a = run("The news came on Monday. Tom Berg, an analyst with Brackwell Securities, said the deal was fair.", "2024-05-06")
    assert _facts(a, "employee") == {("Tom Berg", "Brackwell Securities"): (None, None)}


def test_joined_as_a_post_or_running_its_branch_is_working_for_a_body() -> None:
    a = run("The news came on Monday. Tom Berg joined Quorvane in 2015 as head of design.", "2024-05-06")
    assert _facts(a, "employee") == {("Tom Berg", "Quorvane"): ("2015", None)}
    a = run("The news came on Monday. Tom Berg, who runs the Leeds branch of Quorvane, said it.", "2024-05-06")
    assert _facts(a, "employee") == {("Tom Berg", "Quorvane"): (None, None)}
    a = run("The news came on Monday. Tom Berg joined Leeds in 2015.", "2024-05-06")
    assert _facts(a, "employee") == {}


def test_homes_of_people_in_reports() -> None:
    cases = {"Tom Berg, 45, of Faversham, said it.": ("Tom Berg", "Faversham", None),
             "Tom Berg moved to Faversham in 2010.": ("Tom Berg", "Faversham", "2010"),
             "Quorvane is headquartered in Faversham.": ("Quorvane", "Faversham", None),
             "Tom Berg, who was born in Leeds and now lives in Lisbon, said it.": ("Tom Berg", "Lisbon", None)}
    for text, (who, where, since) in cases.items():
        a = run("The news came on Monday. " + text, "2024-05-06")
        assert _facts(a, "located_in").get((who, where), ("missing",))[0] == since, text


def test_since_a_clause_whose_time_hangs_on_its_purpose() -> None:
    a = run("Ana Huaman has lived in Dublin since she came to study at Trinity College in 1978.", "1996-03-04")
    assert _facts(a, "located_in") == {("Ana Huaman", "Dublin"): ("1978", None)}
