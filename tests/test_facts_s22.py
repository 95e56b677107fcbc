"""Phrasings found in session 22, each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types as _types
from handmade import event_args as _args


def test_a_code_in_apposition_to_a_product_noun_is_a_product() -> None:
    a = run("Last year Corvane Labs reported that its experimental asthma drug, KX-441, had failed a trial.", "2024-05-08")
    assert _types(a).get("KX-441") == "PRODUCT"


def test_a_models_number_is_part_of_its_name() -> None:
    a = run("In March the firm launched its first smartphone, the Orbis 2, in Germany.", "2024-05-08")
    assert _types(a).get("Orbis 2") == "PRODUCT"
    assert _args(a, "business.launch")[0]["work"] == "Orbis 2"


def test_a_product_noun_does_not_make_a_person_a_product() -> None:
    a = run("Its new phone, Maria Lopez said, would ship in May.", "2024-05-08")
    assert _types(a).get("Maria Lopez") == "PERSON"


def test_the_follow_up_in_apposition_is_a_work() -> None:
    a = run("The band's debut, Copper Rain, came out in 1994; the follow-up, Lowland, reached number two in 1996.", "2024-05-08")
    assert _types(a).get("Lowland") == "WORK"


def test_the_premiere_of_a_title_is_a_work_and_the_performers_are_its_agent() -> None:
    a = run("On Friday the orchestra gave the world premiere of Harbour Requiem by the Estonian composer Tiit Raud.", "2024-05-08")
    assert _types(a).get("Harbour Requiem") == "WORK"
    (premiere,) = _args(a, "career.premiere")
    assert premiere == {"work": "Harbour Requiem", "agent": "the orchestra"}


def test_a_prize_for_a_title_names_the_work_and_keeps_the_prize() -> None:
    a = run("Greta Lund won the Castellan Prize for The Winter Gate, her fourth novel.", "2024-05-08")
    assert _types(a).get("Castellan Prize") == "EVENT" and _types(a).get("The Winter Gate") == "WORK"
    (win,) = _args(a, "career.win")
    assert win["work"] == "The Winter Gate" and win["award"] == "Castellan Prize"
    a = run("He won the Booker Prize for Ashes of Harrowgate in 2015.", "2024-05-08")
    assert _args(a, "career.win")[0]["work"] == "Ashes of Harrowgate"


def test_a_prizes_category_is_no_work() -> None:
    for text in ("She won the Nobel Prize for Literature in 2009.", "He won the Orwell Prize for Political Writing."):
        a = run(text, "2024-05-08")
        assert "WORK" not in _types(a).values()
        assert "work" not in _args(a, "career.win")[0]


def _facts(a, relation: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(subject, object's name -- for a role, the post --, valid from, valid to)."""
    out = []
    for f in a.facts:
        if f.relation == relation:
            obj = a.entity(f.object) if f.object and relation != "role" else None
            out.append((a.entity(f.subject).name, obj.name if obj else f.value, f.valid_from, f.valid_to))
    return out


def test_a_town_named_club_joined_or_signed_for_is_a_club() -> None:
    a = run("Kofi Mensah spent six seasons at Dunmore Athletic before joining Carrow City in 2004.", "2024-05-08")
    assert _types(a)["Carrow City"] == "ORG"
    assert ("Kofi Mensah", "Carrow City", "2004", None) in _facts(a, "member")
    a = run("Ola Berg signed for Carrow County in 2011.", "2024-05-08")
    assert _types(a)["Carrow County"] == "ORG"


def test_a_town_moved_to_stays_a_town() -> None:
    a = run("Ola Berg moved to Carrow City in 2004 to open a bakery.", "2024-05-08")
    assert _types(a)["Carrow City"] == "GPE"


def test_a_countrys_team_is_an_organisation_its_players_belong_to() -> None:
    a = run("Kofi Mensah played for the Ghana national team from 1998 to 2004.", "2024-05-08")
    assert _types(a)["Ghana national team"] == "ORG"
    assert _facts(a, "member") == [("Kofi Mensah", "Ghana national team", "1998", "2004")]
    a = run("Jonas Berg has won 12 caps for the Netherlands under-21 team.", "2024-05-08")
    assert ("Jonas Berg", "Netherlands under-21 team", None, None) in _facts(a, "member")


