"""Phrasings found in session 13, each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run


def _facts(a, relation: str) -> list[tuple[str, str, str | None, str | None]]:
    return sorted((a.entity(f.subject).name, (a.entity(f.object).name if f.object else f.value), f.valid_from, f.valid_to)
                  for f in a.facts if f.relation == relation)


def test_a_loan_player_still_belongs_to_the_lending_club() -> None:
    a = run("The news came on Monday. The club also brought in the Japanese midfielder Kenji Sato on a season-long loan "
            "from Real Ostrava.", "2024-05-06")
    assert _facts(a, "member") == [("Kenji Sato", "Real Ostrava", None, None)]


def test_a_club_named_after_whose_is_the_described_players() -> None:
    a = run("The news came on Monday. Borgo are still trying to sign the Icelandic midfielder Gunnar Sigurdsson, whose club, "
            "FC Reykholt, has turned down two offers.", "2024-05-06")
    assert _facts(a, "member") == [("Gunnar Sigurdsson", "FC Reykholt", None, None)]


def test_teammates_listed_after_a_named_team_are_its_members() -> None:
    a = run("The news came on Monday. Mosquera defended the jersey with the help of his Rocklake-Vanta teammates, among "
            "them the Belgian Jelle Verhoeven and the Spaniard Iker Etxeberria.", "2024-05-06")
    assert [(s, o) for s, o, _, _ in _facts(a, "member")] == [("Iker Etxeberria", "Rocklake-Vanta"),
                                                             ("Jelle Verhoeven", "Rocklake-Vanta")]


def test_a_former_teammate_at_a_team_played_there_once() -> None:
    a = run("The news came on Monday. Abenov, a former teammate of Mosquera at Orinoco Cycling, has denied taking banned "
            "substances.", "2024-05-06")
    assert ("Abenov", "Orinoco Cycling", None, "PAST_REF") in _facts(a, "member")


def test_a_teammate_plays_for_the_possessors_one_team() -> None:
    a = run("The news came on Monday. The Brazilian driver Thiago Santos won the title for Varga Motorsport on Sunday, "
            "finishing behind his teammate, Eero Lahti, who won the race.", "2024-05-06")
    assert _facts(a, "member") == [("Eero Lahti", "Varga Motorsport", None, None), ("Thiago Santos", "Varga Motorsport", None, None)]


def test_a_title_won_for_a_non_team_makes_no_membership() -> None:
    a = run("The news came on Monday. Thiago Santos won the seat for the Green Party on Sunday.", "2024-05-06")
    assert [f for f in _facts(a, "member") if f[1] != "Green Party"] == []
    a = run("The news came on Monday. Thiago Santos won an award for Acme Holdings on Sunday.", "2024-05-06")
    assert _facts(a, "member") == []


def test_goals_for_a_team_make_its_player() -> None:
    a = run("The news came on Monday. The striker Paolo Conti scored twice for Fiorentina Nova on Saturday.", "2024-05-06")
    assert _facts(a, "member") == [("Paolo Conti", "Fiorentina Nova", None, None)]


def test_a_contract_that_ran_out_ends_the_players_time_there() -> None:
    a = run("The news came on Monday. The goalkeeper Marek Nowak joined on a free transfer after his contract at Kalisz "
            "Town expired in June.", "2024-08-06")
    assert _facts(a, "member") == [("Marek Nowak", "Kalisz Town", None, "2024-06")]
    a = run("The news came on Monday. The goalkeeper Marek Nowak says his contract at Kalisz Town will expire in June.",
            "2024-05-06")
    assert _facts(a, "member") == []


def test_candidates_beaten_for_a_party_leadership_are_its_members() -> None:
    a = run("The news came on Monday. Fatima Benali was elected leader of the Social Liberal Party on Saturday, defeating "
            "the former environment minister Rhodri Evans and the party's justice spokesman, Tomas Aguirre.", "2024-05-06")
    assert [s for s, _, _, _ in _facts(a, "member")] == ["Fatima Benali", "Rhodri Evans", "Tomas Aguirre"]
    a = run("The news came on Monday. Fatima Benali was elected mayor of Leeds on Saturday, defeating the former "
            "environment minister Rhodri Evans.", "2024-05-06")
    assert "Rhodri Evans" not in [s for s, _, _, _ in _facts(a, "member")]


def test_a_first_name_and_a_surname_ner_labelled_apart_are_one_person_and_no_title() -> None:
    # NER reads "Dean" as a person and "Cole" as a product; the joined span once crashed (a list sliced as a span)
    a = run("The news came on Monday. Dean Cole spent nine seasons at Kelso Rovers.", "2024-05-06")
    assert [e.name for e in a.entities if e.type == "PERSON"] == ["Dean Cole"]
    assert [f.relation for f in a.facts] == ["member"]
    a = run("The news came on Monday. The dean, Ruth Cole, spent nine years at Kelso University.", "2024-05-06")
    assert ("Ruth Cole", "dean") in [(a.entity(f.subject).name, f.value) for f in a.facts if f.relation == "role"]


def test_bare_musicians_of_a_band_article_are_its_members() -> None:
    text = ("Kestrel Pines, the Manchester band, will reunite in June. The band formed in 1991 and split in 1999. "
            "The bassist, Niamh Rourke, remains in the line-up. The original drummer, Dieter Kranz, did not return. "
            "Kestrel Pines will play four dates.")
    a = run(text, "2024-05-06")
    assert sorted((s, o, t) for s, o, _, t in _facts(a, "member")) == [("Dieter Kranz", "Kestrel Pines", "PAST_REF"),
                                                                       ("Niamh Rourke", "Kestrel Pines", None)]


def test_a_bare_musician_in_a_company_article_is_not_its_employee() -> None:
    text = ("Acme Holdings posted a loss on Monday. Acme Holdings cut 200 jobs. The singer, Niamh Rourke, performed at "
            "the company's party. Acme Holdings will report again in May.")
    a = run(text, "2024-05-06")
    assert [f for f in a.facts if f.relation in ("employee", "member")] == []


def test_a_detective_works_for_the_articles_one_police_force() -> None:
    text = ("Two men were arrested in Leicester on Friday, Leicestershire Police said. Detective Inspector Sunita Basra, "
            "who is leading the inquiry, said most of the items had been recovered.")
    a = run(text, "2024-05-06")
    assert _facts(a, "employee") == [("Sunita Basra", "Leicestershire Police", None, None)]
    two = text + " Officers from Derbyshire Police helped with the search."
    assert _facts(run(two, "2024-05-06"), "employee") == []  # two forces: which one is not told


def _dated(a, kind: str) -> list[str | None]:
    return [e.time for e in a.events if e.type == kind]


def test_an_undated_event_takes_the_date_a_later_confirmation_gives() -> None:
    a = run("Castlebridge Rovers have appointed Joaquín Etxeberria as their new manager on a three-year contract. "
            "The club confirmed the appointment on Monday morning.", "2025-10-08")
    assert _dated(a, "career.appoint") == ["2025-10-06"]
    a = run("Acme Holdings has agreed to buy Brightloop for 40 million dollars. Acme announced the deal on Tuesday.", "2025-10-08")
    assert _dated(a, "business.acquire") == ["2025-10-07"]


def test_a_confirmation_of_another_event_or_far_away_dates_nothing() -> None:
    a = run("Castlebridge Rovers have appointed Joaquín Etxeberria as their new manager. The club confirmed an appointment "
            "of a new physio on Monday.", "2025-10-08")
    assert _dated(a, "career.appoint")[0] is None
    far = ("Castlebridge Rovers have appointed Joaquín Etxeberria as their new manager. The team lost. The fans sang. "
           "The rain fell. The club confirmed the appointment on Monday.")
    assert _dated(run(far, "2025-10-08"), "career.appoint") == [None]


def _posts(a) -> list[tuple[str, str | None, str | None]]:
    return sorted((a.entity(f.subject).name, f.value, a.entity(f.object).name if f.object else None)
                  for f in a.facts if f.relation == "role")


def test_a_title_at_a_body_whose_name_the_parse_hangs_on_the_body() -> None:
    a = run("The news came on Monday. Her editor at Maison Ardent, Claire Bonnefoy, has worked with her for nearly two "
            "decades.", "2024-05-06")
    assert _posts(a) == [("Claire Bonnefoy", "editor", "Maison Ardent")]
    assert _facts(a, "employee") == [("Claire Bonnefoy", "Maison Ardent", None, None)]


def test_a_title_of_a_described_body_named_after_a_comma() -> None:
    a = run('"Nobody asked us," said Rodrigo Inostroza, president of the Chilean cabin crew union, Sindicato de Tripulantes.',
            "2024-05-06")
    assert _facts(a, "employee") == [("Rodrigo Inostroza", "Sindicato de Tripulantes", None, None)]


def test_a_coach_at_a_club_is_its_staff() -> None:
    a = run("The news came on Monday. Their son, Javier Escartín, coaches the youth teams at CD Almenara.", "2024-05-06")
    assert _facts(a, "employee") == [("Javier Escartín", "CD Almenara", None, None)]
    assert _facts(a, "member") == []


def _elections(a) -> list[dict[str, str]]:
    # (the elections won: a rival beaten is told too, negated -- session 35)
    return [{arg.role: arg.text for arg in e.args} for e in a.events if e.type == "politics.elect" and e.polarity == "POS"]


def test_an_office_won_is_an_election_to_its_post() -> None:
    [won] = _elections(run("The news came on Monday. Ruth Adams won the presidency in 2018.", "2024-05-06"))
    assert (won["patient"], won["role"]) == ("Ruth Adams", "president")
    [won] = _elections(run("The news came on Monday. Ruth Adams beat Mark Reid to the leadership of the Labour Party in 2020.",
                           "2024-05-06"))
    assert (won["role"], won["organization"]) == ("leader", "Labour Party")


def test_a_seat_won_names_its_place_or_its_chamber() -> None:
    [won] = _elections(run("The news came on Monday. Lim Wei Ling won the Seremban seat in 1995.", "2024-05-06"))
    assert won["place"] == "Seremban"
    [won] = _elections(run("The news came on Monday. Harpreet Dhillon won a seat in the provincial legislature in 2007.",
                           "2024-05-06"))
    assert won["organization"] == "provincial legislature"


def test_a_league_won_is_no_election() -> None:
    assert _elections(run("The news came on Monday. Arsenal won the Premiership in 2004.", "2024-05-06")) == []


def _typed(a) -> dict[str, str]:
    return {e.name: e.type for e in a.entities}


def test_a_noun_for_a_person_or_a_company_goes_by_the_names_shape() -> None:
    assert _typed(run("Brekke said in an interview with the broadcaster NRK on Friday.", "2024-05-06"))["NRK"] == "ORG"
    assert _typed(run("Mosquera told the Colombian broadcaster Canal Andino at the finish.", "2024-05-06"))["Canal Andino"] == "ORG"
    assert _typed(run("The veteran broadcaster Maria Lindqvist said the vote was close.", "2024-05-06"))["Maria Lindqvist"] == "PERSON"
    a = run("A spokesman for the promoter, Kelvin Live, said demand was high.", "2024-05-06")
    assert _typed(a)["Kelvin Live"] == "ORG"
    assert [f for f in a.facts if f.relation == "role"] == []  # no "spokesman" post for a company


def test_he_after_a_companys_spokesman_is_that_spokesman() -> None:
    a = run('Tickets go on sale on Friday. A spokesman for the promoter, Redbrick Live, said the date would sell out. '
            '"Demand has been extraordinary," he said.', "2024-05-06")
    body = next(e.id for e in a.entities if e.name == "Redbrick Live")
    assert [c.speaker for c in a.claims] == [body, body]


def test_games_are_an_event_not_a_body_with_a_home() -> None:
    a = run("She won gold at the Commonwealth Games in Glasgow in 2014.", "2024-05-06")
    assert _typed(a)["Commonwealth Games"] == "EVENT"
    assert [f for f in a.facts if f.relation == "located_in"] == []


def test_a_dateline_is_a_place_and_no_ones_antecedent() -> None:
    text = ("Lumora founder steps down\n\nLONDON — Tobias Lindgren-Achebe, who founded the podcast company Lumora Media Ltd "
            "in 2011, stepped down as chief executive on Monday.\n\nThe 47-year-old said he was proud.")
    a = run(text, "2019-10-09")
    assert _typed(a)["LONDON"] == "GPE"
    assert [(a.entity(f.subject).name, f.value) for f in a.facts if f.relation == "age"] == [("Tobias Lindgren-Achebe", "47")]


def test_a_candidate_of_a_body_is_its_member() -> None:
    a = run("The news came on Monday. Theodora Papadakis, the candidate of the Harbourside Alliance, won 54.2 per cent of "
            "the vote.", "2024-05-06")
    assert _facts(a, "member") == [("Theodora Papadakis", "Harbourside Alliance", None, None)]
    assert _facts(a, "employee") == []


def test_a_nordic_or_town_club_is_a_team_its_players_are_members_of() -> None:
    a = run("The news came on Monday. The Norwegian joined Bramhope Rovers from Skarvik IL in 1990. Tom Hale, who played "
            "for Harlow Town, said he was proud.", "2024-05-06")
    assert ("Skarvik IL", "employee") not in [(a.entity(f.object).name, f.relation) for f in a.facts if f.object]
    assert ("Tom Hale", "Harlow Town") in [(s, o) for s, o, _, _ in _facts(a, "member")]


def test_a_place_ner_swallowed_into_a_date_is_still_where_it_happened() -> None:
    a = run("Eero Halonen missed two races with a fractured wrist. He returned in August and won at Brno three weeks ago.",
            "2008-09-22")
    [win] = [e for e in a.events if e.type == "career.win"]
    assert ("place", "Brno") in [(arg.role, arg.text) for arg in win.args]


def test_children_listed_with_their_ages_are_children_of_both_parents() -> None:
    a = run("The news came on Monday. Anna Berg and Tom Hale have two sons, Pim, 9, and Joost, 6.", "2024-05-06")
    assert _typed(a)["Pim"] == _typed(a)["Joost"] == "PERSON"
    assert sorted((p, c) for p, c, _, _ in _facts(a, "parent")) == [("Anna Berg", "Joost"), ("Anna Berg", "Pim"),
                                                                     ("Tom Hale", "Joost"), ("Tom Hale", "Pim")]
    assert sorted(f[1] for f in _facts(a, "birth_year")) == ["2014", "2017"]


def test_a_child_expected_with_a_partner_does_not_make_the_partner_a_child() -> None:
    a = run("The news came on Monday. Anna Berg is expecting her second child with her partner, Tom Hale.", "2024-05-06")
    assert _facts(a, "parent") == []


def test_a_body_worked_for_or_joined_from_is_an_organisation() -> None:
    a = run("Software engineer Yuki Tanabe, 29, has worked for Nexora since 2020.", "2024-05-06")
    assert _typed(a)["Nexora"] == "ORG"
    assert _typed(run("He worked for Jane Doe for a decade.", "2024-05-06"))["Jane Doe"] == "PERSON"
    assert _typed(run("Anna Berg joined Acme Holdings from Brightwell in 2019.", "2024-05-06"))["Brightwell"] == "ORG"


def test_a_body_described_after_a_comma_or_owning_an_office_is_an_organisation() -> None:
    a = run("The news came on Monday. Quorvane, the Oslo-based maker of ferries, said it would cut 200 jobs.", "2024-05-06")
    assert _typed(a)["Quorvane"] == "ORG"
    a = run("The news came on Monday. Tom Hale heads the Lisbon office of Quorvane.", "2024-05-06")
    assert _typed(a)["Quorvane"] == "ORG"


def test_leaving_a_building_is_no_resignation_but_leaving_a_job_is() -> None:
    a = run("Anouk Wibisono and Pieter Coppens were seen last week leaving a theatre in Paris.", "2026-01-19")
    assert [e for e in a.events if e.type == "career.resign"] == []
    a = run("Anna Berg left a job at Acme Holdings in 2019 to start her own firm.", "2026-01-19")
    assert [e.time for e in a.events if e.type == "career.resign"] == ["2019"]


def test_a_companys_staff_or_a_body_people_are_poached_from_name_an_organisation() -> None:
    assert _typed(run("The news came on Monday. Quorvane employees went on strike on Monday.", "2024-05-06"))["Quorvane"] == "ORG"
    assert _typed(run("The news came on Monday. Tom Hale was poached from Quorvane.", "2024-05-06"))["Quorvane"] == "ORG"
    assert _typed(run("The news came on Monday. Leeds employees went on strike.", "2024-05-06")).get("Leeds") != "ORG"


def test_a_later_noun_with_a_dated_participle_dates_the_event() -> None:
    a = run("Acme Holdings has agreed to buy Brightloop for 40 million dollars. The deal, announced on Tuesday, values "
            "Brightloop at 40 million dollars.", "2025-10-08")
    assert _dated(a, "business.acquire") == ["2025-10-07"]
