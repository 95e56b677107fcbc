"""Session 61: rules found reading development misses and the blind fixtures, each tested on an invented article (other
names, other words), with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import named_args


def test_a_clause_summed_up_after_a_comma_is_no_second_object() -> None:
    a = run("The singer Maren Oduya left Tollcastle Management for the Dublin agency Wrenfield Blake in the spring of 2021, a "
            "move that friends said had ended her friendship with its founder.", "2024-11-20")
    assert [(row.get("agent"), row.get("organization")) for row in named_args(a, "career.resign")] == \
        [("Maren Oduya", "Tollcastle Management")]
    assert [(row.get("patient"), row.get("organization")) for row in named_args(a, "career.hire")] == \
        [("Maren Oduya", "Wrenfield Blake")]
    # ... but a description of the named object after its comma stays its apposition
    b = run("Pellory Rovers signed Tomasz Vukelic, a midfielder who played for Arlen City, in the summer of 2021.", "2024-11-20")
    assert [(row.get("patient"), row.get("organization")) for row in named_args(b, "career.hire")] == \
        [("Tomasz Vukelic", "Pellory Rovers")]


def test_an_infinitive_of_purpose_under_a_conjunct_takes_the_first_verbs_subject() -> None:
    a = run("Ingrid Halvorsen-Obi trained as a nurse in Leeds and moved back to Bergen in 2004 to join the Haukeland Heart "
            "Institute.", "2024-11-20")
    assert [(row.get("patient"), row.get("organization")) for row in named_args(a, "career.hire")] == \
        [("Ingrid Halvorsen-Obi", "Haukeland Heart Institute")]
    # ... not when the conjunct has a subject of its own, nor after a verb of urging (its object is the one urged)
    b = run("Piers Maddock lost the vote and his deputy Alma Rees quit in May to join the Reform Alliance.", "2024-11-20")
    assert [row.get("patient") for row in named_args(b, "career.hire")] == ["Alma Rees"]
    c = run("The Crestmoor Party said it was disappointed and called on Hollis Brack to resign his seat.", "2024-11-20")
    assert [row.get("agent") for row in named_args(c, "career.resign")] != ["Crestmoor Party"]


def test_a_defection_told_as_a_noun_leaves_one_party_for_another() -> None:
    a = run("Talbot Fenwick-Ode, a Liberal councillor in Harrowgate for eight years, has joined the Green Alliance. The vote was "
            "overshadowed on Monday by the defection of Mirela Kastner, the Liberal deputy leader, to the Green Alliance. "
            "Kastner later announced her defection on social media.", "2024-11-20")
    assert [(row.get("patient"), row.get("organization")) for row in named_args(a, "career.hire")] == \
        [("Talbot Fenwick-Ode", "Green Alliance"), ("Mirela Kastner", "Green Alliance")]
    assert [row.get("agent") for row in named_args(a, "politics.announce")] == ["Mirela Kastner"]
    # ... but a defection counted, with no one defecting, is no one's leaving
    b = run("Ruth Calloway left the Liberal Party for the Green Alliance in March. It is the second defection to the Green "
            "Alliance this year.", "2024-11-20")
    assert [row.get("agent") for row in named_args(b, "career.resign")] == ["Ruth Calloway"]


def test_a_bodys_full_name_after_its_one_word_name_is_the_body() -> None:
    a = run("BRANTFORD, Ont. — Quarrendon Millworks said Tuesday that its founder had retired. Lise Avard, 47, joined "
            "Quarrendon in 2015 and was named chief executive in 2021.", "2024-11-20")
    assert [(e.name, e.type) for e in a.entities if "Quarrendon" in e.name] == [("Quarrendon Millworks", "ORG")]
    assert [(row.get("patient"), row.get("organization")) for row in named_args(a, "career.hire")] == \
        [("Lise Avard", "Quarrendon Millworks")]
    # ... but not a title after the name
    b = run("Quarrendon CEO Lise Avard said the stove would go on sale in May. Avard joined Quarrendon in 2015.", "2024-11-20")
    assert [e.name for e in b.entities if "Quarrendon" in e.name] == ["Quarrendon"]


def test_the_subject_that_fires_a_coach_told_by_post_is_a_side() -> None:
    a = run("Herons fire coach Anselm Varga after 3-12 start\n\nThe Tollbridge Herons fired head coach Anselm Varga on Thursday, "
            "less than two years after he led the franchise to its first conference title.\n\nVarga, 49, was hired by the "
            "Herons in May 2019.", "2024-11-20")
    assert [(e.name, e.type) for e in a.entities if "Herons" in e.name] == [("Tollbridge Herons", "ORG")]
    assert [(row.get("agent"), row.get("patient"), row.get("organization")) for row in named_args(a, "career.fire")] == \
        [("Tollbridge Herons", "Anselm Varga", "Tollbridge Herons")]
    # ... not a person who fires a coach of their own ("the tennis player X fired coach Y")
    b = run("Mirela Dastanova fired coach Anselm Varga on Thursday after a first-round defeat in Doha.", "2024-11-20")
    assert [(e.name, e.type) for e in b.entities if "Dastanova" in e.name] == [("Mirela Dastanova", "PERSON")]


def test_an_event_told_alongside_someone_takes_the_time_of_theirs() -> None:
    a = run("A jury convicted Helena Marsh-Ode in May of fraud after a four-week trial. Her accountant, Piet Laroche, 61, was "
            "convicted alongside her. Laroche was charged with her in 2022.", "2024-11-20")
    assert [(row.get("patient"), e.time) for e in a.events if e.type == "legal.convict" for row in [_args(a, e)]] == \
        [("Helena Marsh-Ode", "2024-05"), ("Piet Laroche", "2024-05")]
    # ... not "charged with fraud": no one beside
    b = run("A jury convicted Helena Marsh-Ode in May of fraud. Piet Laroche was convicted with fraud too.", "2024-11-20")
    assert [e.time for e in b.events if e.type == "legal.convict" and "Piet Laroche" in _args(b, e).values()] == [None]


def test_an_event_hours_or_days_before_a_dated_one_falls_in_its_month() -> None:
    a = run("Mayor Hal Dunne resigned on 12 March 2021, hours after police arrested his deputy, Ivo Brandt. Tom Ince, the "
            "treasurer, was sacked in 2019, months after he was arrested.", "2024-11-20")
    assert [(row.get("patient"), e.time) for e in a.events if e.type == "legal.arrest" for row in [_args(a, e)]] == \
        [("Ivo Brandt", "2021-03"), ("Tom Ince", None)]


def _args(a, event) -> dict[str, str]:
    names = {e.id: e.name for e in a.entities}
    return {g.role: names.get(g.entity, g.text) for g in event.args}


def test_a_time_some_weeks_before_which_a_clause_happened_dates_no_other_event() -> None:
    a = run("Edwina Marlowe-Tusk, the MP for Hallam Cross, has defected from the Civic Party to the Forward Party, dealing a "
            "blow to its leader weeks before the autumn conference.", "2024-01-24")
    assert [(e.type, e.time) for e in a.events if e.type == "career.hire"] == [("career.hire", None)]
    # ... but a time of the clause itself still dates the sentence's event
    b = run("Edwina Marlowe-Tusk, the MP for Hallam Cross, has defected from the Civic Party to the Forward Party, dealing a "
            "blow to its leader at the autumn conference.", "2024-10-24")
    assert [(e.type, e.time) for e in b.events if e.type == "career.hire"] == [("career.hire", "2024-FA")]


def test_an_event_told_with_also_is_one_more_of_its_type() -> None:
    a = run("Edwina Marlowe-Tusk has quit the Civic Party. She announced the move on Monday. She also resigned as the "
            "party's shadow transport minister, a post she had held since 2021.", "2024-01-24")
    assert [(row.get("agent"), row.get("role")) for row in named_args(a, "career.resign")] == \
        [("Edwina Marlowe-Tusk", None), ("Edwina Marlowe-Tusk", "shadow transport minister")]


def test_a_clubs_first_word_in_its_own_history_is_the_club() -> None:
    a = run("Harwick City sign Brandvold from Wenhaston in record deal\n\nHarwick City have completed the signing of the Denmark "
            "striker Ilse Brandvold from Wenhaston Athletic for a club-record fee of £12m.\n\nBrandvold scored 30 goals in 80 "
            "appearances for Wenhaston after arriving in 2021.\n\nWenhaston, who had insisted all summer that their top scorer "
            "was not for sale, moved quickly to replace her.\n\nThe fee received for Brandvold is the largest in Wenhaston's "
            "history.", "2025-08-12")
    assert [(e.name, e.type) for e in a.entities if "Wenhaston" in e.name] == [("Wenhaston Athletic", "ORG")]
    # ... but a town told with "in" stays the town
    b = run("Harwick Rovers have signed the striker Ilse Brandvold from Wenhaston Athletic. Brandvold grew up in Wenhaston.",
            "2025-08-12")
    assert [e.type for e in b.entities if e.name == "Wenhaston"] == ["GPE"]


def test_a_hiring_after_which_someone_played_for_a_team_is_that_teams() -> None:
    a = run("Harwick Rovers have signed the striker Ilse Brandvold from Tormead Athletic. Brandvold scored 30 goals in 80 "
            "appearances for Tormead Athletic after arriving from the Danish club Vejrup IF in January 2021.", "2025-08-12")
    assert [(row.get("patient"), row.get("organization"), e.time) for e in a.events if e.type == "career.hire"
            for row in [_args(a, e)]] == [("Ilse Brandvold", "Harwick Rovers", None), ("Ilse Brandvold", "Tormead Athletic", "2021-01")]


def test_rumours_dismissed_as_them_are_no_one_dismissed() -> None:
    a = run("The singer Mara Quill was photographed last week with the actor Dev Saroya in Lisbon, fuelling rumours of a "
            "romance. Her publicist, Lena Fosdyke, dismissed them on Tuesday.", "2024-11-20")
    assert [e.type for e in a.events if e.type == "career.fire"] == []
    # ... but "them" for people told just before is who was dismissed
    b = run("The club's two assistant coaches, Pim Lorde and Ivo Kask, were blamed for the defeat. The board dismissed them on "
            "Tuesday.", "2024-11-20")
    assert [e.type for e in b.events if e.type == "career.fire"] != []


def test_a_divorce_filed_is_dated_by_the_filing_of_its_papers() -> None:
    a = run("Marisa Okonedo-Vale files for divorce from Tomas Vale after eight years of marriage\n\nThe actress Marisa "
            "Okonedo-Vale has filed for divorce from the chef Tomas Vale, ending one of London's best-known marriages.\n\n"
            "Okonedo-Vale, 41, filed the petition at the Central Family Court on Monday, citing irreconcilable differences.",
            "2024-11-20")
    assert [(row.get("agent"), row.get("partner"), e.time) for e in a.events if e.type == "life.divorce"
            for row in [_args(a, e)]] == [("Marisa Okonedo-Vale", "Tomas Vale", "2024-11-18")]


def test_a_name_after_collaborator_is_a_person() -> None:
    a = run("The chemist Ilona Brezhova-Marr has won the Pellow Medal. She will share the award with her longtime collaborator "
            "Sunniva Okafor-Lindqvist of the University of Tranmoor. Okafor-Lindqvist, 52, was told of the award on Monday.",
            "2024-11-20")
    assert [(e.name, e.type) for e in a.entities if "Lindqvist" in e.name] == [("Sunniva Okafor-Lindqvist", "PERSON")]
    assert [m.text for e in a.entities if e.name == "Sunniva Okafor-Lindqvist" for m in e.mentions][:2] == \
        ["longtime collaborator", "Sunniva Okafor-Lindqvist"]  # the title before the name, the person's
    assert ("role", "collaborator") not in [(f.relation, f.value) for f in a.facts]  # ... a relation to another, no post


def test_a_share_of_the_vote_won_is_no_prize() -> None:
    a = run("Council President Honora Quayle defeated Mayor Lucan Trew in Tuesday's election, winning 54 percent of the "
            "vote. Quayle won the Dovecote Prize for public service in 2015.", "2021-11-04")
    assert [(row.get("agent"), row.get("award")) for row in named_args(a, "career.win")] == [("Honora Quayle", "Dovecote Prize")]


def test_common_words_of_a_title_case_headline_are_no_name() -> None:
    a = run("Pellworth Mills CEO Agathe Rundqvist Steps Down as Retailer Shutters 30 Stores\n\nPellworth Mills said on Monday that "
            "its chief executive, Agathe Rundqvist, had stepped down, effective immediately, as the struggling chain moves to "
            "close 30 stores.", "2024-11-20")
    assert "Retailer Shutters" not in [e.name for e in a.entities]
    assert [(row.get("organization"), row.get("role")) for row in named_args(a, "career.resign")] == \
        [("Pellworth Mills", "chief executive")]  # (not "Stores", nor "struggling chain moves": a clause after "as")
    # ... but a headline in sentence case keeps its names, and a name the story tells again
    b = run("Evening Post poaches Gazette's Mellor to succeed Kilbride\n\nThe Tressell Evening Post has named Ada Mellor, the "
            "deputy editor of the Marrow Gazette, as its editor.", "2024-11-20")
    assert "Evening Post" in [m.text for e in b.entities for m in e.mentions]


def test_a_phrase_between_an_opening_participle_and_the_subject_is_the_participles() -> None:
    a = run("Born in Tarrowby, Fife, on March 3, 1941, the son of a ferryman, Ewan Castellow studied physics at the University of "
            "Dundee and completed a doctorate at Oxford in 1967.", "2024-11-20")
    assert [(row.get("patient"), row.get("place"), e.time) for e in a.events if e.type == "life.born" for row in [_args(a, e)]] == \
        [("Ewan Castellow", "Tarrowby", "1941-03-03")]


def test_a_by_phrase_of_another_event_after_a_passive_is_not_its_doer() -> None:
    a = run("Harwick Rovers have sacked manager Ingmar Solvik. The Norwegian was dismissed on Monday morning, two days after a "
            "4-0 home defeat by Pellham Athletic, as supporters chanted for his removal.", "2020-10-14")
    assert [(row.get("agent"), row.get("patient"), e.time) for e in a.events if e.type == "career.fire"
            for row in [_args(a, e)]] == [("Harwick Rovers", "Ingmar Solvik", "2020-10-12")]
    # ... but "replaced on an interim basis by Y" still names Y, the one taking over
    b = run("Harwick Rovers sacked Ingmar Solvik on Monday. He will be replaced on an interim basis by the assistant manager, "
            "Tobias Wren.", "2020-10-14")
    assert [(row.get("patient"), row.get("predecessor")) for row in named_args(b, "career.hire")] == [("Tobias Wren", "Ingmar Solvik")]


def test_the_changes_of_ones_reshuffle_are_that_ones_doing() -> None:
    a = run("Marguerite Ellory-Tate has been sacked as culture secretary, as Prime Minister Anselm Quorley carried out the "
            "biggest reshuffle of his premiership on Monday. She was replaced by Dorian Pellowe, the former arts minister. "
            "Pellowe served as arts minister from 2018 until he resigned in 2020.", "2022-02-08")
    assert [(e.type, row.get("agent"), row.get("patient")) for e in a.events if e.type in ("career.fire", "career.appoint")
            for row in [_args(a, e)]] == [("career.fire", "Anselm Quorley", "Marguerite Ellory-Tate"),
                                          ("career.appoint", "Anselm Quorley", "Dorian Pellowe"),
                                          ("career.appoint", None, "Dorian Pellowe")]  # (session 71: "served as arts minister
    # from 2018" is that appointment, by no one named)
    # ... not when no one carries out the reshuffle
    b = run("Marguerite Ellory-Tate has been sacked as culture secretary in a reshuffle. She was replaced by Dorian Pellowe.",
            "2022-02-08")
    assert [_args(b, e).get("agent") for e in b.events if e.type == "career.fire"] == [None]


def test_a_passive_read_as_the_adjective_of_its_post_is_the_verb() -> None:
    a = run("Hollis Brackwood was first elected mayor in 2009.", "2019-11-06")
    assert [(row.get("patient"), row.get("role"), e.time) for e in a.events if e.type == "politics.elect"
            for row in [_args(a, e)]] == [("Hollis Brackwood", "mayor", "2009")]


def test_winning_by_a_count_of_votes_is_no_prize() -> None:
    a = run("City Council member Edda Brackwood was elected mayor of Fallow Cross on Tuesday.\n\nUnofficial results showed "
            "Brackwood, a Democrat, winning by about 1,900 votes out of roughly 21,000 cast. Brackwood won the Pellow Cup by two "
            "votes in 2004.", "2019-11-06")
    assert [(row.get("agent"), row.get("award")) for row in named_args(a, "career.win")] == [("Edda Brackwood", "Pellow Cup")]


def test_a_leads_unnamed_person_is_the_one_named_next_in_what_police_said() -> None:
    a = run("Man charged with arson after Pellbury mill fire\n\nA 41-year-old man has been charged with arson after a fire "
            "destroyed a textile mill in Pellbury last weekend.\n\nDorian Vasquez-Hale, of Mill Lane, Pellbury, was arrested on "
            "Tuesday evening at an address in Leeds and charged late on Wednesday, North Fell Police said.", "2023-03-02")
    assert [m.text for e in a.entities if e.name == "Dorian Vasquez-Hale" for m in e.mentions][:1] == ["A 41-year-old man"]
    assert [(row.get("agent"), row.get("patient"), e.time) for e in a.events if e.type == "legal.charge"
            for row in [_args(a, e)]] == [("North Fell Police", "Dorian Vasquez-Hale", "2023-03-01")]


def test_a_participle_after_a_verb_ahead_is_ahead_too() -> None:
    a = run("Corvane Motors will close its gearbox plant in Pellham by the end of next year, eliminating about 900 jobs.",
            "2021-09-23")
    assert [e.modality for e in a.events if e.type == "business.layoff"] == ["planned"]
    # ... not one after a verb told done
    b = run("Corvane Motors closed its gearbox plant in Pellham last year, eliminating about 900 jobs.", "2021-09-23")
    assert [e.modality for e in b.events if e.type == "business.layoff"] == [None]


def test_here_in_a_story_filed_from_a_place_is_that_place() -> None:
    a = run("PELLHAM, Ohio — Corvane Motors will close its gearbox plant here by the end of next year, eliminating about 900 "
            "jobs, the company said Tuesday.", "2021-09-23")
    assert [(row.get("agent"), (row.get("place") or "").title()) for row in named_args(a, "business.layoff")] == \
        [("Corvane Motors", "Pellham")]
    # ... not in a story filed from nowhere
    b = run("Corvane Motors will close its gearbox plant here by the end of next year, eliminating about 900 jobs.", "2021-09-23")
    assert [row.get("place") for row in named_args(b, "business.layoff")] == [None]


def test_a_medal_and_its_colour_are_one_win() -> None:
    a = run("Saara Lindqvist-Obi, the sprinter who became the first Finnish woman to win a global 200m medal, announced her "
            "retirement on Wednesday. She won silver in the 200m at the 2019 world championships.", "2025-08-21")
    assert [(row.get("agent"), e.time) for e in a.events if e.type == "career.win" for row in [_args(a, e)]] == \
        [("Saara Lindqvist-Obi", "2019")]
