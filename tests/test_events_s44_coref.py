"""Session 44: coreference feeding event arguments -- invented sentences through the real pipeline: a number picking
one of a kind with the name set beside it ("One of X's largest funds, Y, sued"), and "it" as the object of founding
(a body in view), with the near misses each rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, named_args, typed


def test_one_of_a_kind_with_its_name_beside_it_is_that_name() -> None:
    a = run("One of Britain's biggest housing charities, Hallowmere Trust, sued Quarrow Homes in 2021.")
    assert named_args(a, "legal.sue") == [{"agent": "Hallowmere Trust", "target": "Quarrow Homes"}]
    assert [e.time for e in typed(a, "legal.sue")] == ["2021"]


def test_one_of_a_kind_with_the_name_hung_on_the_number_is_that_name() -> None:
    a = run("One of Europe's largest pension funds, Nordhavn Pension, has sued Grisby Mining.")
    assert_event(a, "legal.sue", {"agent": "Nordhavn Pension", "target": "Grisby Mining"})


def test_one_of_a_kind_with_no_name_is_no_named_agent() -> None:
    a = run("One of the tenants sued Quarrow Homes in 2021.")
    assert [row.get("agent") for row in named_args(a, "legal.sue")] == ["One"]


def test_it_founded_by_a_relative_is_the_body_in_view() -> None:
    a = run("Marisol Venn runs Kettleby Cider. Her grandfather, Amos Venn, founded it in 1952.")
    assert named_args(a, "business.found") == [{"agent": "Amos Venn", "organization": "Kettleby Cider"}]
    assert [e.time for e in typed(a, "business.found")] == ["1952"]


def test_it_sold_is_not_taken_for_the_nearest_body() -> None:
    # a vineyard, named by no name, is what was sold; the firm named before it is not
    a = run("Tomas Reyes worked at Kettleby Cider before buying a vineyard. He sold it in 2020.")
    assert all(row.get("patient") != "Kettleby Cider" for row in named_args(a, "business.acquire"))


def test_it_bought_after_a_painting_is_not_the_bank() -> None:
    a = run("Imelda Ross painted the mural for Hexworth Bank in 1990. The bank's founder bought it in 2001.")
    assert all(row.get("patient") != "Hexworth Bank" for row in named_args(a, "business.acquire"))