def test_a_team_noun_before_the_teams_own_name_stays_a_description() -> None:
    a = run("Pablo Ruiz joined the Spanish team Real Sociedad in 2010.", "2024-05-08")
    assert _types(a)["Real Sociedad"] == "ORG" and "Spanish team" not in _types(a)
    assert _facts(a, "member") == [("Pablo Ruiz", "Real Sociedad", "2010", None)]


def test_a_countrys_particular_team_is_found_where_the_recognizer_saw_nothing() -> None:
    a = run("Maria Lund was part of the Ireland under-21 team that won the 2015 World Cup.", "2024-05-08")
    assert _facts(a, "member") == [("Maria Lund", "Ireland under-21 team", None, None)]
    a = run("Rhys Morgan, who captained the Wales under-21 team in 2011, has died.", "2024-05-08")
    assert [f[:2] for f in _facts(a, "member")] == [("Rhys Morgan", "Wales under-21 team")]
    a = run("Sela Fonua played for the New Zealand netball team.", "2024-05-08")
    assert _types(a)["New Zealand netball team"] == "ORG"


def test_a_bare_countrys_team_stays_the_country() -> None:
    a = run("Maria Lund was part of the Ireland team.", "2024-05-08")
    assert _facts(a, "member") == [("Maria Lund", "Ireland", None, None)]


def test_the_club_left_and_the_firm_of_a_post_are_organisations() -> None:
    a = run("Striker Mateo Silva joined Brampton City from Porto Azul for a club-record fee on Tuesday.", "2024-05-08")
    assert _types(a)["Porto Azul"] == "ORG"
    a = run("Wei Zhang stepped into the role of chief technology officer at Lumora in February.", "2024-05-08")
    assert _types(a)["Lumora"] == "ORG"
    a = run("Ann Lowe moved from Harrowgate to Leeds in 2001.", "2024-05-08")
    assert _types(a)["Harrowgate"] == "GPE"  # a town left is no employer


def test_signing_with_a_body_is_a_hiring_and_a_treaty_with_a_country_is_not() -> None:
    a = run("Forward Kenji Watanabe has signed with the Harbor City Mariners.", "2024-05-08")
    assert _args(a, "career.hire") == [{"patient": "Kenji Watanabe", "agent": "Harbor City Mariners",
                                        "organization": "Harbor City Mariners"}]
    a = run("Premier Ian Holt signed a trade deal with Norway in 2019.", "2024-05-08")
    assert _args(a, "career.hire") == []


def test_a_post_ended_before_is_not_the_post_taken_up() -> None:
    a = run("Delft United have appointed former Ajax coach Pieter Smit as head coach.", "2024-05-08")
    roles = {f[1]: f for f in _facts(a, "role")}
    assert roles["head coach"][3] is None  # the new post goes on
    assert roles["coach"][3] == "PAST_REF"


def test_a_deputy_post_is_another_post_and_ends_with_the_promotion() -> None:
    a = run("Lim Wei Ling, who had been deputy works minister since 1999, was sworn in as works minister on Wednesday.",
            "2024-05-08")
    roles = {f[1]: f[2:] for f in _facts(a, "role")}
    assert roles == {"deputy works minister": ("1999", "2024-05-08"), "works minister": ("2024-05-08", None)}


def test_a_name_the_recognizer_missed_that_hires_or_acquires_is_a_firm() -> None:
    a = run("Corvel hired Ruth Adeyemi in 2019.", "2024-05-08")
    assert _types(a).get("Corvel") == "ORG"
    assert _facts(a, "employee") == [("Ruth Adeyemi", "Corvel", "2019", None)]
    a = run("Brennix acquired Talvo for 40 million dollars in 2020.", "2024-05-08")
    assert _types(a).get("Brennix") == "ORG"


def test_a_university_of_a_place_that_hires_stays_whole() -> None:
    a = run("The University of Kelvingrove has recruited the biologist Ananya Rao from Bremen.", "2024-05-08")
    assert "University of Kelvingrove" in _types(a) and "University" not in _types(a)


def test_a_first_name_and_a_word_brought_in_by_a_club_is_a_person() -> None:
    a = run("The club brought in Tomas Veld on loan from Delft United last season.", "2024-05-08")
    assert _types(a)["Tomas Veld"] == "PERSON"
    assert [e["patient"] for e in _args(a, "career.hire")] == ["Tomas Veld"]
