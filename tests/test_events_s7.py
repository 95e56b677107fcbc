"""Event phrasings found on articles read fresh (session 7), each as an invented sentence through
the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, typed


def test_announcing_ones_retirement_is_an_announcement_and_the_retirement() -> None:
    a = run("Pieter Maas, 61, announced his retirement in March and conducted his last concert on Sunday.")
    assert_event(a, "politics.announce", {"agent": "Pieter Maas"})
    assert [e.time for e in typed(a, "politics.announce")] == ["2024-03"]
    assert_event(a, "career.retire", {"agent": "Pieter Maas"})


def test_announcing_an_engagement_reports_it_and_announces_nothing_else() -> None:
    a = run("Lena Park and Omar Haddad announced their engagement in March.")
    assert_no_event(a, "politics.announce")
    assert_event(a, "life.engage", {"agent": "Lena Park"})


def test_dismissing_reports_lets_no_one_go() -> None:
    a = run("The actor Carys Penhallow has dismissed reports that her marriage is over. "
            "Dunlin Rovers dismissed their manager, Tom Berg, on Sunday.")
    fired = typed(a, "career.fire")
    assert len(fired) == 1, [(e.lemma, [(r.role, r.text) for r in e.args]) for e in fired]
    assert_event(a, "career.fire", {"patient": "Tom Berg"})


def test_a_vice_title_is_one_post() -> None:
    a = run("Kestrel University has appointed Ilse Maren as its next vice-chancellor. "
            "Tom Berg, the vice-chairman of Dunlin Ltd, retired on Friday.")
    assert_event(a, "career.appoint", {"patient": "Ilse Maren", "role": "vice-chancellor"})
    roles = {(a.entity(f.subject).name, f.value) for f in a.facts if f.relation == "role"}  # type: ignore[union-attr]
    assert ("Tom Berg", "vice-chairman") in roles, roles


def test_a_category_won_for_a_quoted_film_names_the_film() -> None:
    a = run("The actor Tomas Lind won best actor for \"Marrowfield\" at the festival in 2005.")
    assert_event(a, "career.win", {"agent": "Tomas Lind", "work": "Marrowfield"})


def test_best_category_went_to_someone_is_a_win_dated_by_no_title() -> None:
    a = run("The festival closed in Split on Saturday. Best director went to the Danish director Ida Holm for "
            "\"Winter Harbour\", a thriller set in a fishing town.")
    assert_event(a, "career.win", {"agent": "Ida Holm", "work": "Winter Harbour"})
    assert all(e.time != "2023-WI" for e in typed(a, "career.win")), [e.time for e in typed(a, "career.win")]


def test_a_film_that_won_with_no_maker_named_is_the_winner() -> None:
    a = run("\"The Glass Ferry\", a drama about two brothers who run a ferry crossing, won the Golden Oar "
            "for best film at the Kestrel Film Festival on Saturday night.")
    assert_event(a, "career.win", {"agent": "The Glass Ferry", "work": "The Glass Ferry"})


def test_a_post_after_a_shared_passive_is_the_post_the_subject_took() -> None:
    a = run("Petar Ivanov, a former ship's captain, was elected to the city council in 1995 and appointed deputy governor "
            "three years later.")
    assert_event(a, "career.appoint", {"patient": "Petar Ivanov", "role": "deputy governor"})
    assert [e.time for e in typed(a, "career.appoint")] == ["1998"]


def test_prize_money_taken_home_is_no_prize() -> None:
    a = run("Kaito Mori won the Carrick Bay Open on Sunday. Mori takes home £250,000 and a place in next month's "
            "Open Championship.")
    wins = typed(a, "career.win")
    assert len(wins) == 1, [(e.lemma, [(r.role, r.text) for r in e.args]) for e in wins]


def test_a_firm_named_after_its_founder_is_the_firm_until_the_founder_is_named() -> None:
    a = run("Marlowe hires rival's finance chief\n\nMarlowe Group, the Leeds-based printer, has hired Ana Ruiz as its "
            "finance director. Marlowe said it had also recruited Tom Berg from Dunlin Ltd. Marlowe's board met on Monday. "
            "Marlowe was founded in Leeds in 1958 by Edwin Marlowe and his brother.")
    firm = next(e for e in a.entities if e.name == "Marlowe Group")
    founder = next(e for e in a.entities if e.name == "Edwin Marlowe")
    assert sum(m.text == "Marlowe" for m in firm.mentions) >= 3, [m.text for m in firm.mentions]
    assert not any(m.text == "Marlowe" for m in founder.mentions), [m.text for m in founder.mentions]
    assert_event(a, "career.hire", {"agent": "Marlowe Group", "patient": "Tom Berg"})
    assert_event(a, "business.found", {"agent": "Edwin Marlowe", "organization": "Marlowe Group"})


def test_the_one_keen_close_or_in_talks_to_sign_is_the_one_hiring() -> None:
    a = run("Dunlin Rovers won the league on Sunday. The club is close to signing the Danish forward Freja Lund. "
            "Kestrel FC is in talks to sign Ana Ruiz, and Harbour Town are keen to sign Tom Berg.")
    for club, player in (("Dunlin Rovers", "Freja Lund"), ("Kestrel FC", "Ana Ruiz"), ("Harbour Town", "Tom Berg")):
        assert_event(a, "career.hire", {"agent": club, "patient": player})
    assert {e.modality for e in typed(a, "career.hire")} == {"planned"}


def test_buying_the_rights_to_a_film_buys_no_company() -> None:
    a = run("Bluefield Pictures bought the rights to the film in North America in March.")
    assert_no_event(a, "business.acquire")


def test_a_title_won_while_playing_for_a_club_told_after_a_coordinated_verb() -> None:
    a = run("Born in Bilbao, Iker Zubiri signed for Deportivo Arrate in 1993 and spent ten seasons there, "
            "winning the league title in 1998 and again in 2001.")
    assert sorted(e.time for e in typed(a, "career.win")) == ["1998", "2001"]
    assert_event(a, "career.win", {"agent": "Iker Zubiri"})


def test_adding_a_title_is_winning_it_and_adding_jobs_is_not() -> None:
    a = run("Lena Park won the Paris Open on Saturday. She added the Sydney Open in January 2005. "
            "Acme Corp added 300 jobs in May. \"It was hard,\" she added.")
    assert_event(a, "career.win", {"agent": "Lena Park", "award": "Sydney Open"})
    assert sorted(e.time for e in typed(a, "career.win")) == ["2005-01", "2024-05-04"]


def test_a_dateline_is_no_participant() -> None:
    a = run("Museum names new director\n\nEDINBURGH — The Calder Gallery of Art has appointed Ada Obi as its director.")
    appointed = typed(a, "career.appoint")
    assert appointed, [(e.type, e.lemma) for e in a.events]
    assert all(r.text != "EDINBURGH" for e in appointed for r in e.args), [[(r.role, r.text) for r in e.args] for e in appointed]
    assert_event(a, "career.appoint", {"agent": "Calder Gallery of Art", "patient": "Ada Obi"})


def test_opening_accounts_or_an_inquiry_launches_nothing() -> None:
    a = run("Mira Petrova allegedly opened the Cypriot accounts through which the payments passed. "
            "Police opened an investigation in March.")
    assert_no_event(a, "business.launch")
    a = run("Dunlin Foods opened a new factory in Leeds in May.")
    assert_event(a, "business.launch", {"agent": "Dunlin Foods"})


def test_the_same_paper_is_the_paper_named_last() -> None:
    a = run("Marta Solis told the newspaper Correio Azul in 2012 that she was tired. Tom Berg spoke to Radio Tejo. "
            "In an interview with the same paper in 2018, she said she had never listened to her records.")
    paper = next(e for e in a.entities if e.name == "Correio Azul")
    assert "the same paper" in [m.text for m in paper.mentions], [m.text for m in paper.mentions]


def test_posts_reached_by_promotion_becoming_or_stepping_up() -> None:
    a = run("Ana Ruiz was promoted to head of planning at Kelsey Council in 1996. In 2010 Tom Berg became chief curator "
            "of the Museu Azul. Lena Park stepped up to chief executive in 2004. Ivo Marsh was elected vice-chairman in 2001.")
    assert_event(a, "career.appoint", {"patient": "Ana Ruiz", "role": "head of planning"})
    assert_event(a, "career.appoint", {"patient": "Tom Berg", "role": "chief curator"})
    assert_event(a, "career.appoint", {"patient": "Lena Park", "role": "chief executive"})


def test_stepping_up_efforts_is_no_appointment() -> None:
    a = run("Dunlin Bank stepped up its efforts to cut costs in 2004.")
    assert_no_event(a, "career.appoint")


def test_standing_down_is_resigning() -> None:
    a = run("Tom Berg stood down from the board of Dunlin Bank in May. The goalkeeper will stand in for him.")
    assert_event(a, "career.resign", {"agent": "Tom Berg", "organization": "Dunlin Bank"})
    assert len(typed(a, "career.resign")) == 1
