"""Session 53: event times -- invented sentences, each rule with a case it must get right and a near miss it must not
change: a meeting of several days lends no one night to an undated win; a mention of another post is another move; a
time in a clause told as to come dates no event told as done before it; a move with immediate effect is of the
day of the news told just before; what "the announcement came a day after" is dated from the day of the telling; "weeks after" a month tells no month; a
tenure hung on the named subject ("X, head of Y from 2003 until his retirement in 2018, has published") dates no event of
the clause; a reshuffle told by its verb ("replaced four members of her cabinet on Friday") dates the changes told after it; a holiday continuing a past story is
that year's day; the undated leaving of the one a dated succession replaced is of its time; an event in a finite clause on a noun
("speculation that began when she was spotted") takes no lone time of the sentence."""

from __future__ import annotations

from dateline.extract.events_time_fill import inherit_times
from dateline.model import Argument, Event
from handmade import analyzed as run
from handmade import typed

MONDAY = "2024-05-06"


def _times(text: str, kind: str) -> list[str | None]:
    return [e.time for e in typed(run(text, MONDAY), kind)]


def test_a_win_after_a_meeting_of_several_days_takes_no_night() -> None:
    text = ("Anna Voss won the 100 metres at the Lindmark Games in Torvik on Saturday night. "
            "Voss added a second gold in the relay on Sunday. Piet Halloran defended his long jump title.")
    assert _times(text, "career.win") == ["2024-05-04", "2024-05-05", None]


def test_a_win_after_one_night_takes_that_night() -> None:
    text = "Anna Voss won the 100 metres at the Lindmark Games in Torvik on Saturday night. Piet Halloran defended his long jump title."
    assert _times(text, "career.win") == ["2024-05-04", "2024-05-04"]


def _move(start: int, role: str, time: str | None = None) -> Event:
    return Event("", "career.resign", "step down", start, start + 4, "step", start // 100,
                 [Argument("agent", start - 10, start - 2, "Tom Rell", "E1"), Argument("role", start + 10, start + 20, role)],
                 time=time, time_source="clause" if time else None)


def test_stepping_down_from_another_post_takes_no_time_of_the_first() -> None:
    first, other = _move(10, "chief executive", "2024-06"), _move(200, "president")
    inherit_times([first, other])
    assert other.time is None


def test_stepping_down_from_the_same_post_takes_its_time() -> None:
    for role in ("chief executive", "CEO", "chief executive officer"):
        first, again = _move(10, "chief executive", "2024-06"), _move(200, role)
        inherit_times([first, again])
        assert again.time == "2024-06", role


def test_a_description_taken_for_a_post_parts_nothing() -> None:
    first, again = _move(10, "36-year-old former banker", "2024-06"), _move(200, "deputy prime minister")
    inherit_times([first, again])
    assert again.time == "2024-06"


def test_a_future_conjunct_does_not_date_a_done_hiring() -> None:
    for verb in ("has signed with", "joined"):
        text = f"Lena Ostrova {verb} the broadcaster Kestrel Sport and will work as a studio analyst at the European championships in August."
        assert _times(text, "career.hire") == [None], verb


def test_a_future_start_still_dates_the_hiring() -> None:
    assert _times("Lena Ostrova has already been recruited by Kestrel Sport and will start in August.", "career.hire") == ["2024-08"]


def test_a_future_hiring_keeps_the_time_of_its_conjunct() -> None:
    text = "Lena Ostrova will join the broadcaster Kestrel Sport and work as a studio analyst at the European championships in August."
    assert _times(text, "career.hire") == ["2024-08"]


def test_a_move_with_immediate_effect_is_of_the_news_day_told_before() -> None:
    text = ("The Harwick Gazette has sacked its editor, Giles Renn, its owner said on Thursday. "
            "His deputy, Mara Quist, has been promoted to the top job with immediate effect.")
    assert _times(text, "career.appoint") == ["2024-05-02"]


def test_a_move_with_immediate_effect_after_no_news_day_is_of_the_article_date() -> None:
    for first in ("The Harwick Gazette has sacked its editor, Giles Renn.", "The Harwick Gazette sacked its editor, Giles Renn, in March."):
        text = f"{first} His deputy, Mara Quist, has been promoted to the top job with immediate effect."
        assert _times(text, "career.appoint") == [MONDAY], first


def _after_the_announcement(gap: str) -> list[str | None]:
    text = f"Drossel Motors said on Thursday that it would close its plant in Tollby. The announcement came {gap} after its chief executive, Piet Hoog, resigned."
    return _times(text, "career.resign")


