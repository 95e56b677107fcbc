"""Names of organisations and people in event arguments (session 33): invented one-word firm names the recognizer
misses or types as a place or a person, told by what they do, each as invented sentences through the real pipeline."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import assert_event


def _types_of(a: Analysis, name: str) -> list[str]:
    return [e.type for e in a.entities if e.name == name]


def _mentions_of(a: Analysis, name: str) -> int:
    return sum(len(e.mentions) for e in a.entities if e.name == name)


def test_a_name_that_buys_a_named_firm_is_a_firm() -> None:
    # "agreed to buy", "is to buy", "bought the rival X": the buyer, missed by the recognizer, and named again
    a = run("Nuvance agreed to buy Tesslar for $2bn. Nuvance's shares fell 4 per cent.")
    assert _types_of(a, "Nuvance") == ["ORG"] and _mentions_of(a, "Nuvance") >= 2
    assert_event(a, "business.acquire", {"agent": "Nuvance", "patient": "Tesslar"})
    b = run("Shares rose. Halcyra is to buy Brentmoor in a $5bn deal.")
    assert _types_of(b, "Halcyra") == ["ORG"]
    assert_event(b, "business.acquire", {"agent": "Halcyra", "patient": "Brentmoor"})
    c = run("Sprocketry bought the rival Danbury Tools in 2018. Sprocketry is based in Ohio.")
    assert _types_of(c, "Sprocketry") == ["ORG"] and _mentions_of(c, "Sprocketry") >= 2


def test_a_name_that_is_it_to_the_text_is_a_firm() -> None:
    # "X announced that it had acquired Y", "X sold its unit", "X has appointed its first chair": no person's
    a = run("Zentaro announced that it had acquired Lumeo. Zentaro did not disclose the price.")
    assert _types_of(a, "Zentaro") == ["ORG"] and _mentions_of(a, "Zentaro") >= 2
    b = run("Pellworth sold its cement unit to Arkady Group. Pellworth said the sale would close in March.")
    assert _types_of(b, "Pellworth") == ["ORG"]
    d = run("Quade said it would cut 90 jobs at its plant in Derby. Quade makes brakes.")
    assert _types_of(d, "Quade") == ["ORG"]
    c = run("Brackwell has appointed its first female chair. Brackwell said Dana Merrow would start in June.")
    assert _types_of(c, "Brackwell") == ["ORG"]
    assert_event(c, "career.appoint", {"organization": "Brackwell"})


def test_a_firm_acquired_is_one_firm_wherever_named() -> None:
    # the recognizer calls the second "Lumbridge" a person and misses both "Corvex": one firm each
    a = run("Lumbridge has acquired Corvex. Lumbridge said on Monday that Corvex would keep its name.")
    assert _types_of(a, "Lumbridge") == ["ORG"] and _types_of(a, "Corvex") == ["ORG"]
    assert _mentions_of(a, "Corvex") == 2
    assert_event(a, "business.acquire", {"agent": "Lumbridge", "patient": "Corvex"})


def test_people_who_buy_or_sell_their_own_things_stay_people() -> None:
    a = run("Markets were quiet. Hadley Rooke sold her house in Bath on Monday.")
    assert _types_of(a, "Hadley Rooke") == ["PERSON"]
    b = run("Markets were quiet. Ilse Brandt said it had been a hard year for the industry.")
    assert _types_of(b, "Ilse Brandt") == ["PERSON"]


def test_a_name_told_again_by_its_last_word_is_a_person() -> None:
    # the recognizer calls the full name a firm; a body goes by its first word, a person by the last
    a = run("Heddon Pryce joined Stellwater in 2015. Pryce left Stellwater last year.")
    assert _types_of(a, "Heddon Pryce") == ["PERSON"]
    assert_event(a, "career.hire", {"patient": "Heddon Pryce", "organization": "Stellwater"})
    b = run("Orlaith Breen has been named captain of Castlemore. Breen succeeds Aine Foy.")
    assert _types_of(b, "Orlaith Breen") == ["PERSON"]
    c = run("Lorcan Vey has won the Merrow Award for his film \"Night Tide\". Vey accepted the award in Berlin.")
    assert _types_of(c, "Lorcan Vey") == ["PERSON"]
    assert_event(c, "career.win", {"agent": "Lorcan Vey"})
    d = run("Markets were quiet. Ilse Brandt bought Glenrock for $3m. Brandt said she loved the estate.")
    assert _types_of(d, "Ilse Brandt") == ["PERSON"]


def test_a_firm_told_again_by_its_first_word_stays_a_firm() -> None:
    a = run("Markets were quiet. Ashcombe Holdings bought Grindle Brewing. Ashcombe said the brand would remain.")
    assert _types_of(a, "Ashcombe Holdings") == ["ORG"]
    b = run("Markets were quiet. Quorvel Systems has bought Trindle. Trindle makes sensors for farms.")
    assert _types_of(b, "Quorvel Systems") == ["ORG"]


def test_a_firm_the_recognizer_calls_a_person_buys_a_named_firm() -> None:
    # one word, or two whose last is a plain word ("Kiln"): no person's name, whatever the recognizer says
    a = run("Hollin has acquired the software maker Quaystone. Hollin, based in Leeds, paid £20m.")
    assert _types_of(a, "Hollin") == ["ORG"]
    assert_event(a, "business.acquire", {"agent": "Hollin", "patient": "Quaystone"})
    b = run("Mercator Kiln bought Ravenna Glass in 2020. Mercator Kiln said on Monday it would sell the business.")
    assert _types_of(b, "Mercator Kiln") == ["ORG"]
    assert_event(b, "business.acquire", {"agent": "Mercator Kiln", "patient": "Ravenna Glass"})


def test_a_person_named_in_full_who_buys_a_firm_stays_a_person() -> None:
    a = run("Markets were quiet. Ravel Lisk bought Quaystone in 2020. Lisk said he wanted a new challenge.")
    assert _types_of(a, "Ravel Lisk") == ["PERSON"]
    assert_event(a, "business.acquire", {"agent": "Ravel Lisk", "patient": "Quaystone"})


def test_a_body_and_the_person_set_off_after_it_are_two_names() -> None:
    # the recognizer runs "Caddon, Ellis Varga" together as one organisation
    a = run("The mayor of Caddon, Ellis Varga, resigned on Tuesday. Varga had led Caddon since 2019.")
    assert _types_of(a, "Ellis Varga") == ["PERSON"] and _types_of(a, "Caddon") == ["GPE"]
    assert_event(a, "career.resign", {"agent": "Ellis Varga"})
    b = run("Markets were quiet. The chief executive of Tollgrave, Marcus Oyelowo, resigned on Friday.")
    assert _types_of(b, "Marcus Oyelowo") == ["PERSON"]
    assert_event(b, "career.resign", {"agent": "Marcus Oyelowo"})


def test_a_town_and_its_state_stay_two_places() -> None:
    a = run("Markets were quiet. Kelpwise opened offices in Portland, Oregon, and Denver on Monday.")
    assert _types_of(a, "Portland") == ["GPE"] and _types_of(a, "Oregon") == ["GPE"]


def test_a_title_opened_by_a_capital_the_after_wrote_or_directed_is_a_work() -> None:
    a = run("Mireille Foss wrote The Lantern Keepers in 2015. The novel was adapted for television.")
    assert _types_of(a, "The Lantern Keepers") == ["WORK"]
    assert_event(a, "report.publish", {"agent": "Mireille Foss", "work": "The Lantern Keepers"})
    b = run("Kestrel Anand directed The Quiet Ferry, which premiered at Cannes on Friday.")
    assert _types_of(b, "Quiet Ferry") == ["WORK"]
    assert_event(b, "career.premiere", {"work": "Quiet Ferry"})


def test_a_body_someone_directs_stays_a_body() -> None:
    a = run("Markets were quiet. Lise Marr directed The Hallam Orchestra in 2010.")
    assert _types_of(a, "The Hallam Orchestra") == ["ORG"]
    b = run("Markets were quiet. Lise Marr directed The Royal Ballet in 2010.")
    assert _types_of(b, "The Royal Ballet") == ["ORG"]


def test_its_rival_is_a_firm_and_so_is_its_buyer() -> None:
    a = run("Orvane has agreed to buy its rival Tessary for $1bn. Orvane makes valves.")
    assert _types_of(a, "Tessary") == ["ORG"] and _types_of(a, "Orvane") == ["ORG"]
    assert_event(a, "business.acquire", {"agent": "Orvane", "patient": "Tessary"})
    b = run("Kelmarsh bought its rival, Tessary, in 2019.")
    assert _types_of(b, "Kelmarsh") == ["ORG"] and _types_of(b, "Tessary") == ["ORG"]


def test_his_rival_is_a_person() -> None:
    a = run("Markets were quiet. Tom Vale beat his rival Jon Merrick in the final.")
    assert _types_of(a, "Jon Merrick") == ["PERSON"]
