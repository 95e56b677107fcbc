"""Foundings, launches and investments told in phrasings no fixture article had tested (session 35): invented
sentences through the real pipeline, each fix with two wordings or more and a near miss that must stay quiet."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, entity_types, event_names


def test_a_models_number_is_part_of_its_name() -> None:
    # "PipeWatch 2", "the Vela 2 chip": the number NER took along stays in the name
    a = run("Veltrano Systems released PipeWatch 2, its leak sensor, in May.")
    assert_event(a, "business.launch", {"agent": "Veltrano Systems", "work": "PipeWatch 2"})
    b = run("Quorvel Labs launched the Pebble 2 smartwatch in March.")
    assert "Pebble 2" in entity_types(b)
    c = run("Lumenra Systems released the Wayfinder 3 in October 2003.")
    assert "Wayfinder 3" in entity_types(c)
    # ... not a score after a side's name
    assert "Harlow Town 2" not in entity_types(run("Harlow Town 2, Kelby Rovers 1."))


def test_a_fronted_set_up_formed_or_started_founds_the_clauses_subject() -> None:
    # "Set up in 2014 by X, Y now ...", "Formed in 2011, the band ...": Y is what was founded
    a = run("Set up in 2014 by Hanna Ekdahl, Brisk Pay now operates in nine countries.")
    assert_event(a, "business.found", {"agent": "Hanna Ekdahl", "organization": "Brisk Pay"})
    b = run("Formed in 2011, the Harrow Lanterns have released three albums.")
    assert_event(b, "business.found", {"organization": "Harrow Lanterns"})
    c = run("Started in 2016 by two nurses, CareLink Health now has 300 staff.")
    assert_event(c, "business.found", {"organization": "CareLink Health"})
    # ... not a strong start, a side's form, a novel set somewhere
    assert_no_event(run("Kelby Rovers made a strong start to the season."), "business.found")
    assert_no_event(run("Kelby City's form has dipped since March."), "business.found")
    assert_no_event(run("Set in 1920s Paris, the novel follows two sisters."), "business.found")


def test_a_product_or_service_that_goes_live_is_launched() -> None:
    # "the app / the service went live": put on the market
    a = run("Bexley Pay's new app, Tilly, went live in April.")
    assert_event(a, "business.launch", {"work": "Tilly"})
    b = run("Halden Motors' booking service went live on Monday.")
    assert_event(b, "business.launch", {"agent": "Halden Motors"})
    # ... not a broadcast or results put online
    assert_no_event(run("The broadcast went live at noon."), "business.launch")
    assert_no_event(run("The exam results went live on the website on Thursday."), "business.launch")


def test_leading_a_companys_series_b_invests_in_it() -> None:
    # "led Y's $48 million Series B": Y is funded
    a = run("Sorrelby Partners led Quillmate's $48 million Series B in June.")
    assert_event(a, "business.invest", {"agent": "Sorrelby Partners", "target": "Quillmate"})
    b = run("Ostwen Capital led Brisk Pay's £12 million Series A in 2022.")
    assert_event(b, "business.invest", {"agent": "Ostwen Capital", "target": "Brisk Pay"})
    # ... not a team led
    assert_no_event(run("Maya Quist led Harrow Rovers' B team to a win on Saturday."), "business.invest")


def test_joining_a_companys_funding_round_invests_and_hires_no_one() -> None:
    a = run("Quillon Ventures joined Ferrowave Labs' funding round in 2021.")
    assert_event(a, "business.invest", {"agent": "Quillon Ventures", "target": "Ferrowave Labs"})
    assert_no_event(a, "career.hire")
    b = run("Quillon Ventures joined Ferrowave Labs' $20 million round in 2021.")
    assert_event(b, "business.invest", {"agent": "Quillon Ventures", "target": "Ferrowave Labs"})
    assert_no_event(b, "career.hire")
    # ... a person joining the firm after a round of interviews is hired
    c = run("Mara Quist joined Ferrowave Labs in 2021 after a round of interviews.")
    assert_event(c, "career.hire", {"patient": "Mara Quist", "organization": "Ferrowave Labs"})


def test_a_firms_product_released_is_launched_whether_told_by_a_relative_or_an_apposition() -> None:
    # "the earbuds, which X released", "released X, its leak sensor": the noun the object stands for says it is a product
    a = run("The Hush One earbuds, which Quissaro Acoustics released in 2022, sold out within a week.")
    assert_event(a, "business.launch", {"agent": "Quissaro Acoustics", "work": "Hush One"})
    b = run("The Kessel One speaker, which Harbour Audio released in 2020, won an award.")
    assert_event(b, "business.launch", {"agent": "Harbour Audio", "work": "Kessel One"})
    c = run("Corran Labs released TideWatch, its flood sensor, in March.")
    assert_event(c, "business.launch", {"agent": "Corran Labs", "work": "TideWatch"})
    # ... a label's album stays a release
    d = run("Pell Records released the band's second album, which the critics loved, in March.")
    assert_no_event(d, "business.launch")


def test_a_firms_product_named_with_its_owner_is_two_names() -> None:
    # "Quissaro's Hush One earbuds" taken as one name by NER, Quissaro named apart as a firm: its product launched
    a = run("The judge found that Quissaro's Hush One earbuds, which went on sale in 2022, copied a patented method. "
            "Quissaro Acoustics said it would appeal.")
    assert_event(a, "business.launch", {"agent": "Quissaro Acoustics", "work": "Hush One"})
    assert event_names(a, "business.launch", "work") == ["Hush One"]
    # ... a shop named after its owners stays one name
    b = run("Geoff Tindall sold Tindall's Stores to the village in 2003. Tindall said he would stay on.")
    assert "Tindall's Stores" in entity_types(b)


def test_a_chains_outlet_that_opens_is_launched_by_the_chain_where_it_opened() -> None:
    # "the first X shop opened in Bristol": a launch by X, in Bristol (no business founded)
    a = run("The first Dunmore Coffee shop opened in Bristol in 2011.")
    assert_event(a, "business.launch", {"agent": "Dunmore Coffee", "place": "Bristol"})
    assert_no_event(a, "business.found")
    b = run("A Pellow Foods supermarket, which opened in 2019, has closed.")
    assert_event(b, "business.launch", {"agent": "Pellow Foods"})
    # ... a plant that opened somewhere keeps that place
    c = run("The first Pellow Foods plant opened in Kessendaal in 2017.")
    assert_event(c, "business.launch", {"agent": "Pellow Foods", "place": "Kessendaal"})


def test_found_after_to_a_modal_or_helped_is_the_verb_to_found() -> None:
    # "went on to found X", "helped found X": the tagger's "find"
    a = run("Ana Ruiz went on to found Kelso Labs in 2018.")
    assert_event(a, "business.found", {"agent": "Ana Ruiz", "organization": "Kelso Labs"})
    assert event_names(a, "business.found", "organization") == ["Kelso Labs"]
    b = run("Ana Ruiz helped found Kelso Labs in 2018.")
    assert_event(b, "business.found", {"agent": "Ana Ruiz", "organization": "Kelso Labs"})
    c = run("Ana Ruiz left Pellow in 2015 to found her own firm, Kelso Labs.")
    assert_event(c, "business.found", {"agent": "Ana Ruiz", "organization": "Kelso Labs"})
    # ... not finding a car or evidence
    assert_no_event(run("Police hoped to find the car. Investigators have found no evidence."), "business.found")


def test_a_founder_named_before_or_after_the_firm_founded_it() -> None:
    # "Kelso Labs founder Ana Ruiz" (a title before the name), "the Kelso Labs founder, Ana Ruiz,": she founded it
    a = run("Kelso Labs founder Ana Ruiz said the firm would hire 50 people.")
    assert_event(a, "business.found", {"agent": "Ana Ruiz", "organization": "Kelso Labs"})
    b = run("Pellow Foods co-founder Mark Tay has left the company.")
    assert_event(b, "business.found", {"agent": "Mark Tay", "organization": "Pellow Foods"})
    c = run("The Kelso Labs founder, Ana Ruiz, said it would grow.")
    assert_event(c, "business.found", {"agent": "Ana Ruiz", "organization": "Kelso Labs"})
    # ... not a founder member of a club, nor a founder with no body named
    assert_no_event(run("Harrow Rovers founder member Tom Dale died on Sunday."), "business.found")
    assert_no_event(run("Founder Ana Ruiz said the firm would grow."), "business.found")


def test_an_investor_in_or_backer_of_a_firm_named_beside_it_invested() -> None:
    # "X, an early investor in Y," / "X, an early backer of Y,": X put money into Y
    a = run("Orrin Capital, an early investor in Kelso Labs, declined to comment.")
    assert_event(a, "business.invest", {"agent": "Orrin Capital", "target": "Kelso Labs"})
    b = run("Orrin Capital, an early backer of Kelso Labs, declined to comment.")
    assert_event(b, "business.invest", {"agent": "Orrin Capital", "target": "Kelso Labs"})
    # ... not investors unnamed, nor a backer of a plan
    assert_no_event(run("Investors in Kelso Labs were unhappy."), "business.invest")
    assert_no_event(run("Ana Ruiz, a backer of the plan, spoke on Friday."), "business.invest")


def test_a_rule_or_a_freeze_rolled_out_launches_nothing() -> None:
    assert_no_event(run("Kelso Labs rolled out a hiring freeze in May."), "business.launch")
    assert_no_event(run("The council introduced new parking restrictions in June."), "business.launch")
    assert_no_event(run("Kelso Labs unveiled a sweeping overhaul of its pay structure."), "business.launch")
    # ... a service rolled out stays a launch
    assert_event(run("Kelso Labs rolled out its new booking app in May."), "business.launch", {"agent": "Kelso Labs"})
