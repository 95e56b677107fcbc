"""Phrasings found in session 24 (arts: bands, festivals, book prizes, stage and streaming), each as an
invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, event_args, event_names, facts_by_pair


def test_a_named_presenter_told_is_an_interview() -> None:
    # "told the radio presenter X": a named interviewer, as "told the magazine X" names an outlet
    a = run("Lena Ruud told the radio presenter Sam Oakes on Monday that the tour was nearly sold out.", "2024-05-08")
    assert "Lena Ruud" in event_names(a, "report.interview", "agent")


def test_a_band_called_a_four_piece_is_the_band_formed_and_left() -> None:
    a = run("The Velvet Foxes, the Leeds four-piece, released an album on Friday. Mara Quist formed the band in 2011. "
            "Tom Hale quit the band in 2016.", "2024-05-08")
    assert entity_types(a).get("Velvet Foxes") == "ORG"
    assert "Velvet Foxes" in event_names(a, "business.found", "organization")
    assert "Velvet Foxes" in event_names(a, "career.resign", "organization")
    members = facts_by_pair(a, "member")
    assert members.get(("Mara Quist", "Velvet Foxes")) == ("2011", None)
    assert members.get(("Tom Hale", "Velvet Foxes")) == (None, "2016")



def test_a_jury_handing_its_prize_to_someone_is_their_win() -> None:
    a = run("The jury handed its best actress prize to Ana Ruiz for her role in \"Low Tide\" on Saturday.", "2024-05-08")
    assert "Ana Ruiz" in event_names(a, "career.win", "agent")


def test_handing_something_else_over_is_no_win() -> None:
    a = run("Tom Hale handed the keys to Ana Ruiz on Saturday.", "2024-05-08")
    assert event_names(a, "career.win", "agent") == []


def test_a_film_first_screened_somewhere_premiered_there() -> None:
    a = run("Ana Ruiz's film \"Long Road\" was first screened in Leeds in 2018.", "2024-05-08")
    premieres = [e for e in a.events if e.type == "career.premiere"]
    assert [e.time for e in premieres] == ["2018"]
    assert "Long Road" in event_names(a, "career.premiere", "work")
    b = run("Ana Ruiz's film \"Long Road\" was shown on television in 2018.", "2024-05-08")
    assert event_names(b, "career.premiere", "work") == []


def test_a_play_opening_at_a_theatre_premieres_but_a_theatre_opening_does_not() -> None:
    a = run("\"Salt Roads\", the first play by the poet Ana Ruiz, opens at the Alder Theatre in Norwich on June 19.", "2024-05-08")
    assert "Salt Roads" in event_names(a, "career.premiere", "work")
    b = run("The Alder Playhouse opens in Norwich on June 19.", "2024-05-08")
    assert event_names(b, "career.premiere", "work") == []


def test_a_novel_that_made_the_shortlist_was_nominated() -> None:
    a = run("Her novel \"Slate Country\" made the shortlist of the Tern Prize in 2019.", "2024-05-08")
    assert [(e.time, n) for e, n in zip([e for e in a.events if e.type == "career.nominate"],
                                         event_names(a, "career.nominate", "work"), strict=True)] == [("2019", "Slate Country")]
    b = run("Ana Ruiz made the shortlist in 2019 with \"Slate Country\".", "2024-05-08")
    assert [g.get("work") for g in event_args(b, "career.nominate")] == ["Slate Country"]
    assert "Ana Ruiz" in event_names(b, "career.nominate", "patient")
    c = run("Ana Ruiz made the team in 2019.", "2024-05-08")
    assert event_names(c, "career.nominate", "patient") == []


def test_a_work_shortlisted_is_the_work_not_who_nominates() -> None:
    a = run("Her debut, \"Slate Country\", shortlisted for the Tern Prize in 2019, sold well.", "2024-05-08")
    assert [(e.time, n) for e, n in zip([e for e in a.events if e.type == "career.nominate"],
                                         event_names(a, "career.nominate", "work"), strict=True)] == [("2019", "Slate Country")]


def test_a_publisher_that_also_brought_out_another_book_did_so_at_no_time_told() -> None:
    a = run("\"Grey Hours\" was published in March by Penrose Books, the small house that also brought out \"Slate\".", "2024-05-08")
    times = dict(zip(event_names(a, "report.publish", "work"), [e.time for e in a.events if e.type == "report.publish"], strict=True))
    assert times == {"Grey Hours": "2024-03", "Slate": None}


def test_also_let_go_after_a_counted_dismissal_keeps_its_time() -> None:
    a = run("The minister dismissed three aides on Tuesday. Tom Hale was also let go.", "2024-05-08")
    assert [e.time for e in a.events if e.type == "career.fire"] == ["2024-05-07"]


def test_joining_a_band_on_stage_or_for_an_encore_is_no_hiring() -> None:
    a = run("Iron Gate, a Leeds band, released an album. Ana Ruiz will join the band on stage in December.", "2024-05-08")
    assert event_names(a, "career.hire", "patient") == []
    b = run("Iron Gate, a Leeds band, released an album. Ana Ruiz will join the band for an encore.", "2024-05-08")
    assert event_names(b, "career.hire", "patient") == []
    c = run("Iron Gate, a Leeds band, released an album. Ana Ruiz joined the band in 2019.", "2024-05-08")
    assert event_names(c, "career.hire", "patient") == ["Ana Ruiz"]


def test_opening_a_tour_launches_nothing() -> None:
    a = run("Iron Gate, a Leeds band, will open a 30-date tour in Leeds on November 9.", "2024-05-08")
    assert event_names(a, "business.launch", "agent") == []


def test_cowriting_a_song_or_duetting_with_someone_is_a_collaboration() -> None:
    a = run("Ana Ruiz co-wrote the song with Tom Hale in 2019.", "2024-05-08")
    assert "Tom Hale" in event_names(a, "career.collaborate", "partner")
    b = run("Ana Ruiz duetted with Tom Hale on \"Blue\" in 2019.", "2024-05-08")
    assert "Tom Hale" in event_names(b, "career.collaborate", "partner")
    c = run("Ana Ruiz wrote the book with Tom Hale in 2019.", "2024-05-08")  # a book written together is published
    assert event_names(c, "career.collaborate", "partner") == []


def test_two_who_recorded_an_album_together_collaborated() -> None:
    a = run("Ana Ruiz and Tom Hale recorded the album \"Blue\" together in 2019.", "2024-05-08")
    assert [(e.time, sorted(g.text for g in e.args if g.role in ("agent", "partner"))) for e in a.events
            if e.type == "career.collaborate"] == [("2019", ["Ana Ruiz", "Tom Hale"])]


def test_picking_up_best_director_is_a_win_but_best_wishes_are_not() -> None:
    a = run("Ana Ruiz picked up best director for \"Blue Road\" in 2019.", "2024-05-08")
    assert [g.get("award") for g in event_args(a, "career.win")] == ["best director"]
    b = run("Ana Ruiz received best wishes from Tom Hale in 2019.", "2024-05-08")
    assert event_args(b, "career.win") == []


def test_a_book_coming_out_is_published_not_released() -> None:
    a = run("Ana Ruiz's next book, a memoir about her father, will come out from Penrose Books next autumn.", "2024-05-08")
    assert [e.time for e in a.events if e.type == "report.publish"] == ["2024-FA"]
    assert [e for e in a.events if e.type == "career.release"] == []
    b = run("Ana Ruiz released her album \"Blue Road\" in May.", "2024-05-08")
    assert [e.time for e in b.events if e.type == "career.release"] == ["2024-05"]


def test_forming_a_band_with_someone_makes_both_its_founders_and_members() -> None:
    a = run("Iron Gate, a Leeds band, released an album. Mara Quist formed the band in 2011 with her schoolfriend Tom Hale.",
            "2024-05-08")
    founders = [sorted(a.entity(g.entity).name for g in e.args if g.role == "agent" and g.entity)
                for e in a.events if e.type == "business.found"]
    assert founders == [["Mara Quist", "Tom Hale"]]
    assert facts_by_pair(a, "member").get(("Tom Hale", "Iron Gate")) == ("2011", None)
    b = run("Mara Quist formed the company in 2011 with £5,000.", "2024-05-08")
    assert all(g.role != "agent" or g.text == "Mara Quist" for e in b.events for g in e.args)


def test_a_title_and_name_recalling_in_an_interview_gave_one() -> None:
    # the parser hangs "recalled" on "the bassist" when the name stands in apposition
    a = run("\"We knew at once,\" the bassist, Ana Ruiz, recalled in an interview with the music magazine Tonebook.",
            "2024-05-08")
    assert "Ana Ruiz" in event_names(a, "report.interview", "agent")
