"""Whole sentences: anchoring on the document date, the tense of the verb, narrative order."""

from __future__ import annotations

from dateline.timex import tag


def values(text: str, dct: str, **kw: object) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, **kw)]


def test_past_tense_date_stays_before_the_document_date() -> None:
    assert values("They were married on August 4.", "2023-08-07") == [("August 4", "2023-08-04")]
    # a day far from the document date takes its year from the tense...
    assert values("They were married on November 9.", "2023-08-07") == [("November 9", "2022-11-09")]
    # ...a day within two months is the nearest one whatever the tense ("was moved to August 9")
    assert values("The vote was moved to August 9.", "2023-08-07") == [("August 9", "2023-08-09")]


def test_future_tense_date_moves_after_the_document_date() -> None:
    assert values("They will marry on April 4.", "2023-08-07") == [("April 4", "2024-04-04")]
    assert values("They married in April.", "2023-08-07") == [("April", "2023-04")]
    assert values("They will marry in April.", "2023-08-07") == [("April", "2024-04")]


def test_weekday_follows_tense() -> None:
    # 2023-08-07 is a Monday.
    assert values("They met on Friday.", "2023-08-07") == [("Friday", "2023-08-04")]
    assert values("They will meet on Friday.", "2023-08-07") == [("Friday", "2023-08-11")]
    assert values("They met last Friday.", "2023-08-07") == [("last Friday", "2023-08-04")]


def test_explicit_tense_function_overrides_heuristic() -> None:
    text = "The vote on Friday"
    assert values(text, "2023-08-07", tense=lambda s, e: "FUTURE") == [("Friday", "2023-08-11")]
    assert values(text, "2023-08-07", tense=lambda s, e: "PAST") == [("Friday", "2023-08-04")]
    # present tense ("are meeting Wednesday"): the nearest one
    assert values("The vote on Wednesday", "2023-08-07", tense=lambda s, e: "PRESENT") == [
        ("Wednesday", "2023-08-09")]


def test_narrative_anchors_on_the_last_mentioned_date() -> None:
    text = "In March 2010 she moved to Paris. Two years later she married."
    news = values(text, "2023-08-07")
    story = values(text, "2023-08-07", domain="narrative")
    assert story == [("March 2010", "2010-03"), ("Two years later", "2012-03")]
    assert news[1] == ("Two years later", "2012-03")  # anaphoric even in news
    (first, second) = tag(text, "2023-08-07", domain="narrative")
    assert second.anchor == first.tid


def test_deictic_anchor_is_the_document_date() -> None:
    (t,) = tag("He resigned yesterday.", "2020-01-01")
    assert (t.value, t.anchor) == ("2019-12-31", "dct")


def test_offsets_tids_and_explanations() -> None:
    text = "On Aug. 4, 2012 they married; ten years later, on Friday, they split."
    out = tag(text, "2023-08-07", explain=True)
    assert [t.tid for t in out] == [f"t{i + 1}" for i in range(len(out))]
    for t in out:
        assert text[t.start:t.end] == t.text
        assert t.explain and t.explain[0].startswith(f"rule {t.rule}")
    assert [t.text for t in out] == ["Aug. 4, 2012", "ten years later", "Friday"]
    assert out[1].value == "2022-08-04"


def test_example_article_sentences() -> None:
    text = ("The couple met in 2010 and were married on August 4, 2012. "
            "Natalie found out about three months ago. They split in June 2023.")
    got = values(text, "2023-08-07")
    assert got == [("2010", "2010"), ("August 4, 2012", "2012-08-04"),
                   ("about three months ago", "2023-05"), ("June 2023", "2023-06")]


def test_leap_day_and_year_boundaries() -> None:
    assert values("He left last month.", "2024-01-15") == [("last month", "2023-12")]
    assert values("It opens next year.", "2023-12-31") == [("next year", "2024")]
    assert values("He left last week.", "2021-01-04") == [("last week", "2020-W53")]
    assert values("She was born on February 29.", "2024-03-01") == [("February 29", "2024-02-29")]


def test_signal_words_are_not_part_of_durations() -> None:
    assert values("It came twenty years after the landing.", "2023-08-07") == [("twenty years", "P20Y")]
    assert values("It rained. Two days later it snowed.", "2023-08-07")[0][0] == "Two days later"


def test_a_quarter_just_ended_is_the_nearest_one() -> None:
    # a report expected in November on the third quarter is about the quarter that just ended
    assert values("It expects to report third-quarter net.", "1989-11-02") == [("third-quarter", "1989-Q3")]


def test_narrative_fills_years_from_the_story() -> None:
    text = "In 2010 she moved to Paris. In June she met him, and on Friday, June 18, they married. The next day they left."
    got = [(t.text, t.value, t.anchor) for t in tag(text, "2023-08-07", domain="narrative")]
    assert got == [("2010", "2010", None), ("June", "2010-06", "t1"),
                   ("Friday, June 18", "2010-06-18", "t2"), ("The next day", "2010-06-19", "t3")]


