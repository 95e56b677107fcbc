"""Organisations named like people (session 36): invented sentences through the real pipeline, each a firm whose name
opens with a first name ("Hollis Marr", "Ellis Harrow") told by what only a body has (its board, its shareholders,
its chief executive, "shares in" it) or by a "plc" written in lower case; people of the same names stay people."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import assert_event


def _types_of(a: Analysis, name: str) -> list[str]:
    return [e.type for e in a.entities if e.name == name]


def test_a_name_with_a_lower_case_plc_is_a_firm() -> None:
    # "Ellis Harrow plc" (typed a person: the suffix counted only capitalised)
    a = run("Markets were quiet. Ellis Harrow plc has bought Tessaly for £30m.")
    assert _types_of(a, "Ellis Harrow plc") == ["ORG"]
    assert_event(a, "business.acquire", {"agent": "Ellis Harrow", "patient": "Tessaly"})
    b = run("Markets were quiet. Shares in Morgan Fisk plc fell 4% on Tuesday.")
    assert _types_of(b, "Morgan Fisk plc") == ["ORG"]
    c = run("Markets were quiet. Fenwick Hale Ltd was fined £2m by the regulator.")
    assert _types_of(c, "Fenwick Hale Ltd") == ["ORG"]


def test_a_name_whose_board_or_chief_executive_is_told_is_a_firm() -> None:
    # "Hollis Marr's board", "the chief executive of Hollis Marr" (typed a person: a first name and a surname)
    a = run("Markets were quiet. Hollis Marr's board rejected the offer on Monday.")
    assert _types_of(a, "Hollis Marr") == ["ORG"]
    b = run("Markets were quiet. The chief executive of Hollis Marr, Ana Bell, quit on Monday.")
    assert _types_of(b, "Hollis Marr") == ["ORG"]
    assert _types_of(b, "Ana Bell") == ["PERSON"]
    c = run("Markets were quiet. Ana Bell, chairman of Ellis Harrow, quit on Monday.")
    assert _types_of(c, "Ellis Harrow") == ["ORG"]


def test_a_name_before_shares_or_a_chief_executive_s_name_is_a_firm() -> None:
    # "Fenwick Hale shares rose", "Hollis Marr chief executive Ana Bell" (the parser hangs the name on the person's)
    a = run("Markets were quiet. Fenwick Hale shares rose 3% on Monday.")
    assert _types_of(a, "Fenwick Hale") == ["ORG"]
    b = run("Markets were quiet. Hollis Marr chief executive Ana Bell quit on Monday.")
    assert _types_of(b, "Hollis Marr") == ["ORG"]
    assert _types_of(b, "Ana Bell") == ["PERSON"]
    c = run("Markets were quiet. Shares in Hollis Marr fell sharply on Tuesday.")
    assert _types_of(c, "Hollis Marr") == ["ORG"]


def test_people_of_those_names_stay_people() -> None:
    a = run("Markets were quiet. Hollis Marr said she would resign in June.")
    assert _types_of(a, "Hollis Marr") == ["PERSON"]
    b = run("Markets were quiet. Taylor Swift manager Ron Dale said the tour would go ahead.")
    assert _types_of(b, "Taylor Swift") == ["PERSON"]
    c = run("Markets were quiet. Hollis Marr's share of the vote fell to 12%.")
    assert _types_of(c, "Hollis Marr") == ["PERSON"]
    d = run("Markets were quiet. Hollis Marr shares her thoughts on the deal in a new book.")
    assert _types_of(d, "Hollis Marr") == ["PERSON"]


def test_a_person_given_a_post_after_her_name_stays_a_person() -> None:
    # the post a firm gives, told right after the name (the first version of the rule took her for the firm)
    a = run("Markets were quiet. Orvell named Ana Bell chairman in May.")
    assert _types_of(a, "Ana Bell") == ["PERSON"]
    assert_event(a, "career.appoint", {"agent": "Orvell", "patient": "Ana Bell", "role": "chairman"})
    b = run("Markets were quiet. Dunmore Energy appointed Jane Orde chief executive on Monday.")
    assert _types_of(b, "Jane Orde") == ["PERSON"]
    c = run("Markets were quiet. Hollis Marr chairman Tom Reed said the deal was off.")
    assert _types_of(c, "Hollis Marr") == ["ORG"]
    assert _types_of(c, "Tom Reed") == ["PERSON"]


def test_a_firm_s_first_word_cut_before_a_dictionary_word_is_taken_back() -> None:
    # "Greyling Marsh Capital" found as "Marsh Capital"
    a = run("Markets were quiet. Greyling Marsh Capital bought a 10% stake in Orvell in June.")
    assert _types_of(a, "Greyling Marsh Capital") == ["ORG"]
    assert_event(a, "business.invest", {"agent": "Greyling Marsh Capital", "target": "Orvell"})
    b = run("Markets were quiet. Tessaly said Greyling Marsh Capital would invest £5m.")
    assert _types_of(b, "Greyling Marsh Capital") == ["ORG"]


def test_a_word_before_a_firm_s_name_that_is_no_part_of_it_stays_out() -> None:
    a = run("Markets were quiet. Rival Marsh Capital said nothing.")
    assert _types_of(a, "Marsh Capital") == ["ORG"]
    b = run("Markets were quiet. In Leeds, Kestrel Bank opened a branch.")
    assert _types_of(b, "Kestrel Bank") == ["ORG"]
    assert _types_of(b, "Leeds") == ["GPE"]


def test_the_name_of_its_arm_or_division_is_a_body() -> None:
    # "its Fairway Loans arm" (typed a place), "its Ashby Park division" (typed a place)
    a = run("Markets were quiet. Dunmore sold off its Fairway Loans arm in 2021.")
    assert _types_of(a, "Fairway Loans") == ["ORG"]
    b = run("Markets were quiet. Dunmore will close its Ashby Park division next year.")
    assert _types_of(b, "Ashby Park") == ["ORG"]
    c = run("Markets were quiet. Dunmore will sell its Northern Rock unit.")
    assert _types_of(c, "Northern Rock") == ["ORG"]


def test_a_known_place_before_its_arm_stays_a_place() -> None:
    a = run("Markets were quiet. Dunmore sold its UK arm in 2021.")
    assert _types_of(a, "UK") == ["GPE"]
    b = run("Markets were quiet. Dunmore will sell its Scotland business next year.")
    assert _types_of(b, "Scotland") == ["GPE"]


def test_what_a_takeover_or_buyout_is_of_is_a_firm() -> None:
    # "the takeover of Hollis Marr" (typed a person, so the deal was a hiring)
    a = run("Markets were quiet. Shareholders backed the takeover of Hollis Marr.")
    assert _types_of(a, "Hollis Marr") == ["ORG"]
    assert_event(a, "business.acquire", {"patient": "Hollis Marr"})
    b = run("Markets were quiet. The £2bn takeover of Hollis Marr by Orvell Group was approved on Monday.")
    assert _types_of(b, "Hollis Marr") == ["ORG"]
    assert_event(b, "business.acquire", {"agent": "Orvell Group", "patient": "Hollis Marr"})


def test_a_player_a_club_acquires_stays_a_person() -> None:
    a = run("Markets were quiet. The club completed the acquisition of Tom Reed on Monday.")
    assert _types_of(a, "Tom Reed") == ["PERSON"]


def test_a_name_that_signs_a_striker_is_a_club() -> None:
    # "Harlow Vale signed striker Tom Reed" (typed a person: a first name and a word)
    a = run("Markets were quiet. Harlow Vale signed striker Tom Reed from Ossett Town on Friday.")
    assert _types_of(a, "Harlow Vale") == ["ORG"]
    assert_event(a, "career.hire", {"agent": "Harlow Vale", "patient": "Tom Reed"})
    b = run("Markets were quiet. Calder Vale have signed the winger Tom Reed on a free transfer.")
    assert _types_of(b, "Calder Vale") == ["ORG"]
    assert _types_of(b, "Tom Reed") == ["PERSON"]


def test_a_manager_who_signs_a_striker_stays_a_person() -> None:
    a = run("Markets were quiet. Ian Pruett signed striker Tom Reed in 2019.")
    assert _types_of(a, "Ian Pruett") == ["PERSON"]
    b = run("Markets were quiet. Pruett signed striker Tom Reed in 2019.")
    assert _types_of(b, "Pruett") == ["PERSON"]
