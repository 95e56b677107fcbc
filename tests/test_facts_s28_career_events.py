"""Career events (hirings, appointments, leavings, dismissals, retirements, elections) whose phrasings recur across the
development articles (session 28), each as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, facts_by_pair, typed


def test_leaving_to_take_a_post_at_a_company_is_a_hiring_by_it() -> None:
    # "quit to become chief financial officer of the insurer Y": Y hires, as "left X for Y" (no appointment)
    a = run("Lena Ortiz, the bank's head of risk, quit in March to become chief financial officer of the insurer Garland Mutual.",
            "2024-05-08")
    assert_event(a, "career.hire", {"patient": "Lena Ortiz", "organization": "Garland Mutual", "role": "chief financial officer"})
    assert [e.time for e in typed(a, "career.hire")] == ["2024-03"]
    assert not typed(a, "career.appoint")
    assert_event(a, "career.resign", {"agent": "Lena Ortiz"})
    # the relative clause, an adverbial "to become", a future leaving
    b = run("The dean, Piet Varn, who is leaving in the autumn to become managing director of the charity Oakfield Trust, "
            "declined to comment.", "2024-05-08")
    assert_event(b, "career.hire", {"patient": "Piet Varn", "organization": "Oakfield Trust", "role": "managing director"})
    assert not any(g.role == "organization" and g.text == "Oakfield Trust" for e in typed(b, "career.resign") for g in e.args)
    # a company not named ("a rival") is a hiring too, with the post only
    c = run("Mara Quell, who left in July to become chief executive of a rival, was not replaced.", "2024-05-08")
    assert_event(c, "career.hire", {"patient": "Mara Quell", "role": "chief executive"})


def test_leaving_to_coach_a_club_is_a_hiring_by_the_club_not_a_body_left() -> None:
    a = run("Bristane was appointed in 2023 in succession to Henrik Sollberg, who left to coach the Danish club Ostervik Rangers.",
            "2024-05-08")
    assert_event(a, "career.hire", {"patient": "Henrik Sollberg", "organization": "Ostervik Rangers"})
    assert not any(g.role == "organization" and g.text == "Ostervik Rangers" for e in typed(a, "career.resign") for g in e.args)
    b = run("Tomas Wendt quit in 2019 to manage the football club Redford Town.", "2024-05-08")
    assert_event(b, "career.hire", {"patient": "Tomas Wendt", "organization": "Redford Town"})
    pair = next((k for k in facts_by_pair(b, "member") if k == ("Tomas Wendt", "Redford Town")), None) \
        or ("Tomas Wendt", "Redford Town")
    joined = facts_by_pair(b, "member").get(pair) or facts_by_pair(b, "employee").get(pair)
    assert joined is not None and joined[1] is None  # the body joined is not ended by the leaving


def test_leaving_to_take_a_post_with_no_company_stays_an_appointment() -> None:
    a = run("Miriam Holt left parliament in April to become ambassador to Norway.", "2024-05-08")
    assert not typed(a, "career.hire")


def _negated(a, kind: str) -> list:
    return [e for e in typed(a, kind) if e.polarity == "NEG"]


def test_a_post_offered_and_turned_down_is_a_negated_appointment() -> None:
    a = run("The board had approached the bank's finance chief, Oskar Lindqvist, who turned the job down in March.", "2024-05-08")
    assert [e.time for e in _negated(a, "career.appoint")] == ["2024-03"]
    assert_event(a, "career.appoint", {"patient": "Oskar Lindqvist"})
    # "it" for the post an "offer" verb names; the offer's date when the refusal has none; the one offering
    b = run("The prime minister offered the justice ministry in 2019 to the lawyer Anna Berglund, who declined it.", "2024-05-08")
    assert [e.time for e in _negated(b, "career.appoint")] == ["2019"]
    assert_event(b, "career.appoint", {"patient": "Anna Berglund"})
    c = run("The federation offered him the national team job in 2001, but Teodor Brask did not accept it.", "2024-05-08")
    assert [e.time for e in _negated(c, "career.appoint")] == ["2001"]
    # "an offer to become director of Y": that appointment, negated
    d = run("Ines Varga turned down an offer to become director of the Halden Institute in 1991.", "2024-05-08")
    assert_event(d, "career.appoint", {"patient": "Ines Varga", "role": "director", "organization": "Halden Institute"})
    assert all(e.polarity == "NEG" for e in typed(d, "career.appoint"))


def test_a_place_in_a_body_turned_down_is_a_negated_hiring_by_it() -> None:
    a = run("In 1988 Pal Kovacs turned down an offer of a chair at Ostbury University.", "2024-05-08")
    assert_event(a, "career.hire", {"patient": "Pal Kovacs", "organization": "Ostbury University"})
    assert [e.time for e in _negated(a, "career.hire")] == ["1988"]
    b = run("Rosa Lind was offered a place in the Calder Street Orchestra in 1961 but turned it down.", "2024-05-08")
    assert_event(b, "career.hire", {"patient": "Rosa Lind", "organization": "Calder Street Orchestra"})
    assert _negated(b, "career.hire")


def test_offers_of_money_or_for_a_business_turned_down_appoint_no_one() -> None:
    a = run("Tom Fry turned down an offer of about $400 million for the company.", "2024-05-08")
    assert not typed(a, "career.appoint") and not typed(a, "career.hire")
    b = run("The studio offered Nadia Orme $250,000 in January to drop the case. Nadia Orme turned the offer down.", "2024-05-08")
    assert not typed(b, "career.appoint")
    c = run("Jonas Hale said his father had turned down two offers for the shop.", "2024-05-08")
    assert not typed(c, "career.appoint")
    # an offer from a club or a firm with no post told; terms or a result not accepted
    d = run("The striker Ivo Marsh turned down an offer from Kelby Rovers in May.", "2024-05-08")
    assert not typed(d, "career.appoint")
    e = run("Ivo Marsh did not accept the terms, his agent said.", "2024-05-08")
    assert not typed(e, "career.appoint")


def test_a_place_in_a_team_turned_down_is_a_negated_appointment() -> None:
    a = run("Greta Vollan, who was first elected in 2003, turned down a place in the new leader's front-bench team.", "2024-05-08")
    assert_event(a, "career.appoint", {"patient": "Greta Vollan"})
    assert _negated(a, "career.appoint")
    b = run("Greta Vollan turned down a place at Oxford in 1990.", "2024-05-08")
    assert not typed(b, "career.appoint") and not typed(b, "career.hire")


def test_also_elected_harks_back_past_a_quote_to_the_election_told() -> None:
    text = ("Among those elected to the executive on Tuesday was Tobias Wendle, a nurse from Harlby. Wendle, 29, topped the "
            "ballot with 4,112 votes. \"People are tired. Nobody has been listening,\" he said after the count. ")
    a = run(text + "Also elected were Priya Varan, who chairs the Harlby branch, and Colm Ashby, a laboratory manager.", "2024-05-08")
    assert sorted(e.time for e in typed(a, "politics.elect") if any(g.text in ("Priya Varan", "Colm Ashby") for g in e.args)) \
        == ["2024-05-07", "2024-05-07"]
    b = run(text + "Colm Ashby was also elected, with 2,900 votes.", "2024-05-08")
    assert [e.time for e in typed(b, "politics.elect") if any(g.text == "Colm Ashby" for g in e.args)] == ["2024-05-07"]
    # a perfect is a fresh act, not the one told paragraphs before
    c = run("Ana Roth joined the Bremen institute in 1991. She won a medal two years ago for her work. Her group published a "
            "study last year. Her husband, Jan Roth, has also been hired by the institute.", "2024-05-08")
    assert all(e.time != "1991" for e in typed(c, "career.hire") if any(g.text == "Jan Roth" for g in e.args))


def test_a_seat_kept_on_a_company_board_is_no_election() -> None:
    a = run("The chief executive, Rafael Osterberg, who was promoted from finance director in 2020, keeps his seat.", "2024-05-08")
    assert not typed(a, "politics.elect")
    b = run("The retailer's chief executive, Samir Lachance, has kept his seat on the board.", "2024-05-08")
    assert not typed(b, "politics.elect")
    # a legislator's seat held is a re-election; a seat lost an election not won
    c = run("The Accord's leader, Marit Hoffsvang, comfortably kept her seat in Gravholm.", "2024-05-08")
    assert_event(c, "politics.elect", {"patient": "Marit Hoffsvang"})
    d = run("The Labour MP Anna Kirby held her seat with an increased majority.", "2024-05-08")
    assert_event(d, "politics.elect", {"patient": "Anna Kirby"})


def test_coming_to_a_body_from_another_is_a_hiring() -> None:
    a = run("Marta Keel came to Ostbury Rovers from the Danish club Vejle Boldklub in 2011.", "2024-05-08")
    assert_event(a, "career.hire", {"patient": "Marta Keel", "organization": "Ostbury Rovers"})
    assert [e.time for e in typed(a, "career.hire")] == ["2011"]
    b = run("Hollinbrook University said the find was important. Ferreira-Hale, 39, came to Hollinbrook from the University of "
            "Lagos five years ago.", "2024-05-08")
    assert_event(b, "career.hire", {"patient": "Ferreira-Hale", "organization": "Hollinbrook"})
    assert facts_by_pair(b, "employee")[("Ferreira-Hale", "Hollinbrook University")] == ("2019", None)
    # a journey from a place, or coming to power, joins no body
    c = run("Anna Berg came to London from Paris in 1990.", "2024-05-08")
    assert not typed(c, "career.hire")
    d = run("The party came to power in 2015 and Anna Berg came to the capital from her home town.", "2024-05-08")
    assert not typed(d, "career.hire")


def test_replacing_a_member_who_left_a_band_is_joining_it() -> None:
    a = run("The Glasgow band Velvet Orchard said on Monday it would tour. The guitarist Ola Brandt left Velvet Orchard in 2015 "
            "and was succeeded by Kit Moran.", "2024-05-08")
    assert_event(a, "career.hire", {"patient": "Kit Moran", "organization": "Velvet Orchard"})
    assert not typed(a, "career.appoint")
    b = run("The Glasgow band Velvet Orchard said on Monday it would tour. The guitarist Ola Brandt left Velvet Orchard in 2015. "
            "Kit Moran replaced Ola Brandt a month later.", "2024-05-08")
    assert not [e for e in typed(b, "career.appoint") if any(g.text == "Kit Moran" for g in e.args)
                and any(g.role == "organization" for g in e.args)]
