"""Session 80: rules found reading development misses and the blind fixtures, each tested on an invented article (other
names, other words), with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair
from handmade import timed_events as _events


def test_a_successor_named_with_no_body_takes_the_body_the_predecessor_left() -> None:
    a = run("Pellow Foods sacked its chief executive, Arun Mehta, in March after a profit warning. He was replaced in April "
            "by Sigrun Tallak, who ran a rival dairy.", "2024-05-06")
    assert [(t, g.get("organization")) for t, g, _ in _events(a, "career.appoint")] == [("2024-04", "Pellow Foods")]
    assert facts_by_pair(a, "employee")[("Sigrun Tallak", "Pellow Foods")] == ("2024-04", None)
    # ... a leaving told at two bodies gives none
    b = run("Arun Mehta quit Pellow Foods in March. A month later he also stepped down from Garnet Dairies. He was "
            "replaced in May by Sigrun Tallak.", "2024-05-26")
    assert [(t, g.get("organization")) for t, g, _ in _events(b, "career.appoint")] == [("2024-05", None)]


def test_a_signing_told_undated_takes_the_day_of_the_medical_its_contract_is_joined_to() -> None:
    a = run("Tollbridge Rovers have signed the winger Anselm Quarrie from Pennock Vale for an undisclosed fee.\n\nQuarrie, 21, "
            "completed a medical on Thursday and signed a three-year deal, the club said.", "2021-07-24")
    assert [t for t, _, _ in _events(a, "career.hire")] == ["2021-07-22"]


def test_a_stopgap_post_is_at_the_body_its_holder_works_at() -> None:
    a = run("Garnet Dairies said on Monday that its chief executive, Arun Mehta, had resigned. Sigrun Tallak, the company's "
            "finance director, has been named acting chief executive.", "2024-05-06")
    assert [(g.get("role"), g.get("organization")) for _, g, _ in _events(a, "career.appoint")] == [
        ("acting chief executive", "Garnet Dairies")]
    # ... a post named with its own body keeps it
    b = run("Garnet Dairies said on Monday that its chief executive, Arun Mehta, had resigned. Sigrun Tallak, the company's "
            "finance director, has been named acting chief executive of Harlow Mills.", "2024-05-06")
    assert [g.get("organization") for _, g, _ in _events(b, "career.appoint")] == ["Harlow Mills"]
