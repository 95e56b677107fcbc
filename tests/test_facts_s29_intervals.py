"""Session 29: when posts, jobs and memberships begin and end, each as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs as _jobs
from handmade import posts as _posts


def test_a_move_told_in_the_present_ends_the_post_and_the_job_left() -> None:
    # "joins from B, where she had been T since 2019": over at B by now, the post as well as the job
    a = run("Halvorsen Media named Tilde Brask as its new editor on Monday. "
            "Brask, 44, joins from the rival paper Norrpost, where she had been deputy editor since 2019.", "2024-05-08")
    assert _posts(a, "Tilde Brask")["deputy editor"] == ("Norrpost", "2019", "PAST_REF")
    assert _jobs(a, "Tilde Brask")["Norrpost"] == ("2019", "PAST_REF")
    # another verb of holding, a hiring told before it
    a = run("Kestrel Books has hired Omar Lund as publisher. "
            "He joins from Bramble Press, where he had run the fiction list since 2016.", "2024-05-08")
    assert _jobs(a, "Omar Lund")["Bramble Press"] == ("2016", "PAST_REF")
    # "where he has run it since 2016": still held until the move is made, no end told
    a = run("Kestrel Books has hired Omar Lund as publisher. "
            "He joins from Bramble Press, where he has run the fiction list since 2016.", "2024-05-08")
    assert _jobs(a, "Omar Lund")["Bramble Press"] == ("2016", None)


def test_a_move_to_a_post_still_to_come_ends_the_old_job_then() -> None:
    # the new post begins on July 1: the old job lasts until then, not "some time before now"
    a = run("Tarn Foods has appointed Ruth Kalla as its chief executive, the company said on Tuesday. "
            "Kalla will take over on July 1. She joins from the Swedish dairy group Melkvik, "
            "where she has run the British business since 2014.", "2024-05-08")
    assert _jobs(a, "Ruth Kalla")["Melkvik"] == ("2014", "2024-07-01")


def test_a_post_chaired_since_a_year_is_the_chairmanship_told_elsewhere() -> None:
    # "has chaired the board since 2018" and "the bank's chairman": one post, dated; the former post stays undated
    a = run("The bank's chairman, Edwin Strale, said the results were strong. "
            "Strale, a former finance minister, has chaired the board since 2018.", "2024-05-08")
    posts = _posts(a, "Edwin Strale")
    assert posts["chairman"][1:] == ("2018", None)
    assert "chair" not in posts
    assert posts["finance minister"][1:] == (None, "PAST_REF")
    # the verb in a relative clause, the title told after it
    a = run("Ada Voss, who has chaired Tellmark's board since 2021, spoke on Monday. "
            "The chairwoman of Tellmark, Ada Voss, declined to comment on the bid.", "2024-05-08")
    posts = _posts(a, "Ada Voss")
    assert posts["chairwoman"][1:] == ("2021", None)
    assert "chair" not in posts


def test_a_post_held_since_a_year_is_not_the_former_one() -> None:
    # "a former army officer who has led the charity since 2017": the post led is the current one
    a = run("The charity's head, Rui Mota, a former army officer who has led the charity since 2017, said so.", "2024-05-08")
    posts = _posts(a, "Rui Mota")
    assert posts["head"][1:] == ("2017", None)
    assert posts["army officer"][1:] == (None, "PAST_REF")
    # the former post told in another sentence, another verb of holding
    a = run("The museum's director, Pia Lund, said the loan was agreed. "
            "Lund, a former diplomat, has run the museum since 2012.", "2024-05-08")
    posts = _posts(a, "Pia Lund")
    assert posts["director"][1:] == ("2012", None)
    assert posts["diplomat"][1:] == (None, "PAST_REF")


def test_a_founder_is_one_since_the_founding() -> None:
    # "its founder, X, who set up Y in 2009": the title "founder" holds since the founding
    a = run("The fund's founder, Mara Olsen, who set up Tarvik Capital in Oslo in 2009, said the board should act.", "2024-05-08")
    assert _posts(a, "Mara Olsen")["founder"][1:] == ("2009", None)
    # another verb, a co-founder named with the founding, the title before the verb
    a = run("Ivo Dask, the co-founder of Pellox, founded the company with Rina Holt in 2015.", "2024-05-08")
    assert _posts(a, "Ivo Dask")["co-founder"][1:] == ("2015", None)


def test_a_founder_stays_one_when_a_later_post_begins() -> None:
    # the later post (chief executive from 2019) does not end the title of founder
    a = run("Pellox was founded in 2015 by Rina Holt. Holt, its founder, was appointed chief executive of Pellox in 2019.",
            "2024-05-08")
    posts = _posts(a, "Rina Holt")
    assert posts["founder"][1:] == ("2015", None)
    assert posts["chief executive"][1:] == ("2019", None)


def test_ever_since_dates_a_post_from_the_time_told_before_it() -> None:
    # "... in 1987 and has been its chairman ever since": since the time the sentence told before
    a = run("Roald Miske inherited the firm from his father in 1987 and has been its chairman ever since.", "2024-05-08")
    assert _posts(a, "Roald Miske")["chairman"][1:] == ("1987", None)
    # a relative clause, another verb before it
    a = run("Roald Miske, who bought the club in 1995 and has been its chairman ever since, said the sale was right.", "2024-05-08")
    assert _posts(a, "Roald Miske")["chairman"][1:] == ("1995", None)
    # no time in its own sentence: the one before ("ever since" its last time)
    a = run("Olaf Brenn ran the brewery until his retirement in 2019. His daughter, Sanna Brenn, has been managing director ever since.",
            "2024-05-08")
    assert _posts(a, "Sanna Brenn")["managing director"][1:] == ("2019", None)


def test_managing_director_held_since_is_a_title_not_the_verb_manage() -> None:
    # "has been managing director since": the title, not a "manager" from the verb "manage"
    a = run("Piet Hoek has been managing editor of the Vell Courier since 2016.", "2024-05-08")
    posts = _posts(a, "Piet Hoek")
    assert posts["managing editor"][1:] == ("2016", None)
    assert "manager" not in posts
    # with its object the verb stays a verb: a manager
    a = run("Piet Hoek has been managing the team since 2016.", "2024-05-08")
    assert _posts(a, "Piet Hoek")["manager"][1:] == ("2016", None)


def test_an_arrival_with_no_destination_dates_the_one_other_body() -> None:
    # "who arrived from B in the summer of 2023": the club told elsewhere, the one the coach arrived at
    a = run("Kelby Rovers sacked their head coach, Ulf Brandt, on Monday. Brandt, who arrived from the Danish club "
            "Aalvik in the summer of 2023, had lost six games in a row.", "2024-05-08")
    assert _jobs(a, "Ulf Brandt")["Kelby Rovers"] == ("2023-SU", "2024-05-06")
    assert _jobs(a, "Ulf Brandt")["Aalvik"] == (None, "2023-SU")
    # another verb of moving, a main clause; the post told first keeps no date (a hiring dates no post)
    a = run("The Kelby Courier's editor, Nina Lamb, said sales were up. Lamb moved from the Vell Post in 2018.", "2024-05-08")
    assert _jobs(a, "Nina Lamb")["Kelby Courier"] == ("2018", None)
    assert _posts(a, "Nina Lamb")["editor"][1:] == (None, None)


def test_an_arrival_at_one_of_two_bodies_dates_neither() -> None:
    # sold by one club to another: which of the two he joined from Dunmere in 2019 is not said here
    a = run("Kelby Rovers have sold their captain, Tom Hale, to Arford. Hale, who joined from Dunmere Town in 2019, "
            "scored 40 goals.", "2024-05-08")
    assert _jobs(a, "Tom Hale", "member")["Arford"][0] is None


def test_a_title_a_hiring_clause_hangs_on_is_not_dated_by_it() -> None:
    # "a historian who joined Y in 2004": the job at Y since then; "historian" describes her, undated
    a = run("Lena Marsh, a historian who joined Orvik University in 2004, said she was honoured.", "2024-05-08")
    assert _posts(a, "Lena Marsh")["historian"][1:] == (None, None)
    assert _jobs(a, "Lena Marsh")["Orvik University"] == ("2004", None)
    # the hirer as the clause's subject, "whom"
    a = run("The car was drawn by Ivo Rask, the Italian designer whom Aurelion hired from Vettura in 2021.", "2024-05-08")
    assert _posts(a, "Ivo Rask")["designer"][1:] == (None, None)
    # hired "as" a post: the post begins with the hiring
    a = run("Tarn Books hired Ivo Rask as its chief editor in 2019.", "2024-05-08")
    assert _posts(a, "Ivo Rask")["chief editor"][1:] == ("2019", None)
    # "who took the job in April": the post the clause hangs on is the one taken
    a = run("Hexa's chief executive, Luc Ell, who took the job in April after eleven years at Dravonne, said so.", "2024-05-08")
    assert _posts(a, "Luc Ell")["chief executive"][1:] == ("2024-04", None)


def test_a_leaving_told_of_a_former_holder_dates_the_end_of_the_former_post() -> None:
    # "the former health minister X ... X, who resigned from the cabinet in January": over since January
    a = run("Ola Brink defeated the former health minister Rhys Pugh. "
            "Pugh, who resigned from the cabinet in January to run, won 31 per cent.", "2024-05-08")
    assert _posts(a, "Rhys Pugh")["health minister"][1:] == (None, "2024-01")
    # a retirement in the relative clause of the "former" title itself: the post and the job at the body
    a = run("His successor is Sunna Vik, a former judge of the Supreme Court who retired from the bench in 2022.", "2024-05-08")
    assert _posts(a, "Sunna Vik")["judge"][1:] == (None, "2022")
    assert _jobs(a, "Sunna Vik")["Supreme Court"] == (None, "2022")


def test_a_leaving_does_not_date_a_former_calling() -> None:
    # a former teacher who resigned from the council: the teaching ended some time before, not then
    a = run("Tom Ash, a former teacher who resigned from the council in 2019, said so.", "2024-05-08")
    assert _posts(a, "Tom Ash")["teacher"][1:] == (None, "PAST_REF")
