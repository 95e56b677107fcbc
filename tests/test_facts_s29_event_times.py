"""Times of events of every type that recur across the development articles (session 29, second round), each as invented
sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import typed


def _times(a, kind: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.time for e in typed(a, kind)]


def test_a_count_of_years_from_a_month_dates_the_event_to_the_year() -> None:
    # "in March 2019 ... was arrested two years later": 2021, not March 2021
    a = run("Piet Olver retired from the Harrow Bank in March 2019. He was arrested two years later at his home in Dunmore.",
            "2024-05-08")
    assert _times(a, "legal.arrest") == ["2021"]
    # "a year later she won": another verb, the count before the clause
    b = run("At the Lisbon Games in August 2018 Ana Ruel took bronze. A year later she won the Harwick Marathon.", "2024-05-08")
    assert "2019" in _times(b, "career.win")
    # a count of weeks keeps the day: "on March 3 ... two weeks later"
    c = run("Piet Olver was questioned by police on March 3, 2021. He was arrested two weeks later in Dunmore.", "2024-05-08")
    assert _times(c, "legal.arrest") == ["2021-03-17"]


def test_the_result_declared_on_an_election_night_is_declared_that_day() -> None:
    # "The result was announced by X": the day of the election the article reports
    a = run("Lena Marr was elected leader of the Harrow Party on Saturday, beating two rivals. She won 55 per cent of the vote. "
            "The result was announced by the party's chair, Omar Vey.", "2024-05-08")
    assert _times(a, "politics.announce") == ["2024-05-04"]
    # after a win of a contest dated in the lede, another verb: "The result was declared by X"
    b = run("Tomas Kell won the Dunmore Open on Sunday, beating Ivo Brandt in the final. The result was declared by the "
            "umpire, Clara Voss.", "2024-05-08")
    assert _times(b, "politics.announce") == ["2024-05-05"]
    # active: "X announced the result"
    d = run("Lena Marr was elected leader of the Harrow Party on Saturday. Omar Vey, the chair, announced the result shortly "
            "after six.", "2024-05-08")
    assert _times(d, "politics.announce") == ["2024-05-04"]
    # an announcement of something else is not dated by the night
    c = run("Lena Marr was elected leader of the Harrow Party on Saturday. Omar Vey announced a review of the party's finances.",
            "2024-05-08")
    assert _times(c, "politics.announce") == [None]


def test_an_event_the_news_comes_after_is_counted_back_from_the_article_day() -> None:
    # "The reshuffle comes two days after the opposition elected X": two days before the article's day
    a = run("Prime minister Ana Kovel sacked three ministers on Monday. The reshuffle comes two days after the opposition "
            "Harrow Party elected Lena Marr as its leader.", "2024-05-08")
    assert "2024-05-06" in _times(a, "politics.elect")
    # a noun after "after", months back: "The award comes four months after the death of X"
    b = run("The Dunmore Society gave its gold medal to Clara Voss. The award comes four months after the death of her "
            "mentor, Piet Olver.", "2024-05-08")
    assert _times(b, "life.die") == ["2024-01"]
    # years back, the plural verb: "The cuts come three years after X bought Y"
    c = run("Harlow Foods will close two plants. The cuts come three years after Harlow bought its rival Mellow Dairies.",
            "2024-05-08")
    assert _times(c, "business.acquire") == ["2021"]
    # "came" tells another past occasion: not counted from the article's day
    d = run("The cuts came three years after Harlow Foods bought its rival Mellow Dairies.", "2024-05-08")
    assert _times(d, "business.acquire") == [None]


def test_seats_held_on_an_election_night_of_no_one_named_are_held_that_day() -> None:
    # "the region's closely fought election on May 1" (no one named: no event of its own) dates the night reported
    a = run("Two parties signed a coalition deal on Friday, ending a week of talks that followed the region's closely fought "
            "election on May 1. Lena Marr, the Harrow Party leader who held her Dunmore seat, will be sworn in as premier. "
            "Omar Vey comfortably kept his seat in Wexley, where he was first elected in 2011.", "2024-05-08")
    assert sorted(str(t) for t in _times(a, "politics.elect")) == ["2011", "2024-05-01", "2024-05-01"]
    # an election noun heading the sentence, a seat held after it
    b = run("The count after the Castrelle mayoral election on Sunday took nine hours. Clara Voss, the sitting mayor, held her "
            "seat by 300 votes.", "2024-05-08")
    assert "2024-05-05" in _times(b, "politics.elect")


def test_an_event_that_followed_another_within_hours_took_place_that_day() -> None:
    # "Her elevation was followed within hours by the resignation of X": the day of her election, told just before
    a = run("Harlow Mutual has elected Priya Norgaard as its chair. Norgaard was chosen at a board meeting on Monday. Her "
            "elevation was followed within hours by the resignation of Omar Vey, a director.", "2024-05-08")
    assert _times(a, "career.resign") == ["2024-05-06"]
    # another noun, within minutes: "His dismissal was followed within minutes by the resignation of his assistant"
    b = run("Tomas Kell was sacked as manager of Dunmore Rovers on Saturday. His dismissal was followed within minutes by "
            "the resignation of his assistant, Ivo Brandt.", "2024-05-08")
    assert _times(b, "career.resign") == ["2024-05-04"]
    # "was followed by" alone: some time after, when not said
    c = run("Tomas Kell was sacked as manager of Dunmore Rovers on Saturday. His dismissal was followed by the resignation "
            "of his assistant, Ivo Brandt.", "2024-05-08")
    assert _times(c, "career.resign") == [None]


def test_what_someone_plans_or_is_expected_to_do_is_not_dated_by_the_telling() -> None:
    # "told X on Wednesday that he planned to sue": said then, suing when is not said
    a = run("Leaving the court on Wednesday, Piet Olver told the Dunmore Herald that he planned to sue the council.", "2024-05-08")
    assert _times(a, "legal.sue") == [None]
    # "announced his retirement last Wednesday ... and is expected to join the coaching staff"
    b = run("The captain, Tomas Kell, announced his retirement last Wednesday and is expected to join the coaching staff of "
            "Dunmore Rovers.", "2024-05-08")
    assert _times(b, "career.hire") == [None]
    # a time of the planned clause's own still dates it
    c = run("Tomas Kell is expected to join Dunmore Rovers in June.", "2024-05-08")
    assert _times(c, "career.hire") == ["2024-06"]


def test_a_nomination_told_as_made_is_not_dated_by_the_ceremony_to_come() -> None:
    # "X, who is also nominated on Sunday" (the awards night after the article's day): nominated before, when not said
    a = run("The cinematographer Piet Olver, who is also nominated on Sunday, said the pair argue about everything.", "2024-05-09")
    assert _times(a, "career.nominate") == [None]
    # "X is nominated for best director at the Harrow Awards on Saturday"
    b = run("Clara Voss is nominated for best director at the Harrow Awards on Saturday.", "2024-05-09")
    assert _times(b, "career.nominate") == [None]
    # a nomination to come keeps its day
    c = run("Piet Olver will be nominated for the Harrow Prize on Monday.", "2024-05-09")
    assert _times(c, "career.nominate") == ["2024-05-13"]
