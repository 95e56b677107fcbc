"""Session 52: the validity intervals of posts, jobs and memberships (an entry post over by now, ...), as invented
sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs, posts


def test_an_apprenticeship_or_traineeship_is_over_by_a_later_post_or_years_on() -> None:
    # "joined X as an apprentice in 1990, was elected regional secretary in 2019": the apprenticeship is over, undated
    a = run("Marta Kowal, 49, a welder who joined Fenbrook Yard as an apprentice in 1990, was elected regional secretary in 2019.")
    assert posts(a, "Marta Kowal")["apprentice"] == ("Fenbrook Yard", "1990", "PAST_REF")
    # ... and a traineeship begun twenty years before the article, with no later post told
    b = run("Dara Quell, who joined the Westby Echo as a trainee reporter in 2003, said she was pleased.")
    assert posts(b, "Dara Quell")["trainee reporter"] == ("Westby Echo", "2003", "PAST_REF")
    # a first rung ends with a later post: when it is taken, within some years; else at an untold time
    c = run("Tomas Reyn joined Harlow Bank as a junior analyst in 2005 and was appointed finance director in 2014.")
    assert posts(c, "Tomas Reyn")["junior analyst"] == ("Harlow Bank", "2005", "2014")
    f = run("Greta Wahl took a job as a laboratory assistant at the Korsby Institute in 1961 and was appointed head of its "
            "chemistry division in 1979.")
    assert posts(f, "Greta Wahl")["laboratory assistant"][1:] == ("1961", "PAST_REF")
    # a traineeship begun two years ago, or a first rung with no later post, stays open
    d = run("Dara Quell joined the Westby Echo as a trainee reporter in 2022.")
    assert posts(d, "Dara Quell")["trainee reporter"] == ("Westby Echo", "2022", None)
    e = run("Tomas Reyn joined Harlow Bank as a junior analyst in 2005.")
    assert posts(e, "Tomas Reyn")["junior analyst"] == ("Harlow Bank", "2005", None)


def test_a_post_held_now_stays_open_when_the_next_post_begins_after_the_article() -> None:
    # "will take up the post in September": the deanship ends after the article's date -- an end still open
    a = run("Harlow University has appointed Nora Vell as its next vice-chancellor. Vell, who became dean of its medical school "
            "in 2019, will take up the post in September.", "2024-03-14")
    assert posts(a, "Nora Vell")["vice-chancellor"] == ("Harlow University", "2024-09", None)
    assert posts(a, "Nora Vell")["dean"] == (None, "2019", None)
    # a later post taken by the article's date ends the earlier one then
    b = run("Harlow University appointed Nora Vell as its vice-chancellor on 1 March 2024. Vell became dean of its medical "
            "school in 2019.", "2024-03-14")
    assert posts(b, "Nora Vell")["dean"] == (None, "2019", "2024-03-01")


def test_a_leaving_of_one_body_as_a_post_does_not_end_the_post_held_at_another() -> None:
    # "The Civic Union's group leader, X, who was expelled from the rival Y": the post at the Civic Union stays open
    a = run("The Civic Union's group leader, Dana Holt, who was expelled from the rival Farmers' League in 2019 before joining "
            "the Civic Union a year later, is the favourite.", "2024-03-14")
    assert posts(a, "Dana Holt")["leader"] == ("Civic Union", None, None)
    # the post at the very body left ends then
    b = run("The Farmers' League's group leader, Dana Holt, who was expelled from the Farmers' League in 2019, is now an "
            "independent.", "2024-03-14")
    assert posts(b, "Dana Holt")["leader"] == ("Farmers' League", None, "2019")


def test_a_verb_of_leading_the_body_dates_the_one_post_placed_nowhere() -> None:
    # "the dean of its medical school, X ... has led the medical school since 2017": the deanship, told with no body
    a = run("Harwell University has suspended the dean of its medical school, Professor Ravi Kellan. Kellan, 58, who has led "
            "the medical school since 2017, was told on Friday.", "2024-03-14")
    assert posts(a, "Ravi Kellan")["dean"] == (None, "2017", None)
    # a post placed at another body is not the one led
    b = run("Harwell University has suspended the dean of its medical school, Professor Ravi Kellan. Kellan, 58, who has led "
            "the medical school since 2017, is also the chairman of the Tarrow Trust.", "2024-03-14")
    assert posts(b, "Ravi Kellan")["chairman"] == ("Tarrow Trust", None, None)


def test_a_post_at_a_body_where_one_has_worked_since_a_year_is_held_since_then() -> None:
    # "is deputy director of X in Bath, where she has worked since 2016": the job and the post there, since 2016 (the parser
    # hangs "in Bath" on the post)
    a = run("Nadia Orme is currently deputy director of the Marlowe Collection in Bath, where she has worked since 2016.", "2024-03-14")
    assert posts(a, "Nadia Orme")["deputy director"] == ("Marlowe Collection", "2016", None)
    assert jobs(a, "Nadia Orme")["Marlowe Collection"] == ("2016", None)
    b = run("Oskar Lindeborg, 46, is head of recruitment at the Dutch club Vlietstad, where he has worked since 2019.", "2024-03-14")
    assert posts(b, "Oskar Lindeborg")["head of recruitment"] == ("Vlietstad", "2019", None)
    # a stint told over dates no post
    c = run("Nadia Orme is a curator at the Marlowe Collection in Bath, where she worked until 2016.", "2024-03-14")
    assert posts(c, "Nadia Orme")["curator"][1] is None


def test_an_owner_is_one_since_the_purchase_of_the_body() -> None:
    # "the club's owner, X ... who bought Ashby Rovers in 2019": owner since 2019
    a = run('"We will move on," the club\'s owner, Wendell Marsh, said on Monday. Marsh, the American investor who bought '
            'Ashby Rovers in 2019, said the search had begun.', "2024-03-14")
    assert posts(a, "Wendell Marsh")["owner"] == (None, "2019", None)
    # not the purchase of another body than the one owned, nor one of two purchases
    b = run('"We will move on," the owner of Kelby Town, Wendell Marsh, said on Monday. Marsh, who bought the hotel group '
            'Arden Inns in 2019, said the search had begun.', "2024-03-14")
    assert posts(b, "Wendell Marsh")["owner"] == ("Kelby Town", None, None)
    c = run('"We will move on," the club\'s owner, Wendell Marsh, said on Monday. Marsh bought Ashby Rovers in 2019 and Arden '
            'Inns in 2021.', "2024-03-14")
    assert posts(c, "Wendell Marsh")["owner"] == (None, None, None)


def test_a_post_held_until_now_ends_when_the_new_post_told_begins() -> None:
    # "His replacement is X, until now the chairman of ...": the chairmanship ends as the new post begins
    a = run("The prime minister sacked Ivan Dorn as defence minister on Monday. His replacement is Kemal Orhan, 44, until now "
            "the chairman of parliament's defence committee.", "2024-03-14")
    assert posts(a, "Kemal Orhan")["chairman"] == (None, None, "2024-03-11")
    # with no post begun in the article's month, its end stays untold
    b = run("The prime minister sacked Ivan Dorn as defence minister on Monday. His replacement is Kemal Orhan, 44, until now "
            "the chairman of parliament's defence committee. Orhan was appointed deputy defence minister in 2019.", "2024-03-14")
    assert posts(b, "Kemal Orhan")["chairman"] == (None, None, "PAST_REF")


def test_a_post_superseded_a_decade_or_more_later_is_over_its_end_untold() -> None:
    # "joined the force as a patrol officer in 1989 and was appointed chief in 2016": steps between may be untold
    a = run("Ray Mbeki, who joined the Kelby police as a patrol officer in 1989 and was appointed chief in 2016, has faced "
            "questions before.", "2024-03-14")
    assert posts(a, "Ray Mbeki")["patrol officer"][1:] == ("1989", "PAST_REF")
    # a later post within a decade ends the earlier one when it begins
    b = run("Ray Mbeki, who joined the Kelby police as a patrol officer in 2009 and was appointed chief in 2016, has faced "
            "questions before.", "2024-03-14")
    assert posts(b, "Ray Mbeki")["patrol officer"][1:] == ("2009", "2016")


def test_a_former_aide_no_longer_works_where_the_one_assisted_does() -> None:
    # "His former deputy, X": at the body the one assisted works for, no longer
    a = run("Aurelio Fenn, the head of the Port of Kelby, was jailed on Tuesday. His former deputy, Anna March, 54, was "
            "acquitted.", "2024-03-14")
    assert jobs(a, "Anna March")["Port of Kelby"] == (None, "PAST_REF")
    # an aide told without "former" is there still
    b = run("Aurelio Fenn, the head of the Port of Kelby, was jailed on Tuesday. His deputy, Anna March, 54, was acquitted.",
            "2024-03-14")
    assert jobs(b, "Anna March")["Port of Kelby"] == (None, None)


def test_a_succession_naming_no_post_dates_the_successors_one_post() -> None:
    # "X, who succeeded the festival's founder, Y, when he retired in 2009": X's one post (the founding is not handed on)
    a = run("The festival's director, Clara Benn, said attendance had risen. Benn, who succeeded the festival's founder, Guido "
            "Zanetti, when he retired in 2009, announced the dates on Sunday.", "2024-03-14")
    assert posts(a, "Clara Benn")["director"][1:] == ("2009", None)
    # with two posts held, which one was taken is not said; a post named dates that one only
    b = run("Clara Benn, the festival's director, is also the chair of the Lund Trust. Benn, who succeeded the festival's "
            "founder, Guido Zanetti, when he retired in 2009, announced the dates on Sunday.", "2024-03-14")
    assert posts(b, "Clara Benn")["director"][1:] == (None, None)
    c = run("The festival's director, Clara Benn, said attendance had risen. Benn, who succeeded Guido Zanetti as chair of the "
            "Lund Trust in 2009, announced the dates on Sunday.", "2024-03-14")
    assert posts(c, "Clara Benn")["director"][1:] == (None, None)


def test_a_verb_of_holding_dates_the_one_of_several_posts_it_names() -> None:
    # "has led his party since 2018", of a leader who also becomes foreign minister: the leadership
    a = run("The Farmers' League, whose leader, Mirko Ilic, becomes foreign minister, joined the coalition. Ilic, 56, a former "
            "vet, has led his party since 2018.", "2024-03-14")
    assert posts(a, "Mirko Ilic")["leader"] == ("Farmers' League", "2018", None)
    assert posts(a, "Mirko Ilic")["foreign minister"][1] is None
    # a verb naming neither post dates neither
    b = run("The Farmers' League, whose treasurer, Mirko Ilic, becomes foreign minister, joined the coalition. Ilic, 56, a "
            "former vet, has led the ministry's task force since 2018.", "2024-03-14")
    assert posts(b, "Mirko Ilic")["treasurer"][1] is None


def test_a_start_naming_no_post_dates_no_calling() -> None:
    # "X, a lawyer by training, was appointed in 2019": a lawyer before the appointment, since when not told
    a = run("Lena Marsh, a lawyer by training, was appointed in 2019.", "2024-03-14")
    assert posts(a, "Lena Marsh")["lawyer"] == (None, None, None)
    # the one post known is the one begun
    b = run("The city's treasurer, Lena Marsh, was appointed in 2019.", "2024-03-14")
    assert posts(b, "Lena Marsh")["treasurer"] == (None, "2019", None)


def test_a_verb_of_holding_a_country_names_no_party_post() -> None:
    # "has led the country since 2016", of a party leader and prime minister: not the leadership (what is led is no party)
    a = run("The party leader and prime minister, Otto Vik, spoke on Monday. Vik, who has led the country since 2016, will "
            "serve a last term.", "2024-03-14")
    assert all(start is None for _, start, _ in posts(a, "Otto Vik").values())
