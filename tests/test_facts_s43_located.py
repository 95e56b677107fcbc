"""Session 43, located_in: a move told as joining a body is a post, not a home; a participle set before the main
clause ("Raised in X, the striker ...", "Based in X, the firm ...") tells of the main clause's subject; "lived in X
from 1998 to 2006" ends in 2006; a town an organisation is headquartered in, or someone's job is in ("a GP in X"),
is a place, not a firm -- invented texts through the real pipeline, each with the near miss it must keep."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, facts_by_pair


def test_a_move_told_as_joining_a_body_is_a_post_not_a_home() -> None:
    a = run("Lena Brisk moved to Carrowgate in 2008 to join the Halden Museum, where she became chief curator.")
    assert ("Lena Brisk", "Carrowgate") not in facts_by_pair(a, "located_in")
    # ... a move for anything else is a home, from the move's date
    b = run("Ruth Delany moved to Pellham in 2019 to be near her grandchildren.")
    assert facts_by_pair(b, "located_in") == {("Ruth Delany", "Pellham"): ("2019", None)}


def test_a_fronted_participle_tells_of_the_main_clause_subject() -> None:
    a = run("Raised in Pellmoor, the striker Tomi Akers joined the academy at 16.")
    assert facts_by_pair(a, "located_in") == {("Tomi Akers", "Pellmoor"): (None, "PAST_REF")}
    b = run("Based in Harnwick, Quellon Foods makes oatcakes and biscuits, it said on Monday.")
    assert facts_by_pair(b, "located_in") == {("Quellon Foods", "Harnwick"): (None, None)}
    # ... a birthplace is no home: only the later move places her
    c = run("Born in Kessby, Ada Moss moved to Leeds in 2001.")
    assert facts_by_pair(c, "located_in") == {("Ada Moss", "Leeds"): ("2001", None)}


def test_a_home_lived_in_until_a_year_ends_then() -> None:
    a = run("Pavel Hruska lived in Dellmoor from 1998 to 2006 and now runs a shop.")
    assert facts_by_pair(a, "located_in").get(("Pavel Hruska", "Dellmoor")) == ("1998", "2006")
    # ... "since" opens it and nothing ends it
    b = run("Pavel Hruska has lived in Dellmoor since 2006 and runs a shop.")
    assert facts_by_pair(b, "located_in").get(("Pavel Hruska", "Dellmoor")) == ("2006", None)


def test_the_town_a_firm_is_headquartered_in_is_a_place() -> None:
    a = run("Ondria Foods is headquartered in Calbury and employs 3,000 people.")
    assert entity_types(a).get("Calbury") == "GPE"
    assert facts_by_pair(a, "located_in") == {("Ondria Foods", "Calbury"): (None, None)}


def test_where_someone_works_as_a_gp_is_a_town() -> None:
    a = run("Her brother, Tobias Lind, a GP in Halsworth, said on Monday that she had been unwell for months.")
    assert entity_types(a).get("Halsworth") == "GPE"
    assert facts_by_pair(a, "located_in") == {("Tobias Lind", "Halsworth"): (None, None)}
    # ... a region the gazetteer knows keeps its type, and a ranking places no one
    b = run('"He was the least famous important chemist in Europe," said Liisa Varro of Benedikt Hallm.')
    assert entity_types(b).get("Europe") == "LOC"
    assert facts_by_pair(b, "located_in") == {}