def test_narrative_without_a_date_leaves_the_year_unknown() -> None:
    text = "On August 4 they met. On Friday they wed. At Christmas they left."
    got = [(t.text, t.value, t.anchor) for t in tag(text, "2023-08-07", domain="narrative")]
    assert got == [("August 4", "XXXX-08-04", None), ("Friday", "XXXX-WXX-5", None),
                   ("Christmas", "XXXX-12-25", None)]
    # news always has its date to anchor on
    assert [t.value for t in tag(text, "2023-08-07")][0] == "2023-08-04"


def test_verb_group_tense_is_its_first_auxiliary() -> None:
    # "will be named": the participle does not make it past; "had been due to": not future
    assert values("She will be named captain for a flight in December.", "2023-03-04") == [
        ("December", "2023-12")]
    assert values("The offer had been due to expire Friday evening.", "2023-08-07") == [
        ("Friday evening", "2023-08-04TEV")]
    # a present auxiliary takes the tense of what it carries: "has fallen" is past
    assert values("Output has fallen sharply since it peaked in March.", "2023-10-30") == [
        ("March", "2023-03")]


def test_abbreviation_dots_do_not_end_the_clause() -> None:
    assert values("Ms. Reyes will succeed Peter J. Olsen Feb. 1.", "2023-10-26") == [("Feb. 1", "2024-02-01")]


def test_news_date_without_tense_is_in_the_past() -> None:
    # no verb in reach: a news report speaks of the past ("from $29 in March")
    assert values("The shares rose to $42 in June from $29 in March.", "2023-10-30") == [
        ("June", "2023-06"), ("March", "2023-03")]


def test_forward_cues_and_non_temporal_next() -> None:
    assert values("The resignation is effective Jan. 15.", "2023-10-02") == [("Jan. 15", "2024-01-15")]
    assert values("Members can vote at the congress in June.", "2023-01-20") == [("June", "2023-06")]
    # "next to" is a place: the past-tense clause decides (2023-08-09 is a Wednesday)
    assert values("Three people were hurt in a fire next to the station on Friday.", "2023-08-09") == [
        ("Friday", "2023-08-04")]


def test_a_year_ago_does_not_become_the_anchor_of_a_year_earlier() -> None:
    # both compare with the same period: the second is not a year before the first
    text = "Profit was $2 million a year ago. Sales rose 5% from a year earlier."
    assert values(text, "2023-08-07") == [("a year ago", "2022"), ("a year earlier", "2022")]


def test_a_year_and_period_takes_the_period_being_reported() -> None:
    text = "Net rose in the third quarter. It earned $3 in the 1988 quarter."
    assert values(text, "1989-11-02") == [("the third quarter", "1989-Q3"), ("the 1988 quarter", "1988-Q3")]
    text = "Sales rose in the second quarter. In the 1988 period, it lost money."
    assert values(text, "1989-11-02")[1] == ("the 1988 period", "1988-Q2")


def test_period_anaphora_stays_at_quarter_grain() -> None:
    text = "Net rose in the third quarter ended Sept. 30. Sales fell from the year-ago quarter."
    assert values(text, "1989-11-01")[-1] == ("the year-ago quarter", "1988-Q3")
    text = "Net rose in the third quarter ended Sept. 30. The latest period included a gain."
    assert values(text, "1989-11-01")[-1] == ("The latest period", "1989-Q3")


def test_prospective_verbs_and_adjectival_participles() -> None:
    # "agreed to buy ... in February": the purchase lies ahead of the agreement
    assert values("The firm agreed to buy the unit in February.", "2023-10-30") == [("February", "2024-02")]
    # the vow is the verb of "Friday" when the date comes first (2023-08-09 is a Wednesday)
    assert values("The mayor Friday vowed to rebuild the bridge.", "2023-08-09") == [("Friday", "2023-08-04")]
    # "a still unspecified date": an adjective, not a past-tense verb
    assert values("It will be paid on a still unspecified date in January.", "2023-10-26") == [
        ("January", "2024-01")]


def test_the_same_afternoon_and_hours_later_are_of_the_day_told_about() -> None:
    # 2025-02-14 is a Friday; the day told about is Wednesday, though a year was mentioned since
    text = ("Mayor Ilse Varn resigned on Wednesday. Varn, first elected in 2019, read a statement. "
            "Her deputy was sworn in the same afternoon. In a post online hours later, Varn thanked voters.")
    assert values(text, "2025-02-14")[-2:] == [("the same afternoon", "2025-02-12TAF"), ("hours later", "2025-02-12")]
    assert values("The plant closed on Tuesday. That evening, the workers marched.", "2025-02-14") == [
        ("Tuesday", "2025-02-11"), ("That evening", "2025-02-11TEV")]
    # "this evening" stays the document's day; "minutes later" after a month only is that month
    assert values("The plant closed on Tuesday. The union meets this evening.", "2025-02-14")[-1] == ("this evening", "2025-02-14TEV")
    assert values("Varn landed in Oslo in March 2019. Minutes later she was detained.", "2025-02-14")[-1] == (
        "Minutes later", "2019-03")
