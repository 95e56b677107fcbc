"""Session 53: false events found by reading the pipeline's output on real wire and business news (TimeBank and AQUAINT,
1989-2000, in ../shared/data), each rewritten here as an invented sentence, with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, named_args, typed


def test_a_word_listed_only_for_an_idiom_of_a_type_is_no_trigger_alone() -> None:
    # "tie" and "exchange" stand in life.marry for "tied the knot", "exchanged vows" only
    a = run("Two militant leaders, Omar Halid and Samir Tabet, have long ties to Varosh. Shares of Kelmont fell on the "
            "Lisbon stock exchange yesterday.")
    assert typed(a, "life.marry") == []


def test_the_idiom_itself_still_marries() -> None:
    a = run("Mara Quill and Tom Vale exchanged vows in Bath in 2019.")
    assert [(row.get("agent"), row.get("partner")) for row in named_args(a, "life.marry")] == [("Mara Quill", "Tom Vale")]


def test_a_thing_is_no_partner_of_a_meeting_or_a_separation() -> None:
    a = run("The agency decided that Tom Vale met the test for custody. He has been separated from his loved ones too long.")
    assert typed(a, "life.meet") == [] and typed(a, "life.separate") == []


def test_a_person_told_by_a_noun_is_still_met() -> None:
    a = run("Mara Quill, a nurse, met a banker at a party in Leeds in 2015.")
    assert [row.get("partner") for row in named_args(a, "life.meet")] == ["a banker"]


def test_linked_to_a_deed_or_with_a_body_is_no_romance() -> None:
    a = run("Police said Tom Vale has been linked, through DNA testing, to a strand of hair. A militant group, linked "
            "with Omar Halid, planned the attacks. Officials are asking whether Halid is linked to all three attacks.")
    assert typed(a, "life.date") == []


def test_linked_to_a_person_is_still_a_romance() -> None:
    a = run("The singer Mara Quill has been romantically linked to the actor Jon Reyes since March.")
    assert [(row.get("agent"), row.get("partner")) for row in named_args(a, "life.date")] == [("Mara Quill", "Jon Reyes")]


def test_engaged_in_an_act_and_a_body_proposing_a_plan_are_no_betrothal() -> None:
    a = run("Korvath Brewing has been reluctant to engage in price-cutting. Equus Investment II Limited Partnership has "
            "proposed changing the offer. Omar Halid offered his first rough proposal for a negotiated end to the crisis. "
            "Halid also proposed to withdraw his troops.")
    assert typed(a, "life.engage") == []
    assert entity_types(a).get("Equus Investment II Limited Partnership") == "ORG"


def test_a_proposal_to_a_person_and_an_engagement_in_a_city_stay() -> None:
    a = run("Tom Vale proposed to Mara Quill on a beach in Bali in June. Jon Reyes and Ines Maro got engaged in Paris "
            "last year.")
    pairs = {(row.get("agent"), row.get("partner")) for row in named_args(a, "life.engage")}
    assert pairs == {("Tom Vale", "Mara Quill"), ("Jon Reyes", "Ines Maro")}


def test_a_country_or_a_body_joining_is_no_hiring() -> None:
    a = run("Estrelia, Norland and Varosh formally joined the Atlantic Defence Union on Friday. Bellmont Securities and "
            "Harrow Capital joined Kestrel Partners in suspending index arbitrage trading.")
    assert typed(a, "career.hire") == []


def test_a_person_joining_a_firm_is_still_hired() -> None:
    a = run("Tom Vale joined Harlan Media in 2015 as a reporter.")
    assert [(row.get("patient"), row.get("organization")) for row in named_args(a, "career.hire")] == [("Tom Vale", "Harlan Media")]


def test_force_and_welcome_are_not_launched() -> None:
    a = run("Norland forces on Thursday launched cruise missile strikes against camps in Varosh. President Halid rolled "
            "out the red carpet for the prime minister. Crowds honoured the men who launched the revolution.")
    assert typed(a, "business.launch") == []


def test_a_product_is_still_launched() -> None:
    a = run("Velmora launched its first smartphone, the Arc 3, in May.")
    assert [(row.get("agent"), row.get("work")) for row in named_args(a, "business.launch")] == [("Velmora", "Arc 3")]


def test_a_better_life_given_is_no_sentence() -> None:
    a = run("His relatives say they can give Tom Vale a better life in Miami.")
    assert typed(a, "legal.sentence") == []


def test_life_given_bare_is_a_life_term() -> None:
    a = run("Tom Vale was given life for the murder of his business partner.")
    assert [row.get("patient") for row in named_args(a, "legal.sentence")] == ["Tom Vale"]


def test_telling_a_cabinet_or_being_told_by_officials_is_no_interview() -> None:
    a = run("Prime Minister Omar Halid told his Cabinet on Sunday that Norland would withdraw. Tom Vale asked for a visa "
            "but was told by Foreign Ministry officials that he had to apply in person.")
    assert typed(a, "report.interview") == []


def test_telling_a_paper_is_still_an_interview() -> None:
    a = run("Tom Vale told the Kelworth Post on Monday that he would not resign.")
    assert [(row.get("agent"), row.get("outlet")) for row in named_args(a, "report.interview")] == [("Tom Vale", "Kelworth Post")]


def test_a_nomination_for_a_persons_work_nominates_the_person() -> None:
    a = run("Mara Quill is a folk singer from Cork. Her third album was shortlisted for the Fennick Prize in 2021.")
    assert [(row.get("patient"), row.get("work")) for row in named_args(a, "career.nominate")] == [("Mara Quill", "Her third album")]


def test_a_pronoun_read_as_the_work_itself_nominates_no_one() -> None:
    a = run("Ada Kuill's first novel won the Coldharbour Award in 1982, and she was shortlisted for the Ashcombe Prize "
            "in 1988 for her second, The Lamplighter's Wife.")
    assert all(row.get("patient") != "The Lamplighter's Wife" for row in named_args(a, "career.nominate"))


def test_a_remarriage_is_not_the_wedding_with_the_former_partner() -> None:
    # the remarriage lost to the told wedding once the reading of "Reports ... married" that stood for it was gone
    a = run("The actress Ines Maro was previously married to the director Jon Reyes. They married in Ghent in 2016 and "
            "separated in 2020. Reyes, who has since remarried, wished her well on Monday.")
    weddings = typed(a, "life.marry")
    assert len(weddings) == 2 and sum(e.lemma == "remarry" for e in weddings) == 1


def test_officials_meeting_are_no_couple_meeting() -> None:
    a = run("State Councilor Chen Zhao met with Oh Minsu, deputy prime minister of Korea, at the Diaoyutai Guesthouse on "
            "Tuesday. Prime Minister Omar Halid is due to meet Tom Vale in Amman later on Wednesday.")
    assert typed(a, "life.meet") == []


def test_two_people_who_met_at_a_party_still_met() -> None:
    a = run("Mara Quill met the banker Tom Vale at a party in Leeds in 2010.")
    assert [(row.get("agent"), row.get("partner")) for row in named_args(a, "life.meet")] == [("Mara Quill", "Tom Vale")]


def test_money_a_right_or_a_currency_is_no_prize() -> None:
    a = run("Norland expects to earn around 18 billion dollars in oil receipts this year. Tom Vale claimed diplomatic "
            "immunity. Harlan Air suffered a net loss of 42.5 billion won in the second quarter.")
    assert typed(a, "career.win") == []


def test_a_prize_first_won_is_still_won() -> None:
    a = run("The producer Kenji Mori was named producer of the year; he first won the award in 1999.")
    assert "1999" in [e.time for e in typed(a, "career.win")]


def test_a_promise_or_machines_or_a_party_are_not_named_to_a_post() -> None:
    a = run("The Congress made the promise to the president as the United Front searched for a new head to become the "
            "country's next prime minister. Norland would carry out its plan to install 3,000 centrifuges.")
    assert typed(a, "career.appoint") == []


def test_a_person_made_chief_executive_is_still_appointed() -> None:
    a = run("Harlan Media made Tom Vale its chief executive in 2019.")
    assert [(row.get("patient"), row.get("role")) for row in named_args(a, "career.appoint")] == [("Tom Vale", "chief executive")]
