"""Session 73: rules found reading development misses and the blind fixtures, each tested on an invented article (other
names, other words), with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run


def _events(a, type_name: str) -> list[tuple[str | None, dict[str, str], str]]:
    """Each event of `type_name`: its time, its arguments by role (the entity's name, else the text) and its polarity."""
    out = []
    for e in a.events:
        if e.type == type_name:
            args = {g.role: (a.entity(g.entity).name if g.entity and a.entity(g.entity) else g.text) for g in e.args}
            out.append((e.time, args, e.polarity))
    return out


def _works_won(a) -> list[tuple[str | None, str, str]]:
    """The wins told with a work: (time, winner, work)."""
    return sorted((t, g.get("agent", ""), g["work"]) for t, g, _ in _events(a, "career.win") if "work" in g)


def test_a_prize_given_to_a_described_winner_for_an_unquoted_title_was_won_with_that_work() -> None:
    a = run("The Orrisford Prize will be announced on Thursday. Last year's prize went to the novelist and critic "
            "Perpetua Wendlebury for The Tidewater Ledger.", "2024-05-06")
    b = run("The Orrisford Prize will be announced on Thursday. Last year's prize went to the Cornish poet Tamsin "
            "Yallop-Crewe for The Tidewater Ledger.", "2024-05-06")
    assert _works_won(a) == [("2023", "Perpetua Wendlebury", "The Tidewater Ledger")]
    assert _works_won(b) == [("2023", "Tamsin Yallop-Crewe", "The Tidewater Ledger")]
    # ... but a side played for is no work
    c = run("Last year's trophy went to the striker and captain Perpetua Wendlebury for Barlow Rovers.", "2024-05-06")
    assert _works_won(c) == []


def test_a_prize_taken_with_an_unquoted_title_was_won_with_that_work() -> None:
    a = run("Quennell Ashdrake, who took the prize in 2016 with Vellum Causeway, was the first to congratulate her.",
            "2024-05-06")
    assert _works_won(a) == [("2016", "Quennell Ashdrake", "Vellum Causeway")]
    # ... not a person it was taken with
    b = run("Quennell Ashdrake, who shared the prize in 2016 with Tomas Ellery, was the first to congratulate her.",
            "2024-05-06")
    assert _works_won(b) == []


def test_a_work_after_the_ceremonys_place_and_day_is_the_work_the_prize_was_received_for() -> None:
    a = run("Odalys Fenwright, 34, received the £25,000 award at a ceremony at Corvey Hall in Leeds on Tuesday night for "
            "The Lantern Almanac, which was published in May.", "2022-11-10")
    assert _works_won(a) == [("2022-11-08", "Odalys Fenwright", "The Lantern Almanac")]
    # ... a ceremony held for a cause is not the prize's work
    b = run("Odalys Fenwright, 34, received the £25,000 award at a ceremony at Corvey Hall in Leeds on Tuesday night for "
            "the Harbour Trust, which was founded in May.", "2022-11-10")
    assert _works_won(b) == []
