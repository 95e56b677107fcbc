"""Session 45 (lead): entity typing from context and shape -- "X was set up / established in 2022" is an organisation,
"X Advisory" and "X Analytics" are firms, "X, a think tank," an organisation; a name the model ran across a verb
("Halvor Sand founded Harrowgill" read as one organisation) is cut into the names either side -- as small invented
articles through the real pipeline, with near misses that must not change."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types

DCT = "2025-02-06"


def test_a_name_set_up_or_established_is_an_organisation() -> None:
    assert entity_types(run("Tarnwell was set up in 2022 by Ingrid Dahlsveen.", DCT))["Tarnwell"] == "ORG"
    assert entity_types(run("Quorvale was established in 1998 by two engineers.", DCT))["Quorvale"] == "ORG"


def test_a_person_set_up_for_a_fall_stays_a_person() -> None:
    assert entity_types(run("Marta Ellison was set up by her former partner, the court heard.", DCT))["Marta Ellison"] == "PERSON"


def test_advisory_and_analytics_end_a_firm_name() -> None:
    assert entity_types(run("Verity Advisory was hired to review the accounts.", DCT))["Verity Advisory"] == "ORG"


def test_a_think_tank_in_apposition_is_an_organisation() -> None:
    assert entity_types(run("Brightvane, a think tank, published the report on Monday.", DCT))["Brightvane"] == "ORG"


def test_a_name_run_across_a_verb_is_cut_there() -> None:
    types = entity_types(run("Halvor Sand founded Harrowgill in 2011.", DCT))
    assert "Harrowgill" in types and "Halvor Sand" in types


def test_a_name_with_a_lower_case_word_inside_stays_whole() -> None:
    types = entity_types(run("Her first record, Canto das Marés, was released by Edições Vesper in 1963.", DCT))
    assert "Canto das Marés" in types


def test_a_name_no_model_found_that_owns_a_founder_or_a_board_is_an_organisation() -> None:
    assert entity_types(run("Plumvale's founder, Tom Gale, is stepping down.", DCT)).get("Plumvale") == "ORG"
    assert entity_types(run("Plumvale's board approved the sale on Monday.", DCT)).get("Plumvale") == "ORG"


def test_a_name_started_by_someone_is_an_organisation() -> None:
    types = entity_types(run("Plumvale was started by Tom Gale in his garage in 2016.", DCT))
    assert types.get("Plumvale") == "ORG" and types.get("Tom Gale") == "PERSON"


def test_a_player_started_at_full_back_stays_a_person() -> None:
    assert entity_types(run("Tom Gale was started at full-back on Saturday.", DCT)).get("Tom Gale") == "PERSON"
