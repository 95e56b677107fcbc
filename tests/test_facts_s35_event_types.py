"""Events found with the wrong type or none (session 35): invented sentences through the real pipeline, each told with
the type its phrasing means -- a leaving "stepped away / back from" a named body, a sacking told as "marching orders",
a proposal told as "asked X to marry him" (an engagement, no wedding) -- and their look-alikes that tell none."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event


def test_stepping_away_or_back_from_a_named_body_is_a_resignation() -> None:
    a = run("Lena Moravec stepped away from Quillon Capital in March.")
    assert_event(a, "career.resign", {"agent": "Lena Moravec", "organization": "Quillon Capital"})
    b = run("Omar Fenn will step back from the board of Tarlow Group in June.")
    assert_event(b, "career.resign", {"agent": "Omar Fenn", "organization": "Tarlow Group"})


def test_stepping_back_from_a_place_or_a_thing_leaves_no_post() -> None:
    assert_no_event(run("Zara Holm stepped back from the edge of the cliff."), "career.resign")
    assert_no_event(run("Ron Tate stepped away from the microphone."), "career.resign")


def test_marching_orders_are_a_sacking() -> None:
    a = run("Kelvin Park was given his marching orders by Ashby Town.")
    assert_event(a, "career.fire", {"patient": "Kelvin Park", "agent": "Ashby Town"})
    b = run("Ashby Town handed Kelvin Park his marching orders on Monday.")
    assert_event(b, "career.fire", {"patient": "Kelvin Park", "agent": "Ashby Town"})
    c = run("Kelvin Park was handed his marching orders by Ashby Town.")
    assert_event(c, "career.fire", {"patient": "Kelvin Park", "agent": "Ashby Town"})


def test_orders_given_are_no_sacking() -> None:
    assert_no_event(run("Colonel Ada Brisk gave orders to march at dawn."), "career.fire")
    assert_no_event(run("The board handed the report to police."), "career.fire")


def test_asking_someone_to_marry_is_a_proposal_not_a_wedding() -> None:
    a = run("Lyle Crane got down on one knee and asked Mae Dorr to marry him.")
    assert_event(a, "life.engage", {"agent": "Lyle Crane", "partner": "Mae Dorr"})
    assert_no_event(a, "life.marry")
    b = run("Tom Reid asked his girlfriend, Ana Pell, to marry him in Paris in 2019.")
    assert_event(b, "life.engage", {"agent": "Tom Reid", "partner": "Ana Pell", "place": "Paris"})
    assert_no_event(b, "life.marry")


def test_a_wedding_told_outright_is_still_a_wedding() -> None:
    assert_event(run("Ana Pell married Tom Reid in Bath in 2020."), "life.marry", {"agent": "Ana Pell", "partner": "Tom Reid"})


def test_voted_out_as_leader_is_a_dismissal() -> None:
    a = run("Sara Quint was voted out as party leader in 2016.")
    assert_event(a, "career.fire", {"patient": "Sara Quint", "role": "party leader"})
    b = run("Members of the Kelby Party voted out their leader, Sara Quint, on Friday.")
    assert_event(b, "career.fire", {"patient": "Sara Quint"})


def test_a_government_voted_out_is_no_one_dismissed() -> None:
    assert_no_event(run("The Tarlow government was voted out in 2010."), "career.fire")


def test_a_book_named_right_after_its_noun_is_published_not_released() -> None:
    a = run('Ama Teller\'s first book, the short-story collection "Paper Gulls", appeared from Loam Press in 2015.')
    assert_event(a, "report.publish", {"work": "Paper Gulls"})
    assert_no_event(a, "career.release")
    b = run('Her debut novel "Cold Orchard" came out in 2012.')
    assert_event(b, "report.publish", {"work": "Cold Orchard"})
    assert_no_event(b, "career.release")


def test_an_album_or_a_film_named_right_after_its_noun_is_still_released() -> None:
    a = run('The band\'s third album "Cold Orchard" came out in 2012.')
    assert_event(a, "career.release", {"work": "Cold Orchard"})
    assert_no_event(a, "report.publish")
    assert_event(run('The film "Cold Orchard" came out in 2012.'), "career.release", {"work": "Cold Orchard"})


def test_lured_or_recruited_to_a_body_is_hired_by_it() -> None:
    a = run("Jon Ruddock was lured to Harrow Bank from Penfold Capital in 2019.")
    assert_event(a, "career.hire", {"patient": "Jon Ruddock", "agent": "Harrow Bank"})
    b = run("Jon Ruddock was recruited to Harrow Bank in 2019.")
    assert_event(b, "career.hire", {"patient": "Jon Ruddock", "agent": "Harrow Bank"})


def test_pushed_out_as_chairman_is_a_dismissal() -> None:
    a = run("Jon Ruddock was pushed out as chairman in 2021.")
    assert_event(a, "career.fire", {"patient": "Jon Ruddock", "role": "chairman"})
    b = run("Harrow Bank pushed out its chairman, Jon Ruddock, in May.")
    assert_event(b, "career.fire", {"patient": "Jon Ruddock", "agent": "Harrow Bank"})


def test_a_product_pushed_out_is_no_dismissal() -> None:
    assert_no_event(run("Harrow Motors pushed out a new model in May."), "career.fire")


def test_a_contender_for_a_prize_is_a_nominee() -> None:
    a = run("Rhys Tal is among the six contenders for the Aldwych Medal.")
    assert_event(a, "career.nominate", {"patient": "Rhys Tal", "award": "Aldwych Medal"})
    b = run("Rhys Tal, a contender for the Aldwych Medal, spoke on Friday.")
    assert_event(b, "career.nominate", {"patient": "Rhys Tal", "award": "Aldwych Medal"})


def test_a_contender_for_a_title_or_in_a_contest_is_no_nominee() -> None:
    assert_no_event(run("Harlow Rovers are contenders for the title this season."), "career.nominate")
    assert_no_event(run("Rhys Tal, the Wimbledon contender, lost on Friday."), "career.nominate")


def test_let_go_or_dumped_by_a_club_is_a_dismissal() -> None:
    a = run("Ray Cobb was let go by Fenn Athletic in March.")
    assert_event(a, "career.fire", {"patient": "Ray Cobb", "agent": "Fenn Athletic"})
    b = run("Ray Cobb was dumped by Fenn Athletic after a run of defeats.")
    assert_event(b, "career.fire", {"patient": "Ray Cobb", "agent": "Fenn Athletic"})


def test_dumped_by_a_partner_or_out_of_a_cup_is_no_dismissal() -> None:
    assert_no_event(run("Ana Lutz was dumped by her boyfriend, Tom Reyes, in 2019."), "career.fire")
    assert_no_event(run("Fenn Athletic were dumped out of the cup by Rovers."), "career.fire")


def test_a_deal_penned_is_no_publication() -> None:
    assert_no_event(run("Ray Cobb penned a two-year deal with Fenn Athletic in June."), "report.publish")
    assert_no_event(run("Ray Cobb has penned a new contract at Fenn Athletic."), "report.publish")
    assert_event(run("Ray Cobb penned a memoir, Lost Ground, in 2020."), "report.publish", {"work": "Lost Ground"})


def test_brought_back_to_a_body_or_a_post_is_a_hiring() -> None:
    a = run("Lia Moss was brought back to Fernhaus as chief executive in 2018.")
    assert_event(a, "career.hire", {"patient": "Lia Moss", "agent": "Fernhaus", "role": "chief executive"})
    b = run("Fernhaus brought back Lia Moss as chief executive in 2018.")
    assert_event(b, "career.hire", {"patient": "Lia Moss", "agent": "Fernhaus"})


def test_a_suspect_or_a_show_brought_back_is_no_hiring() -> None:
    assert_no_event(run("Police brought back the suspect, Tom Rees, from Spain."), "career.hire")
    assert_no_event(run("The BBC brought back the show in 2020."), "career.hire")


def test_calling_time_on_a_marriage_is_a_split_not_a_retirement() -> None:
    a = run("Lia Moss and Jan Tol have called time on their marriage.")
    assert_event(a, "life.separate", {"agent": "Lia Moss", "partner": "Jan Tol"})
    assert_no_event(a, "career.retire")
    assert_event(run("Lia Moss called time on her relationship with Jan Tol in May."), "life.separate", {"agent": "Lia Moss"})
    assert_event(run("Hal Brennan called time on his playing career in 2021."), "career.retire", {"agent": "Hal Brennan"})


def test_the_new_face_of_a_brand_holds_no_post() -> None:
    assert_no_event(run("Lia Moss was unveiled as the new face of Fernhaus."), "career.appoint")
    assert_no_event(run("Fernhaus has named Lia Moss as the face of its spring campaign."), "career.appoint")
    assert_event(run("Lia Moss was named head of Fernhaus in 2019."), "career.appoint", {"patient": "Lia Moss", "role": "head"})


def test_getting_the_chop_is_a_dismissal() -> None:
    assert_event(run("Tova Rinn got the chop at Lark Rovers after two seasons."), "career.fire", {"patient": "Tova Rinn"})
    a = run("Tova Rinn was given the chop by Lark Rovers in 2018.")
    assert_event(a, "career.fire", {"patient": "Tova Rinn", "agent": "Lark Rovers"})


def test_a_chop_given_to_onions_lets_no_one_go() -> None:
    assert_no_event(run("The chef gave the onions a quick chop."), "career.fire")
