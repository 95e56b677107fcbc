"""Session 42: awards and works -- the film a person's prize was won for, the maker of a work put out with no one
named, the name a fronted phrase of time took for its object -- as invented texts through the real pipeline, each with
a near miss that must stay without it."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import named_args, typed

_args = named_args  # each event of a type: role -> entity name (or text)


GULL = ('"Grey Water", a drama about a fishing family, won best film at the Corrin Awards on Saturday. ')


def test_a_prize_the_film_won_for_a_person_is_won_for_the_film() -> None:
    # "The film also won best supporting actor for X": X's prize, won for the film
    a = run(GULL + "The film, which had eight nominations, also won best supporting actor for Desmond Harrow and awards for its score.")
    wins = _args(a, "career.win")
    assert {"award": "best supporting actor", "agent": "Desmond Harrow", "work": "Grey Water"} in wins
    assert [e.time for e in typed(a, "career.win")] == ["2024-05-04", "2024-05-04"]
    # ... not a prize won for a person by no film named
    b = run("The jury also gave best supporting actor to Desmond Harrow on Saturday.")
    assert all("work" not in w for w in _args(b, "career.win"))


def test_an_actors_prize_makes_no_maker_of_the_film() -> None:
    # the actress won for the film, but did not premiere it
    a = run(GULL + "The film, which premiered at the Tarrow Film Festival last September, also won best actress for Maren Sollie.")
    assert {"award": "best actress", "agent": "Maren Sollie", "work": "Grey Water"} in _args(a, "career.win")
    assert all("agent" not in p for p in _args(a, "career.premiere"))


def test_a_work_put_out_with_no_one_named_is_its_makers() -> None:
    # "X's first feature, Y, won ... The film premiered ... Y will be released": X premieres and releases it
    a = run('The Kenyan director Wanda Mirek\'s first feature, "The Salt Field", won the Golden Gull on Saturday night. '
            "The film premiered at the festival on Tuesday. The Salt Field will be released in France in September.")
    assert _args(a, "career.premiere") == [{"work": "The Salt Field", "agent": "Wanda Mirek"}]
    assert [r["agent"] for r in _args(a, "career.release")] == ["Wanda Mirek"]
    assert [e.time for e in typed(a, "career.release")] == ["2024-09"]
    # ... not when no maker is named
    b = run('"The Salt Field" won the Golden Gull on Saturday night. The film will be released in France in September.')
    assert all("agent" not in r for r in _args(b, "career.release"))


def test_a_name_after_a_fronted_day_is_the_subject() -> None:
    # "On Thursday "Salt Road" was nominated": the title the one nominated, not a second object of "on"
    a = run('On Thursday "Salt Road" was nominated for the Meridian Prize.')
    assert [r.get("patient") or r.get("work") for r in _args(a, "career.nominate")] == ["Salt Road"]
    assert [e.time for e in typed(a, "career.nominate")] == ["2024-05-02"]
    # ... not a name the phrase is about ("on Monday with Ada Moss"): a verb with a subject of its own keeps it
    b = run("Leo Hart spoke on Monday with Ada Moss about the prize.")
    assert not typed(b, "career.nominate")


def test_a_film_opening_in_cinemas_is_released() -> None:
    # "X opened in cinemas in November": its general release, not its premiere
    a = run('"Grey Water", a drama by Ilse Varn, opened in Irish cinemas last October.')
    assert [(r.get("work"), r.get("agent")) for r in _args(a, "career.release")] == [("Grey Water", "Ilse Varn")]
    assert [e.time for e in typed(a, "career.release")] == ["2023-10"]
    assert not typed(a, "career.premiere")
    # ... a first showing at a festival stays a premiere, and a shop opening releases nothing
    b = run('"Grey Water" premiered at the Tarrow Film Festival on Friday.')
    assert typed(b, "career.premiere") and not typed(b, "career.release")
    c = run("The new Harbour Street cafe opened in March.")
    assert not typed(c, "career.release")


def test_it_after_a_film_is_the_film() -> None:
    # "X premiered ... where it was greeted ... and picked up the jury prize. It opened in cinemas in November": X each time
    a = run("The Quiet Harbour, a slow, tender drama about a ferry pilot and her deaf son, had its world premiere at the Vantmoor Film "
            "Festival last September, where it was greeted with a twelve-minute standing ovation and picked up the festival's jury "
            "prize. It opened in cinemas in November.")
    assert [r.get("work") for r in _args(a, "career.release")] == ["Quiet Harbour"]
    assert [e.time for e in typed(a, "career.release")] == ["2023-11"]
    assert [r.get("agent") for r in _args(a, "career.win")] == ["Quiet Harbour"]
    # ... and takings earned are no prize
    b = run("The Quiet Harbour had its world premiere at the Vantmoor Film Festival last September. It opened in cinemas in "
            "November and has since earned eleven times its modest budget.")
    assert not typed(b, "career.win")
    # ... nor is "it" a work when a company was named last
    c = run("The Quiet Harbour premiered in Vantmoor last September. Pellow Foods, a bakery chain, said it opened in 2009.")
    assert not typed(c, "career.release")
