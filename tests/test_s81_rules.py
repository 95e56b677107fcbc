"""Session 81: rules found reading development misses and the blind fixtures, each tested on an invented article (other
names, other words), with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, facts_by_pair, jobs, named_args, posts
from handmade import timed_events as _events


def test_a_position_played_is_a_role_of_no_body_over_only_where_called_former() -> None:
    a = run("Tollbridge Rovers have signed the Danish striker Anselm Quarrie from Pennock Vale for an undisclosed fee. "
            "The club also released the former Wales defender Gareth Pryor, 33.", "2021-07-24")
    assert posts(a, "Anselm Quarrie") == {"striker": (None, None, None)}  # not over with the move from Pennock Vale
    assert posts(a, "Gareth Pryor") == {"defender": (None, None, "PAST_REF")}
    # ... a captaincy is a post at its club, and a bare "player" names no position
    b = run("Tollbridge Rovers captain Gareth Pryor, 33, has signed a new contract. The midfielder Owen Tarrant joined "
            "from Pennock Vale in January, and the club are said to want another player, Tomas Lindgren.", "2021-07-24")
    assert posts(b, "Gareth Pryor") == {"captain": ("Tollbridge Rovers", None, None)}
    assert posts(b, "Owen Tarrant") == {"midfielder": (None, None, None)}
    assert posts(b, "Tomas Lindgren") == {}


def test_a_firm_found_by_its_closing_word_keeps_every_closing_word() -> None:
    for firm in ("Tennick Freight", "Ollands Logistics"):
        a = run(f"{firm} agrees takeover of Garnet Dairies\n\n{firm} Group, the Leeds-based haulage company, has agreed to "
                "buy the dairy operator Garnet Dairies for £80 million, the two companies said on Monday.", "2018-06-20")
        assert {k for k, v in entity_types(a).items() if v == "ORG"} == {f"{firm} Group", "Garnet Dairies"}
        assert [g.get("agent") for g in named_args(a, "business.acquire")] == [f"{firm} Group"]


def test_a_post_named_with_no_body_is_at_the_one_body_its_holder_is_described_at_in_the_sentence() -> None:
    a = run("Tollgate Robotics said on Monday that its chief executive, Martin Oakes, had resigned after two years. Priya "
            "Hallam, the company's chief operating officer, was named chief executive with immediate effect.", "2025-08-12")
    assert named_args(a, "career.appoint") == [
        {"patient": "Priya Hallam", "role": "chief executive", "organization": "Tollgate Robotics"}]
    # ... a body told with the new post stays
    b = run("Priya Hallam, the Tollgate Robotics chief operating officer, was named chairman of the Oxley Chamber of "
            "Commerce on Monday.", "2025-08-12")
    assert [g.get("organization") for g in named_args(b, "career.appoint")] == ["Oxley Chamber of Commerce"]


def test_the_practice_is_the_one_firm_of_architects_named() -> None:
    a = run("Helen Marsh, who founded the firm Marsh Tolley Architects in 1970, has died aged 88. Peter Lund joined the "
            "practice as a draughtsman in 1979.", "2024-03-12")
    assert [g.get("organization") for g in named_args(a, "career.hire")] == ["Marsh Tolley Architects"]
    assert jobs(a, "Peter Lund") == {"Marsh Tolley Architects": ("1979", None)}
    # ... not where two are named
    b = run("Helen Marsh, who founded Marsh Tolley Architects in 1970 and later chaired Orme Lister Architects, has died "
            "aged 88. Peter Lund joined the practice as a draughtsman in 1979.", "2024-03-12")
    assert [g.get("organization") for g in named_args(b, "career.hire")] == [None]


def test_a_given_name_found_alone_takes_the_given_name_in_compound_after_it() -> None:
    a = run("The singer Kezia Dalton has given birth to a daughter, her husband, the actor Rowan Hale, announced on Tuesday.\n\n"
            "The baby, named Marigold Ivy, was born last Thursday at a private hospital in Edinburgh.", "2024-02-08")
    assert [(t, g.get("child")) for t, g, _ in _events(a, "family.child")] == [("2024-02-01", "Marigold Ivy")]
    assert not _events(a, "career.appoint")  # the baby was named, no one to a post


def test_a_sacking_whose_object_the_parser_made_the_passive_subject_of_the_clause_after_it() -> None:
    a = run("Brenford Rovers sacked manager Gareth Lyle-Ormond on Monday, eight days after the club's relegation was "
            "confirmed on the final afternoon of the season.", "2025-06-04")
    assert [(t, g.get("patient"), g.get("agent")) for t, g, _ in _events(a, "career.fire")] == [
        ("2025-06-02", "Gareth Lyle-Ormond", "Brenford Rovers")]


def test_a_side_arrived_from_is_a_side_and_the_arrival_a_hiring_by_the_side_in_view() -> None:
    a = run("Harlow Athletic sacked manager Tomas Berg on Monday, a week after the club's relegation was confirmed.\n\n"
            "The 49-year-old, who arrived from Pellbury Town in December "
            "2023 with a brief to push for promotion, won only nine of his 46 league games. His assistant, Lee Marsh, will take "
            "the team on an interim basis.", "2025-06-04")
    assert entity_types(a)["Pellbury Town"] == "ORG"
    assert [(t, g.get("organization"), g.get("arrived_from")) for t, g, _ in _events(a, "career.hire")] == [
        ("2023-12", "Harlow Athletic", "Pellbury Town")]
    # ... a town arrived from in a story about no side stays a place
    b = run("The Reverend Tomas Berg, who arrived from Pellbury Town in 2023, will lead the service on Sunday.", "2025-06-04")
    assert entity_types(b)["Pellbury Town"] == "GPE"


def test_a_show_named_where_a_body_would_be_is_the_work_the_post_is_on() -> None:
    a = run('Celia Marsh, 46, the host of Kellworth TV\'s "Saturday Lanterns", filed for divorce on Friday. She was named '
            'presenter of "Saturday Lanterns" in 2014.', "2022-02-07")
    assert named_args(a, "career.appoint") == [{"patient": "Celia Marsh", "role": "presenter", "work": "Saturday Lanterns"}]
    # ... a body stays the body
    b = run("Celia Marsh was named presenter of Kellworth Radio in 2014.", "2022-02-07")
    assert [g.get("organization") for g in named_args(b, "career.appoint")] == ["Kellworth Radio"]


def test_a_place_named_with_its_linking_words_is_one_place() -> None:
    a = run("Ottilie Marwood was born in Barrow-in-Furness in 1938. Her company, Marwood Tiles, is based in Clacton-on-Sea.",
            "2023-04-04")
    assert [(t, g.get("place")) for t, g, _ in _events(a, "life.born")] == [("1938", "Barrow-in-Furness")]
    assert entity_types(a)["Clacton-on-Sea"] == "GPE"


def test_a_name_after_a_kind_noun_set_off_after_another_name_and_before_a_verb_is_the_clause_subject() -> None:
    a = run('The Dutch-born director Ilse Kelderbaan\'s third feature, "Salt Meadows", had its premiere at the Venlo festival on '
            "Tuesday. It was produced by Amstelhoek Films, the Rotterdam company Kelderbaan co-founded with her partner, the "
            "cinematographer Joost Ruisdael, in 2009.\n\nKelderbaan, 47, told the trade paper Screen Daily that the story was "
            "personal.", "2017-09-14")
    assert {k: v for k, v in entity_types(a).items() if "Kelderbaan" in k} == {"Ilse Kelderbaan": "PERSON"}
    # ... a telling verb after the name keeps the noun's name
    b = run("The singer Kiona Vale has married the chef Tomas Reyes in Portugal, the celebrity magazine Mirabow reported on "
            "Tuesday.", "2026-02-10")
    assert entity_types(b)["Mirabow"] == "ORG"


def test_a_place_in_the_description_of_the_one_married_to_makes_no_wedding() -> None:
    a = run("Rosalind Hebden was elected mayor on Thursday. She is married to Dev Hebden, a GP at the town's Clovelly Road "
            "surgery, and the couple have two adult children.", "2022-05-06")
    assert not _events(a, "life.marry")
    assert facts_by_pair(a, "spouse") == {("Rosalind Hebden", "Dev Hebden"): (None, None)}
    # ... a place of the wedding itself is one
    b = run("Rosalind Hebden and Dev Hebden were married in Paris.", "2022-05-06")
    assert [g.get("place") for _, g, _ in _events(b, "life.marry")] == ["Paris"]


def test_a_task_force_is_no_police_force_and_a_post_of_a_place_takes_no_described_body() -> None:
    a = run("An officer of the Dunmore Police Department was charged on Tuesday. Patricia Hale, the county prosecutor, "
            "created the task force in March.", "1998-04-02")
    assert not [g for g in named_args(a, "business.found") if g.get("organization") == "Dunmore Police Department"]
    b = run("Air Force Lieutenant Colonel Eileen Marsh will be named commander of the Space Shuttle Columbia for a mission "
            "in December.", "1998-03-04")
    assert [g.get("organization") for g in named_args(b, "career.appoint")] == [None]
