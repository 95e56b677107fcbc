"""Session 47 (lead): "began her career at Y (as a trainee) in 2001" is a hiring at Y; such a career's start is an
occurrence of its own -- it lends its year to no later-told hiring at the same body, a predecessor named beside a dated
appointment held that appointment's post (not the career's first), and "will take up the post in September" dates the
new post, not the first one -- as small invented articles through the real pipeline, with near misses."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs, named_args, typed

DCT = "2025-03-14"


def test_a_career_begun_at_a_body_is_a_hiring_there() -> None:
    a = run("Lotte Vranken began her career at Dellmoor Bank as a graduate trainee in 2001.", DCT)
    hires = [e for e in typed(a, "career.hire") if e.time == "2001"]
    assert [(h.get("patient"), h.get("organization")) for h in named_args(a, "career.hire")] == [("Lotte Vranken", "Dellmoor Bank")]
    assert len(hires) == 1
    b = run("Pieter Osk started his career with the Harlow Institute in 1994 as a lab technician.", DCT)
    assert [(h.get("patient"), h.get("organization")) for h in named_args(b, "career.hire")] == [("Pieter Osk", "Harlow Institute")]
    assert jobs(b, "Pieter Osk")["Harlow Institute"][0] == "1994"


def test_a_career_begun_in_a_place_hires_no_one() -> None:
    a = run("Lotte Vranken began her career in Rotterdam in 2001.", DCT)
    assert not typed(a, "career.hire")


def test_a_career_start_lends_no_year_to_the_news_hiring() -> None:
    a = run("Dellmoor Bank said on Tuesday that it had lured Lotte Vranken away from its rival Ostley & Crane to run its "
            "retail arm. Vranken, 47, began her career at Dellmoor Bank itself as a graduate trainee in 2001.", DCT)
    times = sorted((e.time or "") for e in typed(a, "career.hire"))
    assert "2001" in times and times.count("2001") == 1


def test_a_predecessor_held_the_post_of_the_dated_appointment_not_the_first_job() -> None:
    text = ("The historian Anja Pellworth has been appointed director of the Corvin Museum, its trustees announced on Tuesday, "
            "after her predecessor, Rolf Maddern, retired last October. Pellworth will take up the post in September. "
            "She began her career as a lecturer at Ashdown College in Cork.")
    a = run(text, "2021-06-24")
    assert "Ashdown College" not in jobs(a, "Rolf Maddern")
    assert jobs(a, "Anja Pellworth")["Ashdown College"][0] is None  # (not the September the new post begins)
    assert jobs(a, "Anja Pellworth")["Corvin Museum"][0] == "2021-09"


def test_leaving_for_another_club_resigns_from_the_club_joined_before() -> None:
    a = run("Nils Aasberg joined Harkby Rovers from Orvik IL in 1990 and led the club to the title four years later, before "
            "he left for the Scottish club Dunmarrow Athletic in the summer of 1999.", "2001-08-31")
    resigns = [(r.get("agent"), r.get("organization")) for r in named_args(a, "career.resign")]
    assert resigns == [("Nils Aasberg", "Harkby Rovers")]  # not Orvik IL, left in 1990; not Dunmarrow, the club joined
    assert ("Nils Aasberg", "Dunmarrow Athletic") in [(h.get("patient"), h.get("organization")) for h in named_args(a, "career.hire")]
    assert jobs(a, "Nils Aasberg", "member")["Harkby Rovers"] == ("1990", "1999-SU")


def test_a_captain_who_left_for_another_side_left_the_club() -> None:
    a = run("Harkby Rovers signed two players. Going the other way, the captain Tomas Eld has left for Dunmarrow Athletic "
            "after eight years at the club.", "2025-07-20")
    assert [r.get("agent") for r in named_args(a, "career.resign")] == ["Tomas Eld"]


def test_a_club_named_after_a_move_is_no_one_moving() -> None:
    a = run("Tavi Lemalu will retire. He spent six seasons at Harrowfield Saints, where he won the cup in 2013, before moving "
            "to the French club Montbrac Olympique in 2015.", DCT)
    hires = named_args(a, "career.hire")
    assert [h.get("patient") for h in hires] == ["Tavi Lemalu"]
    assert [h.get("organization") for h in hires] == ["Montbrac Olympique"]


def test_a_name_before_its_verb_read_as_an_adverb_is_still_its_subject() -> None:
    a = run("Gakely was born in 1924 in a village near Tarvin.", DCT)
    assert [b.get("patient") for b in named_args(a, "life.born")] == ["Gakely"]


def test_a_short_name_read_as_an_adverb_where_the_subject_stands_is_the_body() -> None:
    a = run("Last month Orvane invested $25 million in Nimbly Audio, a Berlin start-up. Nimbly was founded in 2014 by "
            "Jonas Reiter and Aylin Koss, who met as students.", DCT)
    assert [f.get("organization") for f in named_args(a, "business.found")] == ["Nimbly Audio"]


def test_an_adverb_opening_a_sentence_with_its_own_subject_stays_an_adverb() -> None:
    a = run("Last month Orvane invested $25 million in Nimbly Audio, a Berlin start-up. Nimbly, the founders moved the "
            "firm to Munich in 2014.", DCT)
    assert all(m.text != "Nimbly" for e in a.entities for m in e.mentions)


def test_a_subject_after_a_semicolon_is_its_own_verbs() -> None:
    a = run("Mairead Colley is a singer from Cork. Her debut album, \"Harbour Girl\", was released in 2015 and was nominated "
            "for the Corrib Music Prize; her third, \"Low Weather Songs\", came out last October and reached number two.", DCT)
    assert sorted((r.get("work"), r.get("time")) for r in
                  ({**named_args(a, "career.release")[i], "time": e.time} for i, e in enumerate(typed(a, "career.release")))) \
        == [("Harbour Girl", "2015"), ("Low Weather Songs", "2024-10")]


def test_a_verb_after_a_semicolon_with_its_own_subject_keeps_it() -> None:
    a = run("Mairead Colley released \"Harbour Girl\" in 2015; she married Tom Reddan in 2019.", DCT)
    assert [m.get("agent") or m.get("partner") for m in named_args(a, "life.marry")][:1] in (["Mairead Colley"], ["Tom Reddan"])


def test_chosen_to_lead_a_named_party_is_an_election() -> None:
    a = run("Ilse Varn, a former surgeon, was chosen on Saturday to lead the opposition Unity Movement, defeating the "
            "party's treasury spokesman in a run-off.", "2025-03-10")
    assert [(e.get("patient"), e.get("organization")) for e in named_args(a, "politics.elect")] == [("Ilse Varn", "Unity Movement")]
    assert [e.time for e in typed(a, "politics.elect")] == ["2025-03-08"]


def test_chosen_to_lead_a_named_firm_is_no_election() -> None:
    a = run("Owen Brack was picked to lead Harlow Bank on Tuesday.", "2025-03-10")
    assert not typed(a, "politics.elect")


def test_one_replaced_by_someone_sworn_in_that_day_is_dated_by_the_oath() -> None:
    a = run("The prime minister sacked three ministers on Tuesday. Among them was the finance minister, Ida Brenner. Brenner was "
            "replaced by Anton Kessel, the economy minister, who was sworn in on Wednesday at the palace. Kessel entered "
            "parliament in 2018 and joined the cabinet three years later.", "2025-10-10")
    times = sorted(e.time or "" for e in typed(a, "career.appoint") if any(g.text.endswith("Kessel") for g in e.args if g.role == "patient"))
    assert "2025-10-08" in times


def test_a_relative_clause_of_another_kind_dates_no_appointment() -> None:
    a = run("Ida Brenner was replaced by Anton Kessel, the economy minister, who was born in Tarvik in 1979.", "2025-10-10")
    assert all(e.time != "1979" for e in typed(a, "career.appoint"))


def test_a_datelines_town_runs_over_all_its_capitals() -> None:
    a = run("BRADWELL FERRY — The band Pale Kilns has a new bassist. Ada Morrow co-founded Pale Kilns in Bradwell Ferry in 2009.", DCT)
    places = {e.name.lower() for e in a.entities if e.type == "GPE"}
    assert "bradwell ferry" in places and "bradwell" not in places
    b = run("LONDON — Ada Morrow resigned on Monday.", DCT)
    assert {e.name for e in b.entities if e.type == "GPE"} == {"LONDON"}


def test_a_firms_name_the_recognizer_cut_after_its_first_word_runs_on_to_its_head() -> None:
    a = run("They met at the law firm Pelican Row Hartley in 2010.", DCT)
    assert ("ORG", "Pelican Row Hartley") in {(e.type, e.name) for e in a.entities}
    b = run("Apple CEO Tim Cook spoke on Monday.", DCT)
    assert ("PERSON", "Tim Cook") in {(e.type, e.name) for e in b.entities}


def test_a_year_after_a_coordinated_verb_dates_that_verb_not_the_meeting() -> None:
    a = run("Dara Cole and Tom Verran met at university and married in 2015.", DCT)
    assert [e.time for e in typed(a, "life.meet")] == [None]
    assert [e.time for e in typed(a, "life.marry")] == ["2015"]
    b = run("Dara Cole and Tom Verran met in 2010 and married in 2015.", DCT)
    assert [e.time for e in typed(b, "life.meet")] == ["2010"]


def test_founders_who_left_a_named_firm_together_to_build_theirs_resigned_from_it() -> None:
    a = run("Brindle's co-founders, Dara Cole and Tom Verran, met as junior associates at the law firm Pelican Row Hartley and "
            "left together in the spring of 2022 to build it.", DCT)
    assert sorted((r.get("agent"), r.get("organization")) for r in named_args(a, "career.resign")) == [
        ("Dara Cole", "Pelican Row Hartley"), ("Tom Verran", "Pelican Row Hartley")]


def test_founders_who_left_to_build_theirs_with_no_firm_named_resigned_from_nothing() -> None:
    a = run("Brindle's co-founders, Dara Cole and Tom Verran, left in 2022 to build it.", DCT)
    assert not typed(a, "career.resign")
