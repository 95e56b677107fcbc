"""Phrasings found in session 23 (deals, trials and lawsuits), each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_no_event, event_names


def test_a_term_received_got_or_given_is_a_sentence() -> None:
    a = run("Mila Voss got three years for her part in the scheme.", "2024-05-08")
    assert event_names(a, "legal.sentence", "patient") == ["Mila Voss"]
    a = run("Judge Orla Penn gave Brack Tuller four years in prison on Monday.", "2024-05-08")
    assert event_names(a, "legal.sentence", "patient") == ["Brack Tuller"]
    a = run("Gianni Orso, the owner of the firm Orso Marine, received five years for his part in the fraud.", "2024-05-08")
    assert event_names(a, "legal.sentence", "patient") == ["Gianni Orso"]


def test_years_of_something_received_are_no_sentence() -> None:
    assert_no_event(run("Pavo Lind received two years of funding from the Tessel Trust.", "2024-05-08"), "legal.sentence")
    assert_no_event(run("Lena Hart received years of abuse from her husband.", "2024-05-08"), "legal.sentence")


def test_guilty_after_the_object_of_found_is_the_verdict() -> None:
    a = run("Judge Tamsin Vale found the former mayor, Ossian Brill, guilty of bribery on Monday.", "2024-05-08")
    assert event_names(a, "legal.convict", "patient") == ["Ossian Brill"]
    a = run("The jury found the builder, Lars Moen, not guilty of arson.", "2024-05-08")
    assert event_names(a, "legal.acquit", "patient") == ["Lars Moen"]
    assert_no_event(a, "legal.convict")


def test_found_the_aged_one_guilty_with_a_time_after() -> None:
    a = run("Hadley Morrow, a 58-year-old builder, stood trial in March. A jury found the 58-year-old guilty last week "
            "of fraud.", "2024-05-08")
    (verdict,) = [e for e in a.events if e.type == "legal.convict"]
    assert event_names(a, "legal.convict", "patient") == ["Hadley Morrow"]
    assert verdict.time == "2024-W18"


def test_a_saying_coordinated_after_the_event_does_not_date_it() -> None:
    a = run("Brannock Steel fired Ivo Marek shortly after he was charged and said on Tuesday that it had helped the police.",
            "2024-05-08")
    (firing,) = [e for e in a.events if e.type == "career.fire"]
    (charge,) = [e for e in a.events if e.type == "legal.charge"]
    assert firing.time is None and charge.time is None  # said on Tuesday; fired and charged before, when not told
    a = run("The club sacked Ivo Marek and appointed Tom Reyes on Monday.", "2024-05-08")
    assert {e.type: e.time for e in a.events if e.type} == {"career.fire": "2024-05-06", "career.appoint": "2024-05-06"}


def test_a_bid_or_offer_for_a_company_is_its_acquisition() -> None:
    a = run("Lunden Foods won approval on Wednesday for its £1.4 billion bid for Marrow Bakeries.", "2024-05-08")
    assert event_names(a, "business.acquire", "agent") == ["Lunden Foods"]
    assert event_names(a, "business.acquire", "patient") == ["Marrow Bakeries"]
    a = run("In 1998 he reportedly turned down an offer of about £400 million for Dreller Foods from the British food group "
            "Harwell Brands.", "2024-05-08")
    assert event_names(a, "business.acquire", "agent") == ["Harwell Brands"]
    a = run("Corby Harvest tabled a counter-offer for Marrow Bakeries on Monday.", "2024-05-08")
    assert event_names(a, "business.acquire", "patient") == ["Marrow Bakeries"]


def test_a_bid_for_a_person_or_an_office_is_no_acquisition() -> None:
    assert_no_event(run("Ashford United made a £20 million bid for the striker Kai Moss.", "2024-05-08"), "business.acquire")
    assert_no_event(run("Ashford United made a £20 million bid for the striker Kai Moss.", "2024-05-08"), "career.hire")
    assert_no_event(run("Sela Marr launched a bid for re-election.", "2024-05-08"), "business.acquire")


def test_launching_a_takeover_launches_nothing() -> None:
    a = run("Lunden Foods launched a takeover of Marrow Bakeries in June.", "2024-05-08")
    assert_no_event(a, "business.launch")
    assert event_names(a, "business.acquire", "patient") == ["Marrow Bakeries"]


def test_swallowing_a_company_acquires_it() -> None:
    a = run("Lunden Foods, which swallowed the juice brand Orchardy for $600 million two years ago, said it would grow.",
            "2024-05-08")
    assert event_names(a, "business.acquire", "agent") == ["Lunden Foods"]
    assert_no_event(run("Tarn Mills swallowed its pride and apologised.", "2024-05-08"), "business.acquire")


def test_a_merger_between_two_companies() -> None:
    a = run("The 2011 merger between Astley Bank and Corran Mutual created the group.", "2024-05-08")
    (merger,) = [e for e in a.events if e.type == "business.merge"]
    names = {a.entity(g.entity).name for g in merger.args if g.entity}
    assert names == {"Astley Bank", "Corran Mutual"} and merger.time == "2011"


def test_a_stake_built_is_the_builder_s_investment() -> None:
    a = run("Greyfield Partners said on Friday that it had built a 9.8 percent stake in Marrow Bakeries.", "2024-05-08")
    assert event_names(a, "business.invest", "agent") == ["Greyfield Partners"]


def test_an_investor_backing_a_company_invests_in_it() -> None:
    a = run("Tollway Ventures first backed Brisk Labs in 2019.", "2024-05-08")
    assert event_names(a, "business.invest", "target") == ["Brisk Labs"]
    a = run("Brisk Labs is backed by the venture firm Tollway Ventures.", "2024-05-08")
    assert event_names(a, "business.invest", "agent") == ["Tollway Ventures"]
    assert_no_event(run("The Merrow Party backed the plan.", "2024-05-08"), "business.invest")
    assert_no_event(run("The union backed Orton Mills in the dispute.", "2024-05-08"), "business.invest")


def test_an_earlier_investment_told_in_a_relative_clause_stays_apart() -> None:
    a = run("Brisk Labs has raised €85 million in a round led by Tollway Ventures, the Skell firm that first backed the "
            "company in 2019.", "2024-05-08")
    times = sorted(str(e.time) for e in a.events if e.type == "business.invest")
    assert times == ["2019", "None"]  # the round (no date) and the first backing


def test_job_cuts_announced_are_a_layoff() -> None:
    a = run("Harland Motors announced 300 job cuts on Monday.", "2024-05-08")
    assert event_names(a, "business.layoff", "agent") == ["Harland Motors"]
    assert_no_event(run("The government announced spending cuts and tax cuts in March.", "2024-05-08"), "business.layoff")


def test_a_countersuit_sues_back_the_one_who_sued() -> None:
    a = run("Rosa Mell sued Halden Foods in March 2020. Halden Foods countersued three months later, accusing the singer "
            "of fraud.", "2024-05-08")
    suits = {(e.time, next(a.entity(g.entity).name for g in e.args if g.role == "target" and g.entity))
             for e in a.events if e.type == "legal.sue"}
    assert suits == {("2020-03", "Halden Foods"), ("2020-06", "Rosa Mell")}
    a = run("Halden Foods hit back in January with a countersuit against Rosa Mell.", "2024-05-08")
    assert event_names(a, "legal.sue", "agent") == ["Halden Foods"]


def test_a_claim_or_case_brought_or_won_against_someone_is_a_suit() -> None:
    a = run("Rosa Mell brought a claim against Halden Foods in 2020.", "2024-05-08")
    assert event_names(a, "legal.sue", "target") == ["Halden Foods"]
    a = run("In 2017 Rosa Mell won a libel case against Halden Foods.", "2024-05-08")
    assert event_names(a, "legal.sue", "agent") == ["Rosa Mell"]
    assert_no_event(run("The case against Ray Dunn collapsed in 2019.", "2024-05-08"), "legal.sue")
    assert_no_event(run("Ray Dunn rejected her claim that the firm had lied.", "2024-05-08"), "legal.sue")


def test_a_name_before_an_airport_is_the_place() -> None:
    a = run("Ruta Kell was detained at Dorvan airport in November 2019 as he was about to board a flight.", "2024-05-08")
    assert event_names(a, "legal.arrest", "place") == ["Dorvan"]
