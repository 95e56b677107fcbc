"""Session 40: where people and organisations are (located_in facts), second pass, as small invented articles
through the real pipeline: a town a person named in a report is "from" (or "a native of"), a court
(no located body), a move told in a "before ..." phrase, the home "of" someone, a cottage moved to."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, facts_by_pair


def _homes(text: str) -> dict[tuple[str, str | None], tuple[str | None, str | None]]:
    return facts_by_pair(run(text), "located_in")


def test_a_person_in_a_report_is_from_a_town_set_off_by_commas() -> None:
    a = run("Declan Foyle, 29, of Naas, and Kieran Bredin, 34, from Athy, appeared in court on Monday.")
    assert entity_types(a)["Athy"] == "GPE"
    assert ("Kieran Bredin", "Athy") in facts_by_pair(a, "located_in")
    b = run("The winner, Ailsa Tormey, 41, from Ballinrobe, said she would buy a car.")
    assert ("Ailsa Tormey", "Ballinrobe") in facts_by_pair(b, "located_in")
    c = run("Its chief executive, Liam Hartigan, a native of Mallow, said Cork had been chosen.")
    assert entity_types(c)["Mallow"] == "GPE"
    assert ("Liam Hartigan", "Mallow") in facts_by_pair(c, "located_in")


def test_a_court_is_no_located_body() -> None:
    a = _homes("A landlord from Altham has lost his appeal at the High Court in London.")
    assert ("High Court", "London") not in a
    b = _homes("The settlement was filed with the Commercial Court in Castravel on Monday.")
    assert ("Commercial Court", "Castravel") not in b
    # a museum or a theatre in a town still is
    c = _homes("The director of the Pennick Gallery in Whitby will step down.")
    assert ("Pennick Gallery", "Whitby") in c


def test_a_move_told_in_a_phrase_of_time_is_the_subject_s() -> None:
    a = _homes("Born in Tromsø in 1936, Ilse Brandvold studied in Oslo before settling in England in 1964.")
    assert a[("Ilse Brandvold", "England")] == ("1964", None)
    b = _homes("Chidi Okonkwo grew up in Enugu and studied in Lagos before moving to Britain in 2009.")
    assert b[("Chidi Okonkwo", "Britain")] == ("2009", None)
    c = _homes("After moving to Leeds in 2010, Hana Pirelli opened a café.")
    assert c[("Hana Pirelli", "Leeds")] == ("2010", None)
    # a place studied in is no home; an undated move after seasons at a club is a career's, not told as a home
    assert ("Chidi Okonkwo", "Lagos") not in b
    d = _homes("Samuel Appiah spent five seasons at Holbrook City before moving to Turkey.")
    assert ("Samuel Appiah", "Turkey") not in d


def test_the_home_of_someone_in_a_town() -> None:
    a = _homes("Thieves broke into the home of the Everton defender Jack Rourke in Formby on Saturday.")
    assert ("Jack Rourke", "Formby") in a
    b = _homes("Police searched the house of Ann Bellweather in Tallaght on Tuesday.")
    assert ("Ann Bellweather", "Tallaght") in b
    # a body's home ground is not a person's home
    c = _homes("Thieves broke into the home of Everton on Saturday while the team played in London.")
    assert not any(where == "London" for _, where in c)


def test_a_cottage_or_flat_moved_to_is_in_its_town() -> None:
    a = _homes("Kevin Doyle, a retired hotelier, moved to a cottage in Sneem in 2010.")
    assert a[("Kevin Doyle", "Sneem")] == ("2010", None)
    b = _homes("Nuala Byrne lives in a flat near Leeds with her two sons.")
    assert ("Nuala Byrne", "Leeds") in b
    # a flat bought is no home told
    c = _homes("Nuala Byrne bought a flat in Leeds last year as an investment.")
    assert ("Nuala Byrne", "Leeds") not in c


def test_an_address_in_a_report_is_the_town_after_the_street() -> None:
    # the town parsed as a second street, or the "of" hung on the first defendant's street
    a = run("Jared Oakwell, 27, of Fallow Road, Ledford, and Niall Bedwin, 31, of Kings Avenue, Marston, are accused of robbery.")
    homes = facts_by_pair(a, "located_in")
    assert ("Jared Oakwell", "Ledford") in homes
    assert ("Niall Bedwin", "Marston") in homes
    assert ("Jared Oakwell", "Fallow Road") not in homes
    assert entity_types(a)["Ledford"] == "GPE"


def test_a_person_described_by_age_is_from_a_town() -> None:
    a = run("Her co-defendant, Ruairi Glenmore, a 47-year-old former haulier from Bexley Heath, was bailed.")
    assert ("Ruairi Glenmore", "Bexley Heath") in facts_by_pair(a, "located_in")
    b = run("Tomas Reilly, a 52-year-old publican from Ballinasloe, was fined.")
    assert ("Tomas Reilly", "Ballinasloe") in facts_by_pair(b, "located_in")


def test_coming_home_to_a_town_is_living_there() -> None:
    a = _homes("In 2007 Eilidh Morrow handed over to her nephew, Callum Morrow, who had come home to Craigmore after a decade "
               "as head brewer in Leeds.")
    assert ("Callum Morrow", "Craigmore") in a
    b = _homes("Aoife Brannigan returned home to Kilrush in 2015.")
    assert b[("Aoife Brannigan", "Kilrush")] == ("2015", None)
    # a trip home after a match is no move
    c = _homes("Sinead Farrelly flew home to Dublin on Sunday after the final.")
    assert ("Sinead Farrelly", "Dublin") not in c


def test_the_partner_one_lives_with_named_after_a_comma() -> None:
    # the parser hangs "the photographer X" on the subject, not on "partner"
    a = _homes("Mara Pinwell, 40, who lives in Valmouth with her partner, the photographer Inês Carrasco, said she was happy.")
    assert ("Inês Carrasco", "Valmouth") in a
    b = _homes("Sara Pinwell, 38, who lives in Tarnby with her partner, the sculptor Ola Brandt, said she would tour.")
    assert ("Ola Brandt", "Tarnby") in b
    # a colleague named after a work noun is no housemate
    c = _homes("Mara Pinwell, 40, who lives in Valmouth, works with her producer, the director Tom Abney.")
    assert ("Tom Abney", "Valmouth") not in c


def test_the_n_year_old_from_a_town() -> None:
    a = run("Ines Vartola, 19, won gold on Sunday. The 19-year-old from Brennhaven lowered her own record.")
    assert entity_types(a)["Brennhaven"] == "GPE"
    assert ("Ines Vartola", "Brennhaven") in facts_by_pair(a, "located_in")


def test_the_family_living_somewhere_is_the_married_pair_just_told_of() -> None:
    a = _homes("Priya Nair and her husband, Arun Menon, run a café in Kochi. The family lives in Aluva, north of the city.")
    assert ("Priya Nair", "Aluva") in a
    assert ("Arun Menon", "Aluva") in a
    b = _homes("Tomas Brandt married Ilse Kuhn in 2009. The family now lives in Bremen.")
    assert ("Tomas Brandt", "Bremen") in b
    # someone's family is no pair told of; a place of work is no home
    c = _homes("Tomas Brandt married Ilse Kuhn in 2009. His family lives in Bremen.")
    assert ("Ilse Kuhn", "Bremen") not in c
    assert ("Priya Nair", "Kochi") not in a
