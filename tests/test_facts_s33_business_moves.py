"""Business moves told in phrasings no fixture article had tested (session 33): invented sentences through the real
pipeline, each fix with two wordings or more and a near miss that must stay quiet."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, event_names, role_texts


def test_disposing_of_a_company_or_a_unit_to_a_buyer_is_a_sale() -> None:
    # "X disposed of its cement unit to Y": Y acquires it, X is the seller
    a = run("Pellworth disposed of its cement unit to Arkady Group on Monday.")
    assert_event(a, "business.acquire", {"agent": "Arkady Group", "seller": "Pellworth", "patient": "cement unit"})
    b = run("Harnett Bank disposed of Kelso Cement to Arkady Group last year.")
    assert_event(b, "business.acquire", {"agent": "Arkady Group", "seller": "Harnett Bank", "patient": "Kelso Cement"})
    # ... not waste or a stake disposed of
    assert_no_event(run("The council disposed of the waste on Monday."), "business.acquire")
    assert_no_event(run("Pellworth disposed of its stake in Kelso to Arkady Group."), "business.acquire")


def test_buying_out_founders_or_shareholders_acquires_no_one() -> None:
    # "bought out its founders / minority shareholders": their holdings bought, no company acquired
    assert_no_event(run("Castor Holdings bought out Pellworth's founders in March."), "business.acquire")
    assert_no_event(run("Rivena Labs bought out minority shareholders last year."), "business.acquire")
    assert_no_event(run("Orrin Foods has bought out its remaining investors."), "business.acquire")
    # ... a partner company bought out stays an acquisition
    a = run("Vantro Group bought out its joint-venture partner Halvex in 2021.")
    assert_event(a, "business.acquire", {"agent": "Vantro Group", "patient": "Halvex"})


def test_who_completes_or_announces_a_sale_is_the_seller_not_a_second_buyer() -> None:
    # "X completed the sale of its cement unit to Y": Y the buyer (the only agent), X the seller
    a = run("Pellworth completed the sale of its cement unit to Arkady Group on Tuesday.")
    assert_event(a, "business.acquire", {"agent": "Arkady Group", "seller": "Pellworth"})
    assert role_texts(a, "business.acquire", "agent") == [["Arkady Group"]]
    b = run("Harnett Bank announced the sale of its insurance arm to Calder Life for £900m.")
    assert_event(b, "business.acquire", {"agent": "Calder Life", "seller": "Harnett Bank"})
    assert event_names(b, "business.acquire", "agent") == ["Calder Life"]


def test_who_answers_a_takeover_by_another_is_its_target() -> None:
    # "X agreed to a takeover by Y", "X accepted a takeover offer from Y": X is what Y acquires
    a = run("Pellworth agreed to a £2bn takeover by Arkady Group on Friday.")
    assert_event(a, "business.acquire", {"agent": "Arkady Group", "patient": "Pellworth"})
    b = run("Orlan Systems accepted a takeover bid from Bexley Pay on Friday.")
    assert_event(b, "business.acquire", {"agent": "Bexley Pay", "patient": "Orlan Systems"})
    c = run("Orlan Systems has backed a takeover by Bexley Pay.")
    assert_event(c, "business.acquire", {"agent": "Bexley Pay", "patient": "Orlan Systems"})
    # ... not the buyer's own takeover of another, nor a club selling a player
    d = run("Orlan Systems agreed a £2bn takeover of Kelso Cement.")
    assert event_names(d, "business.acquire", "patient") == ["Kelso Cement"]
    assert event_names(d, "business.acquire", "agent") == ["Orlan Systems"]
    e = run("Rovers accepted a £14 million bid from Castlemere City for the forward Ivo Sadek.")
    assert "Rovers" not in [n for r in ("patient", "agent") for n in event_names(e, "business.acquire", r)]


def test_selling_off_a_company_or_a_unit_is_a_sale() -> None:
    # "sold off its insurance arm to Y", "X has been sold off to Y": the particle keeps the sale
    a = run("Harnett Bank sold off its insurance arm to Calder Life in 2020.")
    assert_event(a, "business.acquire", {"agent": "Calder Life", "seller": "Harnett Bank", "patient": "insurance arm"})
    b = run("Kelso Cement has been sold off to a rival, Orrin Capital.")
    assert_event(b, "business.acquire", {"agent": "Orrin Capital", "patient": "Kelso Cement"})
    # ... not paintings or pubs sold off
    assert_no_event(run("Nadia Fenn sold off her paintings in 2019."), "business.acquire")
    assert_no_event(run("The brewery sold off its pubs last year."), "business.acquire")


def test_whom_a_company_is_bought_from_is_its_seller() -> None:
    # "bought / acquired X from Y": Y sold it, no second buyer
    a = run("Orrin Capital bought Kelso Cement from Harnett Bank in 2019.")
    assert_event(a, "business.acquire", {"agent": "Orrin Capital", "patient": "Kelso Cement", "seller": "Harnett Bank"})
    b = run("Calder Life acquired Dunmore Steel from Kessler Metals last year.")
    assert_event(b, "business.acquire", {"agent": "Calder Life", "patient": "Dunmore Steel", "seller": "Kessler Metals"})
    assert event_names(b, "business.acquire", "agent") == ["Calder Life"]
