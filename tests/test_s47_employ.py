"""Session 47 (EMPLOY): employee and member facts, each phrasing an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs


def test_a_description_fronted_before_the_name_is_not_the_subject() -> None:
    a = run("Maren Oakhollow was named chief executive of Pellbury Cartage on Monday. "
            "The daughter of a baker from Wexcombe, Oakhollow spent eight years at Fenwick Freight before joining Pellbury.")
    assert "Fenwick Freight" in jobs(a, "Maren Oakhollow")
    # near miss: the description alone, no name after its comma, is still the subject
    a = run("Maren Oakhollow was named chief executive of Pellbury Cartage on Monday. "
            "The daughter of a baker spent eight years at Fenwick Freight before joining Pellbury.")
    assert "Fenwick Freight" not in jobs(a, "Maren Oakhollow")


def test_a_union_official_told_by_a_description_works_for_the_union() -> None:
    a = run('"We will not accept this," said Odile Brantwhistle, a regional organiser for the Allied Bakers\' Union, '
            'which represents 4,000 workers at Corvath Mills.')
    assert "Allied Bakers' Union" in jobs(a, "Odile Brantwhistle")
    # near miss: a union's rank-and-file member told as such is its member, not on its staff
    a = run('"We will not accept this," said Odile Brantwhistle, a baker and member of the Allied Bakers\' Union, '
            'which represents 4,000 workers at Corvath Mills.')
    assert "Allied Bakers' Union" not in jobs(a, "Odile Brantwhistle")


def test_its_after_a_work_as_subject_is_the_works_not_the_festivals() -> None:
    a = run('"The Copper Lantern", a quiet drama about a miner, won the Silver Gull at the Tarnby International Film Festival '
            'on Saturday, handing its director, Elspeth Varrow, her first prize.')
    assert "Tarnby International Film Festival" not in jobs(a, "Elspeth Varrow")
    # near miss: the festival itself the subject -- "its director" is the festival's
    a = run("The Tarnby International Film Festival gave the Silver Gull to a quiet drama about a miner on Saturday, "
            "and its director, Elspeth Varrow, praised the jury.")
    assert "Tarnby International Film Festival" in jobs(a, "Elspeth Varrow")


def test_a_country_named_team_is_not_the_newspaper_named_after_the_country() -> None:
    text = ("Dafydd Orrell, the Kestrel Vale captain who won 61 caps for Tarvonia, will retire at the end of the season. "
            "He dismissed a report in the Tarvonia Herald last week that he would join another club.")
    a = run(text)
    assert "Tarvonia Herald" not in jobs(a, "Dafydd Orrell", "member")
    # near miss: a force named after the place is still the body its short name stands for in a career
    a = run("Odile Varnby, a detective with Carnby Police, joined the Harlow Constabulary in 2015. "
            "She left Carnby after ten years.")
    assert "Carnby" not in jobs(a, "Odile Varnby", "member")


def test_a_manager_sacked_by_the_club_the_article_is_about_worked_there() -> None:
    text = ("Kestrel Rovers have appointed Ivo Marsh as their head coach on a two-year contract. "
            "The appointment, confirmed by the club on Wednesday, ends a search that began in March, when Gareth Pell was "
            "sacked with the team bottom of the league. Kestrel Rovers were relegated in 2019.")
    a = run(text)
    assert "Kestrel Rovers" in jobs(a, "Gareth Pell")
    # near miss: one sacked by a person (the leader of another body) is not made staff of the article's club
    a = run("Kestrel Rovers have appointed Ivo Marsh as their head coach on a two-year contract. "
            "In March Gareth Pell was sacked by Tomas Brill after a row.")
    assert "Kestrel Rovers" not in jobs(a, "Gareth Pell")


def test_a_venue_after_a_titled_name_is_where_the_act_happened() -> None:
    a = run("They were sworn in by President Arvo Kesk at Elmsworth Palace on Wednesday afternoon.")
    assert "Elmsworth Palace" not in jobs(a, "Arvo Kesk")
    # near miss: a title told after the name keeps the body it is at ("a curator at the X Palace": its staff)
    a = run("The exhibition was opened by Ilse Varn, a curator at Elmsworth Palace, on Wednesday afternoon.")
    assert "Elmsworth Palace" in jobs(a, "Ilse Varn")


def test_a_clubs_supporters_trust_is_another_body_than_the_club() -> None:
    text = ("Harland Rovers have appointed Ivo Marsh as their manager. The club's chairman, Tomas Brill, thanked the fans. "
            '"We wanted a change," said Ada Quenby, the chair of the Harland Rovers Supporters\' Trust.')
    a = run(text)
    names = {e.name for e in a.entities}
    assert {"Harland Rovers", "Harland Rovers Supporters' Trust"} <= names
    assert "Harland Rovers" in jobs(a, "Ivo Marsh")
    # near miss: a longer name without a possessive is the club's own full name ("Harland Rovers FC")
    a = run("Harland Rovers have appointed Ivo Marsh as their manager. Harland Rovers FC were founded in 1890.")
    assert "Harland Rovers" not in {e.name for e in a.entities} or "Harland Rovers FC" not in {e.name for e in a.entities}
