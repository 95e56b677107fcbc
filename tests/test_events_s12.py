"""Phrasings found in session 12, each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run


def _facts(a, relation: str) -> list[tuple[str, str, str | None, str | None]]:
    return sorted((a.entity(f.subject).name, (a.entity(f.object).name if f.object else f.value), f.valid_from, f.valid_to)
                  for f in a.facts if f.relation == relation)


def _roles(a) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return sorted((a.entity(f.subject).name, f.value, a.entity(f.object).name if f.object else None, f.valid_from, f.valid_to)
                  for f in a.facts if f.relation == "role")


def test_a_founder_who_resigns_a_post_worked_at_the_company_from_its_founding() -> None:
    a = run("LISBON — Dawid Brenner, who co-founded the payroll company Quillbase in 2013, resigned as chief executive on "
            "Wednesday.", "2021-03-05")
    assert _facts(a, "employee") == [("Dawid Brenner", "Quillbase", "2013", "2021-03-03")]
    assert _roles(a) == [("Dawid Brenner", "chief executive", "Quillbase", None, "2021-03-03")]


def test_a_resignation_with_no_post_makes_no_employment() -> None:
    a = run("LISBON — Dawid Brenner, who co-founded the payroll company Quillbase in 2013, resigned on Wednesday.", "2021-03-05")
    assert _facts(a, "employee") == []


def test_a_post_possessed_by_an_organisation_is_held_there_when_the_parse_loses_the_name() -> None:
    a = run("Meridale Financial Corp was sued on Monday. The lawsuit follows criminal charges brought last month against "
            "Meridale's former chief executive, Gregory Okwuosa, 58.", "2020-05-05")
    assert _facts(a, "employee") == [("Gregory Okwuosa", "Meridale Financial Corp", None, "PAST_REF")]
    assert _roles(a) == [("Gregory Okwuosa", "chief executive", "Meridale Financial Corp", None, "PAST_REF")]


def test_a_post_held_before_joining_elsewhere_is_not_at_the_new_employer() -> None:
    a = run("The news came on Monday. After six years as a reporter with the Daily Courier, Anna Berg joined the BBC in 2012.",
            "2020-05-05")
    assert _facts(a, "employee") == [("Anna Berg", "BBC", "2012", None), ("Anna Berg", "Daily Courier", "2006", "2012")]
    assert _roles(a) == [("Anna Berg", "reporter", "Daily Courier", "2006", "2012")]
    a = run("The news came on Monday. Anna Berg joined the BBC in 2012 after six years as a reporter.", "2020-05-05")
    assert _facts(a, "employee") == [("Anna Berg", "BBC", "2012", None)]
    assert _roles(a) == [("Anna Berg", "reporter", None, "2006", "2012")]


def test_a_promotion_after_years_in_a_post_keeps_the_same_employer() -> None:
    a = run("The news came on Monday. Anna Berg was promoted to chief executive of Harlow Textiles in 2012 after six years "
            "as finance director.", "2020-05-05")
    assert _facts(a, "employee") == [("Anna Berg", "Harlow Textiles", "2006", None)]
    assert ("Anna Berg", "finance director", "Harlow Textiles", "2006", "2012") in _roles(a)


def test_a_founding_after_years_in_a_post_elsewhere_ends_that_post() -> None:
    a = run("The news came on Monday. Amara Njoroge, 34, started Mavuno in 2015 after five years as a product manager at the "
            "telecoms group Lakeside Networks.", "2020-05-05")
    assert _facts(a, "employee") == [("Amara Njoroge", "Lakeside Networks", "2010", "2015")]
    [(_, post, body, start, end)] = _roles(a)
    assert (post.split()[-1], body, start, end) == ("manager", "Lakeside Networks", "2010", "2015")


def test_years_spent_in_a_post_at_a_body_are_a_job_there() -> None:
    a = run("The news came on Monday. Teodora Munteanu spent nearly a decade as an assistant director at Castel Film before "
            "making her first feature.", "2020-05-05")
    assert _facts(a, "employee") == [("Teodora Munteanu", "Castel Film", None, "PAST_REF")]
    assert _roles(a) == [("Teodora Munteanu", "assistant director", "Castel Film", None, "PAST_REF")]
    a = run("The news came on Monday. Teodora Munteanu will spend a year as a fellow at Castel Film.", "2020-05-05")
    assert _facts(a, "employee") == []  # not yet


def test_a_seat_named_after_a_party_title_leaves_the_party() -> None:
    a = run("The news came on Monday. Helen Marsh, the Labour MP for Dunford, said the plan was unfair.", "2024-05-06")
    assert _facts(a, "member") == [("Helen Marsh", "Labour", None, None)]


def test_a_political_title_before_a_name_makes_a_person() -> None:
    a = run("The news came on Monday. The Conservative MP Peter Glass voted against the bill.", "2024-05-06")
    assert [(e.name, e.type) for e in a.entities if e.name == "Peter Glass"] == [("Peter Glass", "PERSON")]


def test_a_plural_name_left_formed_or_played_in_is_a_body() -> None:
    for text in ("Maria Lund left the Velvet Hours in 2004.", "Maria Lund formed the Velvet Hours in 1995.",
                 "Maria Lund, the guitarist of the Velvet Hours, recorded a solo album."):
        a = run("The news came on Monday. " + text, "2024-05-06")
        assert [(e.name, e.type) for e in a.entities if "Hours" in e.name] == [("Velvet Hours", "ORG")], text
    a = run("The news came on Monday. Maria Lund left the Velvet Hours in 2004.", "2024-05-06")
    assert _facts(a, "employee") + _facts(a, "member") == [("Maria Lund", "Velvet Hours", None, "2004")]


def test_a_body_joined_is_a_body_even_when_ner_reads_a_person() -> None:
    a = run("The news came on Monday. Maria Lund joined Kestrel Lane in 2001.", "2024-05-06")
    assert [(e.name, e.type) for e in a.entities if e.name == "Kestrel Lane"] == [("Kestrel Lane", "ORG")]
    a = run("The news came on Monday. Maria Lund joined Jane Doe on stage in 2001.", "2024-05-06")
    assert [(e.name, e.type) for e in a.entities if e.name == "Jane Doe"] == [("Jane Doe", "PERSON")]


def _member_of(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return _facts(run("The news came on Monday. " + text, "2024-05-06"), "member")


def test_a_country_before_a_team_players_noun_is_the_team_not_a_home() -> None:
    assert _member_of("Rhys Morgan, the England captain, was injured.") == [("Rhys Morgan", "England", None, None)]
    assert _member_of("Rhys Morgan, an Ireland international, was injured.") == [("Rhys Morgan", "Ireland", None, None)]
    assert _member_of("The former Scotland international Rhys Morgan has died.") == [("Rhys Morgan", "Scotland", None, "PAST_REF")]
    a = run("The news came on Monday. Rhys Morgan, an Ireland international, was injured.", "2024-05-06")
    assert _facts(a, "located_in") == []
    a = run("The news came on Monday. Rhys Morgan, the Halifax singer, has died.", "2024-05-06")
    assert _facts(a, "located_in") == [("Rhys Morgan", "Halifax", None, None)] and _facts(a, "member") == []


def test_a_national_squad_told_by_a_phrase_makes_a_member() -> None:
    assert _member_of("Maria Lund was part of the Ireland team that won the 2015 World Cup.") == [("Maria Lund", "Ireland", None, None)]
    assert _member_of("Maria Lund was called up to the Scotland squad in 2014.") == [("Maria Lund", "Scotland", None, None)]
    assert _member_of("Maria Lund, who was in the England side that lost the final, retired in 2019.")[0][:2] == ("Maria Lund", "England")
    assert _member_of("Maria Lund will not be part of the Ireland team.") == []
    assert _member_of("Rhys Morgan made his Wales debut in 2009.") == [("Rhys Morgan", "Wales", "2009", None)]
    assert _member_of("Rhys Morgan, who captained the Wales team in 2011, has died.") == [("Rhys Morgan", "Wales", None, None)]


def test_representing_a_country_is_a_team_only_at_a_sporting_occasion() -> None:
    assert _member_of("Maria Lund represented Kenya at the 2012 Olympics.") == [("Maria Lund", "Kenya", None, None)]
    assert _member_of("Maria Lund represented Kenya at the United Nations.") == []
    assert _member_of("Maria Lund has represented Dunford in parliament since 2010.") == []


def test_an_expulsion_from_a_party_ends_membership_and_one_from_a_country_is_no_firing() -> None:
    a = run("The news came on Monday. Maria Lund was expelled from the Social Liberal Party in 2020.", "2024-05-06")
    assert [e.type for e in a.events if e.type] == ["career.fire"]
    assert _facts(a, "member") == [("Maria Lund", "Social Liberal Party", None, "2020")]
    for text in ("Two British diplomats were expelled from Russia in 2018.", "Maria Lund was expelled from school at 15."):
        assert not [e for e in run("The news came on Monday. " + text, "2024-05-06").events if e.type == "career.fire"], text


def test_home_nations_and_provinces_are_places() -> None:
    from dateline.extract.gazetteer import place_label
    assert [place_label(n) for n in ("Wales", "Scotland", "Ontario", "Catalonia")] == ["GPE"] * 4


def _typed(a) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(e.type, sorted((r.role, a.entity(r.entity).name) for r in e.args if r.entity and a.entity(r.entity))) for e in a.events
            if e.type in ("career.appoint", "career.hire", "politics.elect")]


def test_a_succession_told_after_the_appointment_names_its_predecessor() -> None:
    a = run("Harlow Textiles hired Chiamaka Okonkwo as chief executive on Monday. Okonkwo succeeds Henrik Aasland, who retired "
            "in May.", "2022-09-14")
    [(kind, args)] = _typed(a)
    assert kind == "career.hire" and ("predecessor", "Henrik Aasland") in args and ("patient", "Chiamaka Okonkwo") in args


def test_a_succession_to_a_later_post_stays_its_own_appointment() -> None:
    a = run("Rafael Okafor joined Lumenra in 1998. Okafor later succeeded Dolores Whitaker as chief executive.", "2022-09-14")
    assert [kind for kind, _ in _typed(a)] == ["career.hire", "career.appoint"]


def test_a_promotion_with_no_body_is_at_the_employer_of_the_promoted() -> None:
    a = run("The news came on Monday. Maria Lund, who joined Harlow Textiles from Vantor in 2015, was promoted to chief "
            "operating officer last year.", "2024-05-06")
    assert _roles(a) == [("Maria Lund", "chief operating officer", "Harlow Textiles", "2023", None)]


def test_a_headline_win_is_the_bodys_win_of_the_same_prize_told_longer() -> None:
    a = run("Marta Oyelaran wins Halvorsen Prize\nThe cell biologist Marta Oyelaran has won the Halvorsen Prize in Physiology for her "
            "work on membranes, the foundation said on Monday.", "2021-10-05")
    wins = [e for e in a.events if e.type == "career.win"]
    assert len(wins) == 1 and wins[0].time == "2021-10-04"
    a = run("Marta Oyelaran wins prize for a book few people read\nThe novelist Marta Oyelaran has won the Halvorsen Prize for "
            "\"Salt Lines\", the foundation said on Monday.", "2021-10-05")
    assert len([e for e in a.events if e.type == "career.win"]) == 1


def test_two_different_prizes_stay_two_wins() -> None:
    a = run("The news came on Monday. Marta Oyelaran won the Halvorsen Prize in 2019. Oyelaran won the Kessler Medal in 2019.",
            "2021-10-05")
    assert len([e for e in a.events if e.type == "career.win"]) == 2


def test_hyphenated_given_names_of_two_short_syllables_stay_whole() -> None:
    for text, name in (("The cell biologist Soo-ah Rhee has won the prize.", "Soo-ah Rhee"),
                       ("Soo-ah Rhee said on Monday that she would stay.", "Soo-ah Rhee"),
                       ("The prize went to Ji-hoon Park, a chemist.", "Ji-hoon Park"),
                       ("Mei-ling Chen founded the firm in 2009.", "Mei-ling Chen")):
        a = run("The news came on Monday. " + text, "2021-10-05")
        assert [(e.name, e.type) for e in a.entities if e.type == "PERSON"] == [(name, "PERSON")], text
    a = run("The news came on Monday. The Stockholm fund Falkdal Ventures invested.", "2021-10-05")
    assert ("Falkdal Ventures", "ORG") in [(e.name, e.type) for e in a.entities]  # the common noun still cut


def test_admitting_a_named_crime_is_a_plea_of_guilty_admitting_a_fact_is_not() -> None:
    a = run("The news came on Monday. Carl Ruiz admitted manslaughter in 2019.", "2021-10-05")
    assert [(e.type, e.time) for e in a.events if e.type == "legal.convict"] == [("legal.convict", "2019")]
    for text in ("The bank admitted fraud had taken place in its branches.", "Carl Ruiz admitted to the Herald that he had lied."):
        assert not [e for e in run("The news came on Monday. " + text, "2021-10-05").events if e.type == "legal.convict"], text


def test_a_deal_offer_or_bid_to_buy_is_bought_by_whoever_has_it() -> None:
    for text in ("Acme Corp struck a deal to acquire Kestrel Labs in March.", "Acme Corp made an offer to buy Kestrel Labs.",
                 "Acme Corp launched a bid to take over Kestrel Labs."):
        a = run("The news came on Monday. " + text, "2024-05-06")
        assert [(e.type, sorted((r.role, a.entity(r.entity).name) for r in e.args if r.entity)) for e in a.events if e.type] == \
            [("business.acquire", [("agent", "Acme Corp"), ("patient", "Kestrel Labs")])], text


def test_a_clubs_short_name_is_the_club_named_most_not_its_supporters_trust() -> None:
    a = run("Dunmere sign Brazilian winger on deadline day\n\nDunmere Athletic signed the winger Rafael Lemos from Sporting "
            "Aveiro on Monday. Dunmere paid a club record fee for Lemos. The Dunmere Supporters' Trust welcomed the signing. "
            "Dunmere Athletic finished fifth last season, and Dunmere have not won the league since 1998. The club's chief "
            "executive, Anjali Raman, said Dunmere would not sell.", "2019-09-03")
    orgs = {e.name: len(e.mentions) for e in a.entities if e.type == "ORG"}
    assert orgs == {"Dunmere Athletic": 6, "Sporting Aveiro": 1, "Dunmere Supporters' Trust": 1}
    assert _facts(a, "employee") == [("Anjali Raman", "Dunmere Athletic", None, None)]


def test_whom_a_player_or_a_lawyer_is_with_is_a_body_whom_a_husband_is_with_is_not() -> None:
    a = run("The news came on Monday. The Swede won two league titles as a player with Malmö Sävja in the 1990s.", "2024-05-06")
    assert ("Malmö Sävja", "ORG") in [(e.name, e.type) for e in a.entities]
    for text in ("Her daughter with Tom Baker was born in 2010.", "She worked with Tom Baker on the album."):
        a = run("The news came on Monday. " + text, "2024-05-06")
        assert ("Tom Baker", "PERSON") in [(e.name, e.type) for e in a.entities], text


def test_police_holding_a_person_is_an_arrest_holding_a_press_conference_is_not() -> None:
    a = run("The news came on Monday. Police held Carl Ruiz for questioning on Monday.", "2024-05-07")
    assert [(e.type, e.time) for e in a.events if e.type] == [("legal.arrest", "2024-05-06")]
    for text in ("Police held a press conference on Monday.", "Police held talks with Carl Ruiz.", "Carl Ruiz was held by the club."):
        assert not [e for e in run("The news came on Monday. " + text, "2024-05-07").events if e.type == "legal.arrest"], text


def test_a_minister_moved_to_a_ministry_is_appointed_someone_moved_to_a_firm_is_hired() -> None:
    def kinds(text: str) -> list[str]:
        return [e.type for e in run("The news came on Monday. " + text, "2024-05-07").events if e.type]
    assert kinds("He replaces Valdek Kruus, who moves to the Ministry of Agriculture.") == ["career.appoint"]
    assert kinds("Carl Ruiz moved to Acme Corp in 2019.") == ["career.hire"]


def _homes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return _facts(run("The news came on Monday. " + text, "2024-05-06"), "located_in")


def test_whom_one_lives_with_lives_there_too() -> None:
    assert _homes("Dervla Kvalseth won the medal. She lives in Geneva with her husband, the glaciologist Henrik Strand, and "
                  "their two daughters.") == [("Dervla Kvalseth", "Geneva", None, None), ("Henrik Strand", "Geneva", None, None)]
    assert _homes("Dervla Kvalseth grew up in Oslo with her brother, Henrik Strand.") == [("Dervla Kvalseth", "Oslo", None, "PAST_REF")]


def test_a_home_told_by_a_second_verb_or_after_a_description_has_its_holder() -> None:
    assert _homes("Chiamaka Eze-Rowland, who grew up in Enugu and now lives in London, told the Financial Chronicle on Monday "
                  "that she plans a review.") == [("Chiamaka Eze-Rowland", "Enugu", None, "PAST_REF"),
                                                  ("Chiamaka Eze-Rowland", "London", None, None)]
    assert _homes("His replacement, Davey Munro, has joined the American band Coyote Hymnal and now lives in Los Angeles.") == \
        [("Davey Munro", "Los Angeles", None, None)]
    assert _homes("The Miami-based fund Coral Ridge Partners bought an 18 per cent stake in the airline in March.") == \
        [("Coral Ridge Partners", "Miami", None, None)]


def test_a_couple_dividing_their_time_lives_in_both_places() -> None:
    a = run("Tobi Adeyinka and Linnea Sjoberg married in 2019. The couple now divide their time between London and Stockholm.",
            "2024-05-06")
    assert sorted((s, o) for s, o, _, _ in _facts(a, "located_in")) == [
        ("Linnea Sjoberg", "London"), ("Linnea Sjoberg", "Stockholm"), ("Tobi Adeyinka", "London"), ("Tobi Adeyinka", "Stockholm")]


def test_more_ways_of_saying_where_someone_or_a_firm_is() -> None:
    a = run("The news came on Monday. Adaeze Nwankwo lived in Berlin, where she met her husband, the German architect Jonas "
            "Albrecht; the couple, who have a teenage daughter, currently live in Rotterdam.", "2024-05-06")
    assert {(s, o) for s, o, _, _ in _facts(a, "located_in")} >= {("Adaeze Nwankwo", "Rotterdam"), ("Jonas Albrecht", "Rotterdam")}
    assert ("Chong & Partners", "Seremban", None, None) in _homes(
        "Lim Wei Ling, a former accountant with Chong & Partners in Seremban, joined the party in 1986.")
    assert _homes("Carl Ruiz works in finance.") == []


def test_a_firm_with_a_nordic_suffix_is_a_firm_and_a_rival_based_somewhere_is_there() -> None:
    a = run("The news came on Monday. Kelpwise is in talks to merge with Algatek A/S, a Danish rival based in Aarhus.", "2024-05-06")
    assert ("Algatek A/S", "ORG") in [(e.name, e.type) for e in a.entities]
    assert _facts(a, "located_in") == [("Algatek A/S", "Aarhus", None, None)]


def test_origins_childhoods_and_returns_are_homes() -> None:
    assert _homes("Carl Ruiz, who is from Leeds, said the plan was unfair.") == [("Carl Ruiz", "Leeds", None, None)]
    assert _homes("Carl Ruiz, a native of Leeds, said the plan was unfair.") == [("Carl Ruiz", "Leeds", None, None)]
    assert _homes("Carl Ruiz is a resident of Leeds.") == [("Carl Ruiz", "Leeds", None, None)]
    assert _homes("Carl Ruiz was raised in Leeds by his grandmother.") == [("Carl Ruiz", "Leeds", None, "PAST_REF")]
    assert _homes("Carl Ruiz spent his childhood in Leeds.") == [("Carl Ruiz", "Leeds", None, "PAST_REF")]
    assert _homes("Carl Ruiz returned to Leeds in 2010.") == [("Carl Ruiz", "Leeds", "2010", None)]
    assert _homes("Carl Ruiz returned to Leeds on Tuesday for talks.") == []  # a visit
    assert _homes("Carl Ruiz raised money in Leeds.") == []
    assert _homes("Carl Ruiz spent the weekend in Leeds.") == []


def test_living_between_two_cities_and_moving_back() -> None:
    assert _homes("Carl Ruiz lives between Paris and Lisbon.") == [("Carl Ruiz", "Lisbon", None, None), ("Carl Ruiz", "Paris", None, None)]
    assert _homes("Carl Ruiz moved back to Lisbon in 2015.") == [("Carl Ruiz", "Lisbon", "2015", None)]


def test_being_employed_by_a_body_or_editing_a_paper_is_a_job_there() -> None:
    a = run("The news came on Monday. Maria Lund was employed by Harlow Textiles until 2019.", "2024-05-06")
    assert _facts(a, "employee") == [("Maria Lund", "Harlow Textiles", None, "2019")]
    a = run("The news came on Monday. Maria Lund, who edits the Daily Courier, said the plan was unfair.", "2024-05-06")
    assert _facts(a, "employee") == [("Maria Lund", "Daily Courier", None, None)]


def test_elected_as_a_party_councillor_is_a_member_of_the_party_since_before() -> None:
    a = run("The news came on Monday. Maria Lund was elected as a Labour councillor in 2014.", "2024-05-06")
    assert _facts(a, "member") == [("Maria Lund", "Labour", None, None)]
    assert [(v, s) for _, v, _, s, _ in _roles(a)] == [("councillor", "2014")]


def test_where_a_body_has_its_headquarters_is_where_it_is() -> None:
    assert _homes("Algatek A/S has its headquarters in Aarhus.") == [("Algatek A/S", "Aarhus", None, None)]
    assert _homes("Acme Corp's Leeds headquarters closed in 2020.") == [("Acme Corp", "Leeds", None, None)]
    assert _homes("Maria Lund's home in Leeds was sold.") == [("Maria Lund", "Leeds", None, None)]


def test_a_hyphenated_occupation_is_one_role() -> None:
    for text in ("The Norwegian singer-songwriter Sunniva Brekke released her third album.",
                 "Sunniva Brekke, the singer-songwriter, released an album."):
        a = run("The news came on Monday. " + text, "2024-05-06")
        assert [(f.relation, f.value) for f in a.facts] == [("role", "singer-songwriter")], text


def test_homes_near_a_city_in_a_participle_with_work_or_in_a_hometown() -> None:
    assert _homes("Carl Ruiz returned to his hometown of Leeds in 2010.") == [("Carl Ruiz", "Leeds", "2010", None)]
    assert _homes("Carl Ruiz, now living in Lisbon, said the plan was unfair.") == [("Carl Ruiz", "Lisbon", None, None)]
    assert _homes("Carl Ruiz lives and works in Lisbon.") == [("Carl Ruiz", "Lisbon", None, None)]
    assert _homes("Carl Ruiz lives near Lisbon.") == [("Carl Ruiz", "Lisbon", None, None)]
    assert _homes("Carl Ruiz grew up near Lisbon.") == []  # a childhood told loosely: no home claimed


def test_standing_for_a_party_is_membership_running_for_the_senate_is_not() -> None:
    def members(text: str) -> list[tuple[str, str, str | None, str | None]]:
        return _facts(run("The news came on Monday. " + text, "2024-05-06"), "member")
    assert members("Maria Lund, who stood for the Green Party in 2019, won the seat.") == [("Maria Lund", "Green Party", None, None)]
    assert members("Maria Lund ran for the Senate in 2015.") == []
    assert members("Maria Lund ran for Acme Corp for a decade.") == []