def test_what_the_announcement_came_after_is_dated_from_the_telling() -> None:
    assert _after_the_announcement("hours") == ["2024-05-02"]
    assert _after_the_announcement("a day") == ["2024-05-01"]
    assert _after_the_announcement("two days") == ["2024-04-30"]


def test_what_the_announcement_came_weeks_after_stays_undated() -> None:
    assert _after_the_announcement("weeks") == [None]
    assert _after_the_announcement("a month") == [None]


def test_weeks_after_a_month_tell_no_month() -> None:
    text = "Weeks after Harl Town was sold to the investor Ida Voss in February, its long-serving manager Tom Kell was sacked."
    assert _times(text, "career.fire") == [None]


def test_weeks_after_a_year_keep_the_year() -> None:
    text = "Weeks after Harl Town was sold to the investor Ida Voss in 2019, its long-serving manager Tom Kell was sacked."
    assert _times(text, "career.fire") == ["2019"]


def test_a_tenure_on_the_subject_dates_no_event_of_the_clause() -> None:
    a = run("Tomas Brell, head of surgery at Kestrel General Hospital from 2003 until his retirement in 2018, has published a memoir.", MONDAY)
    assert [e.time for e in typed(a, "report.publish")] == [None]
    assert [e.time for e in typed(a, "career.retire")] == ["2018"]  # (the retirement's own time)


def test_a_time_of_the_clause_still_dates_it_after_a_described_subject() -> None:
    text = "Tomas Brell, head of surgery at Kestrel General Hospital, published a memoir in 2018."
    assert _times(text, "report.publish") == ["2018"]


def _dismissal_after(first: str) -> list[str | None]:
    text = f"{first} The health minister, Piet Varga, had resigned last month. Sorel also dismissed the interior minister, Oto Brenn."
    return _times(text, "career.fire")


def test_a_reshuffle_told_by_its_verb_dates_the_changes_after_it() -> None:
    assert _dismissal_after("Prime Minister Ana Sorel replaced four members of her cabinet on Friday.") == ["2024-05-03"]
    assert _dismissal_after("Prime Minister Ana Sorel reshuffled her cabinet on Friday.") == ["2024-05-03"]


def test_one_post_replaced_is_no_reshuffle() -> None:
    assert _dismissal_after("Prime Minister Ana Sorel replaced her chief of staff on Friday.") == [None]


def _timexes(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in run(text, "2023-06-29").timexes]


def test_a_holiday_continuing_a_past_story_is_that_years_day() -> None:
    text = "They met in the spring of 2016. They were first linked that summer. By Christmas they had gone public."
    assert _timexes(text)[-1] == ("Christmas", "2016-12-25")


def test_a_holiday_with_no_story_before_it_stays_near_the_article_date() -> None:
    assert _timexes("By Christmas they had gone public.") == [("Christmas", "2022-12-25")]


def test_the_leaving_of_the_one_succeeded_is_dated_by_the_succession() -> None:
    text = "Nadia Orell was named chief executive of Kestrel Insurance in 2019, succeeding Tom Brell, who retired after 11 years in the post."
    assert _times(text, "career.retire") == ["2019"]
    text = "Nadia Orell joined Kestrel Insurance in 2019, replacing its first actuary, Tom Brell, who was sacked after a row over pay."
    assert _times(text, "career.fire") == ["2019"]


def test_the_leaving_of_the_one_replaced_now_or_dated_keeps_its_own_time() -> None:
    assert _times("Nadia Orell replaces Tom Brell, who retired after 11 years in the post.", "career.retire") == [None]
    text = "Nadia Orell was named chief executive of Kestrel Insurance in 2019, succeeding Tom Brell, who retired in 2017."
    assert _times(text, "career.retire") == ["2017"]


def test_an_event_in_a_clause_on_a_noun_takes_no_lone_time_of_the_sentence() -> None:
    text = ("The actor Leo Brandt and the singer Mira Vos are engaged, the couple confirmed on Friday, ending days of speculation "
            "that began when she was spotted wearing a ring at the Varna Film Festival.")
    assert _times(text, "report.seen") == [None]


def test_an_infinitive_on_a_noun_still_takes_the_lone_time() -> None:
    text = "An attempt to buy the Hamburg film maker Meerfolie collapsed in 2018 when the two sides could not agree on a price."
    assert _times(text, "business.acquire") == ["2018"]
