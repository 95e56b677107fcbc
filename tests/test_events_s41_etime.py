"""Event times a sentence does not lend (session 41): invented texts through the real pipeline, each rule with
its fix and a near miss that must keep the time."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import typed


def _times(text: str, kind: str) -> list[str | None]:
    return [e.time for e in typed(run(text), kind)]


def test_a_coordinated_clause_of_its_own_tense_keeps_its_event_undated() -> None:
    # "X won ... in the 2000s, and he is now in talks to become coach": not coach in the 2000s
    assert _times("Petter Holmgaard won three cup finals as a defender with Rosendal in the 2000s, and he is "
                  "now in talks to become manager of his old club.", "career.appoint") == [None]
    # "were seen together on Saturday, and the pair are rumoured to be dating": no date for the romance
    assert _times("Kit Marnell and Ada Voss were seen leaving a restaurant together on Saturday night, and the pair "
                  "are rumoured to be dating.", "life.date") == [None]


def test_a_coordinated_clause_of_the_same_tense_or_a_fronted_time_still_dates_it() -> None:
    # the same tense, no subject of its own: one news lead dates both verbs
    assert _times("Tobias Renfrew left Harwell Athletic in 2019 and went on to become manager of Dunmore Rovers.",
                  "career.appoint") == ["2019"]
    # a time before the first clause dates the whole coordination
    assert _times("On Friday, Harwell Athletic sacked Tobias Renfrew, and his assistant Colm Baird is set to become "
                  "caretaker manager.", "career.appoint") == ["2024-05-03"]


def test_an_event_one_is_in_talks_or_close_to_takes_no_time_from_the_saying() -> None:
    # "said on Tuesday that it was in talks to buy Y": the purchase is not done, and not on Tuesday
    assert _times("Brindle Foods said on Tuesday that it was in talks to buy the bakery chain Oatfield, a smaller "
                  "rival, for about £80 million.", "business.acquire") == [None]
    # ... while talks abandoned at a time date the purchase given up then
    assert _times("In March, Brindle Foods abandoned talks to buy the bakery chain Oatfield after a row over the price.",
                  "business.acquire") == ["2024-03"]
    # ... and a purchase agreed is the saying's news
    assert _times("Brindle Foods said on Tuesday that it had agreed to buy the bakery chain Oatfield for about £80 million.",
                  "business.acquire") == ["2024-04-30"]


def test_a_deal_described_by_its_backer_takes_the_time_of_what_the_deal_did() -> None:
    # "A round led by X valued Y at ... in 2019": the round, and X's stake in it, in 2019
    a = run("A funding round led by the venture firm Copperline Capital valued Fernway at £60 million in 2019.")
    assert [(e.time, e.time_source) for e in typed(a, "business.invest")] == [("2019", "clause")]
    # ... inside a "since" clause too: the clause a stretch begins at dates its own events
    assert _times("Shareholders have grown restless since a funding round led by the venture firm Copperline Capital "
                  "valued Fernway at £60 million in 2019.", "business.invest") == ["2019"]
    # ... not a time inside another description in that clause
    assert _times("A funding round led by the venture firm Copperline Capital valued Fernway, which was set up in "
                  "2015, at £60 million.", "business.invest") == [None]


def test_a_take_up_noun_dates_an_event_by_its_participle_not_by_an_infinitive_about_something_else() -> None:
    # "The deal, announced on Tuesday, ...": the purchase told just before, dated then
    assert _times("Brindle Foods has agreed to buy the bakery chain Oatfield. The deal, announced on Tuesday, values "
                  "Oatfield at £80 million.", "business.acquire") == ["2024-04-30"]
    # "the club's decision to sign a deal with X in January": another act, no date for the suit told before
    assert _times("Their former goalkeeper, Lena Marsh, later sued Harwell Athletic over unpaid wages. Supporters "
                  "were angered by the club's decision to sign a shirt deal with Veltra Motors in January.",
                  "legal.sue") == [None]
