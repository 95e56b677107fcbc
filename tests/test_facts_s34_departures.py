"""Session 34: leaving a post (resignations, dismissals, retirements and their arguments) in phrasings no fixture had,
as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, typed


def test_a_body_named_with_a_habit_word_is_still_a_body_left() -> None:
    # "quit social media" is a habit dropped; "quit Halloran Media", a company of that name, is a post left
    a = run("Gus Amberley quit Halloran Media in March after six years.")
    assert event_names(a, "career.resign", "organization") == ["Halloran Media"]
    assert [e.time for e in typed(a, "career.resign")] == ["2024-03"]
    b = run("Tess Orrin quit Bluewater Drinking Co in 2021 to start a bakery.")
    assert event_names(b, "career.resign", "organization") == ["Bluewater Drinking Co"]
    c = run("Tess Orrin quit social media in 2021.")
    d = run("Tess Orrin quit drinking in 2021.")
    assert typed(c, "career.resign") == typed(d, "career.resign") == []


def test_a_contest_quit_or_a_room_retired_to_leaves_no_post() -> None:
    a = run("Mira Cole quit the race after the second lap on Sunday.")
    b = run("Ivo Dane quit the tournament with a knee injury.")
    assert typed(a, "career.resign") == typed(b, "career.resign") == []
    c = run("Ella Dray retired to her room early on Friday.")
    d = run("The guests retired to bed at midnight.")
    assert typed(c, "career.retire") == typed(d, "career.retire") == []
    # a retirement told with a place to live in is still one
    e = run("Ella Dray retired to Spain in 2019.")
    assert event_names(e, "career.retire", "agent") == ["Ella Dray"]


def test_a_gerund_s_possessor_is_the_one_it_is_done_to_when_by_tells_the_doer() -> None:
    a = run("Jude Arkwright's sacking by Millbrook Rovers in 2022 ended a five-year stint.")
    assert event_names(a, "career.fire", "patient") == ["Jude Arkwright"]
    assert event_names(a, "career.fire", "agent") == ["Millbrook Rovers"]
    b = run("Pia Lund's firing by Oster Media in March surprised staff.")
    assert event_names(b, "career.fire", "patient") == ["Pia Lund"]


def test_a_post_lost_is_a_dismissal() -> None:
    a = run("Ines Marlow lost her post as editor of the Dunport Herald in 2018.")
    assert event_names(a, "career.fire", "patient") == ["Ines Marlow"]
    assert "Dunport Herald" in event_names(a, "career.fire", "organization")
    b = run("The coach, Sam Ode, lost his post in May after a run of defeats.")
    assert event_names(b, "career.fire", "patient") == ["Sam Ode"]
    # a post office or a blog post lost is none
    c = run("The town lost its post office in 2019.")
    assert typed(c, "career.fire") == []


def test_a_body_named_before_the_title_is_the_post_s_organisation() -> None:
    a = run("Nils Egan, who was sacked as Harwood Town manager in 2021, has joined Brant City.")
    assert event_names(a, "career.fire", "organization")[:1] == ["Harwood Town"]
    b = run("Ada Voss resigned as Kelby Bank chairman on Friday.")
    assert event_names(b, "career.resign", "organization") == ["Kelby Bank"]


def test_removed_as_a_post_is_a_dismissal_in_the_active_too() -> None:
    a = run("The board removed Lydia Harne as chairman on Friday.")
    assert event_names(a, "career.fire", "patient") == ["Lydia Harne"]
    assert [e.time for e in typed(a, "career.fire")] == ["2024-05-03"]
    b = run("Hartwell Rovers removed Tom Sayle as captain in March.")
    assert event_names(b, "career.fire", "patient") == ["Tom Sayle"]
    # a thing removed "as" a precaution lets no one go
    c = run("The council removed the statue as a precaution in March.")
    d = run("Officials removed Tom Sayle from the stage in March.")
    assert typed(c, "career.fire") == typed(d, "career.fire") == []


def test_the_door_shown_or_the_sack_given_by_a_body() -> None:
    a = run("Ron Baggs was shown the door by Kestle Town on Saturday.")
    assert event_names(a, "career.fire", "patient") == ["Ron Baggs"]
    assert event_names(a, "career.fire", "agent") == ["Kestle Town"]
    b = run("Omar Tully was given the sack by Halden Rovers in March.")
    assert event_names(b, "career.fire", "agent") == ["Halden Rovers"]


def test_relieved_of_duties_at_a_body() -> None:
    a = run("The nurse Abi Trelawny was relieved of her duties at St Ormond's Hospital on Thursday.")
    assert event_names(a, "career.fire", "patient") == ["Abi Trelawny"]
    assert event_names(a, "career.fire", "organization") == ["St Ormond's Hospital"]
    b = run("Sgt Ben Oduya was stripped of his post with Kelby Police in 2020.")
    assert event_names(b, "career.fire", "organization") == ["Kelby Police"]


def test_walked_out_on_a_body() -> None:
    a = run("In 2016 Yusuf Adeyemi walked out on Tollbridge United.")
    assert event_names(a, "career.resign", "agent") == ["Yusuf Adeyemi"]
    assert event_names(a, "career.resign", "organization") == ["Tollbridge United"]
    assert [e.time for e in typed(a, "career.resign")] == ["2016"]
    b = run("The singer Ana Lusk walked out on Harrow Records last year.")
    assert event_names(b, "career.resign", "organization") == ["Harrow Records"]
    # a spouse or a room walked out on leaves no post
    c = run("Tom Hale walked out on his wife in 2019.")
    d = run("Tom Hale walked out of the studio on Friday.")
    assert typed(c, "career.resign") == typed(d, "career.resign") == []


def test_bowed_out_of_a_body() -> None:
    a = run("The veteran presenter Hal Brody bowed out of Radio Kestle on Friday.")
    assert event_names(a, "career.resign", "agent") == ["Hal Brody"]
    assert event_names(a, "career.resign", "organization") == ["Radio Kestle"]
    b = run("Pia Holm bowed out of the Harrow Players in 2019 after 30 years.")
    assert event_names(b, "career.resign", "organization") == ["Harrow Players"]
    # out of a tournament: a contest lost, no post
    c = run("Mira Sand bowed out of the tournament in the second round.")
    assert typed(c, "career.resign") == []


def test_a_body_confirming_someone_s_departure_is_the_body_left() -> None:
    a = run("Pellow Rovers confirmed the exit of head coach Lars Dunne on Tuesday.")
    assert event_names(a, "career.resign", "agent") == ["Lars Dunne"]
    assert event_names(a, "career.resign", "organization") == ["Pellow Rovers"]
    b = run("Harlow Bank announced the departure of its finance chief, Ivo Rand, on Friday.")
    assert event_names(b, "career.resign", "agent") == ["Ivo Rand"]
    assert event_names(b, "career.resign", "organization") == ["Harlow Bank"]
    # the one announcing their own departure is the one leaving
    c = run("Ivo Rand announced his departure from Harlow Bank on Friday.")
    assert event_names(c, "career.resign", "organization") == ["Harlow Bank"]


def test_the_body_the_one_leaving_is_told_to_have_led_is_the_body_left() -> None:
    a = run("Dita Kraus, who headed Orlen Media for a decade, stepped down last month.")
    assert event_names(a, "career.resign", "organization") == ["Orlen Media"]
    assert [e.time for e in typed(a, "career.resign")] == ["2024-04"]
    b = run("Pia Moss, who ran the Kelby Arts Trust, retired in 2019.")
    assert event_names(b, "career.retire", "organization") == ["Kelby Arts Trust"]
    # a body the person is told to have done something else with is not the one left
    c = run("Pia Moss, who sued Kelby Arts Trust in 2015, resigned on Friday.")
    assert event_names(c, "career.resign", "organization") in ([], [None])


def test_let_go_with_a_time_hung_on_go() -> None:
    a = run("The Harbour Times editor Jem Cole was let go in a round of cuts last week.")
    assert event_names(a, "career.fire", "patient") == ["Jem Cole"]
    b = run("Two presenters, Ada Rusk and Tim Bell, were let go this week.")
    assert sorted(event_names(b, "career.fire", "patient")) == ["Ada Rusk", "Tim Bell"]


def test_a_shirt_or_a_fleet_retired_is_no_retirement() -> None:
    a = run("Ivo Dane retired the number 10 shirt in 2019.")
    b = run("Kelby Air retired its fleet of turboprops in March.")
    assert typed(a, "career.retire") == typed(b, "career.retire") == []
    c = run("Ivo Dane retired from Kelby Rovers in 2019.")
    assert event_names(c, "career.retire", "agent") == ["Ivo Dane"]


def test_a_headline_dismissal_drops_its_auxiliary() -> None:
    a = run("Dunley Rovers manager Sid Harte sacked\n\nThe club said on Monday that it had made a change.")
    assert event_names(a, "career.fire", "patient") == ["Sid Harte"]
    assert event_names(a, "career.fire", "agent") in ([], [None], ["Dunley Rovers"])
    b = run("Kelby Bank chief Ola Brun fired over expenses\n\nThe bank said on Monday that it had lost confidence in her.")
    assert event_names(b, "career.fire", "patient") == ["Ola Brun"]
    # a sentence with its full stop keeps its doer
    c = run("Hal Dunn sacked three staff on Friday.")
    assert event_names(c, "career.fire", "agent") == ["Hal Dunn"]


def test_a_person_s_removal_is_a_dismissal() -> None:
    a = run("Ann Dove's removal as chair of the Kelby Trust was confirmed on Friday.")
    assert event_names(a, "career.fire", "patient") == ["Ann Dove"]
    assert "Kelby Trust" in event_names(a, "career.fire", "organization")
    b = run("The board voted for the removal of Ann Dove as chair.")
    assert event_names(b, "career.fire", "patient") == ["Ann Dove"]
    # a thing removed is none
    c = run("The removal of the statue began on Friday.")
    assert typed(c, "career.fire") == []
