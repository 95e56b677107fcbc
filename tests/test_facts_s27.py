"""Phrasings found in session 27, each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run


def _posts(a, person: str) -> dict[str, tuple[str | None, str | None, str | None]]:  # noqa: ANN001
    """The person's role facts: value -> (body, from, to)."""
    return {f.value: (a.entity(f.object).name if f.object else None, f.valid_from, f.valid_to)
            for f in a.facts if f.relation == "role" and a.entity(f.subject).name == person}


def _event(a, kind: str):  # noqa: ANN001, ANN202
    (found,) = [e for e in a.events if e.type == kind]
    return found


def _names(a, event, role: str) -> list[str]:  # noqa: ANN001
    return [a.entity(g.entity).name for g in event.args if g.role == role and g.entity]


def test_the_name_after_the_body_a_post_noun_names_is_the_one_who_acts() -> None:
    # "The chairman of X, Y, resigned": the parser hangs Y on X; the one who resigns is Y, and the post ends then
    a = run("The chairman of Tarrow Bank, Ian Ross, resigned in May.", "2024-05-08")
    resigned = _event(a, "career.resign")
    assert _names(a, resigned, "agent") == ["Ian Ross"] and resigned.time == "2024-05"
    assert _posts(a, "Ian Ross")["chairman"] == ("Tarrow Bank", None, "2024-05")
    # a passive, a post the lexicon does not list as a person noun, and "at" for the body
    a = run("The head of research at Delvin Labs, Mira Osei, was fired on Monday.", "2024-05-08")
    assert _names(a, _event(a, "career.fire"), "patient") == ["Mira Osei"]
    assert _posts(a, "Mira Osei")["head of research"][2] == "2024-05-06"
    # another event type: the mayor of a town
    a = run("The mayor of Kesterton, Ruth Vane, was arrested in March.", "2024-05-08")
    assert _names(a, _event(a, "legal.arrest"), "patient") == ["Ruth Vane"]


def test_a_hyphenated_post_is_read_whole() -> None:
    # "editor-in-chief", split by the tokenizer, is one post; "long-time" says nothing of it
    a = run("The long-time editor-in-chief of the Gazette, Paul Ferr, retired.", "2024-05-08")
    assert _posts(a, "Paul Ferr")["editor-in-chief"] == ("Gazette", None, "PAST_REF")
    assert [g.text for g in _event(a, "career.retire").args if g.role == "role"] == ["editor-in-chief"]
    a = run("Nadia Corr, who has been editor-in-chief of the Ruvan Herald since 2019, spoke on Monday.", "2024-05-08")
    assert _posts(a, "Nadia Corr") == {"editor-in-chief": ("Ruvan Herald", "2019", None)}
    a = run("Nadia Corr, a well-known deputy editor-in-chief at the Ruvan Herald, spoke.", "2024-05-08")
    assert _posts(a, "Nadia Corr") == {"deputy editor-in-chief": ("Ruvan Herald", None, None)}  # no "deputy editor" besides
    # not a suffix that makes another post: "president-elect" is left as the tokenizer reads it
    a = run("Tom Eade, a long-time chef at the Harbour Inn, left in April.", "2024-05-08")
    assert "chef" in _posts(a, "Tom Eade")


def _members(a, person: str) -> dict[str, tuple[str | None, str | None]]:  # noqa: ANN001
    return {a.entity(f.object).name: (f.valid_from, f.valid_to) for f in a.facts
            if f.relation == "member" and a.entity(f.subject).name == person and f.object}


def test_a_founding_member_who_quits_leaves_the_band() -> None:
    # the band is found for the leaving only after the facts are built: the founding membership ends then too
    a = run("Omar Vell formed the band Silver Tide in 2011 with his cousin Joe Marr, a drummer. Marr quit in 2016 to become a teacher.",
            "2024-05-08")
    assert _members(a, "Joe Marr") == {"Silver Tide": ("2011", "2016")}
    assert _members(a, "Omar Vell") == {"Silver Tide": ("2011", None)}
    a = run("Lena Ord and Sam Pike formed the duo Paper Kites in 2010. Pike, a guitarist, quit in 2014.", "2024-05-08")
    assert _members(a, "Sam Pike") == {"Paper Kites": ("2010", "2014")}
    assert _members(a, "Lena Ord") == {"Paper Kites": ("2010", None)}


def test_a_post_held_until_a_date_ends_a_calling_held_at_a_body() -> None:
    # "a post she held until 1981": the lecturer's post at the university (a calling, but held at a body) and the job there
    for text in ("Ana Ruiz was born in Lima. From 1960 she was a lecturer in law at the University of Brenfold, a post she held until 1981.",
                 "Ana Ruiz became a lecturer in law at the University of Brenfold in 1960, a post she held until 1981."):
        a = run(text, "2024-05-08")
        assert _posts(a, "Ana Ruiz")["lecturer"] == ("University of Brenfold", "1960", "1981")
        (job,) = [f for f in a.facts if f.relation == "employee"]
        assert (job.valid_from, job.valid_to) == ("1960", "1981")


def test_a_post_told_in_a_where_clause_is_held_at_that_body() -> None:
    # "from Arcwell, where she had been head of comedy since 2020": the post and the job were at Arcwell, since 2020
    a = run("Kindra Media has hired Priya Das as its head of drama. Das, 41, joined from the rival platform Arcwell, "
            "where she had been head of comedy since 2020.", "2024-05-08")
    assert _posts(a, "Priya Das")["head of comedy"] == ("Arcwell", "2020", "PAST_REF")
    # another wording: a simple past, "from 2016"; the move is ahead ("moves to"), so the post's end is not told
    a = run("Tom Vale moves to Rellan Bank from Osprey Capital, where he was chief economist from 2016.", "2024-05-08")
    assert _posts(a, "Tom Vale")["chief economist"] == ("Osprey Capital", "2016", None)
    # a post in the past perfect with no time of its own was over: ended by the leaving told with it
    a = run("Ada Quinn set up the fund in 2011 after leaving Harrowgate Bank, where she had been head of equities.", "2024-05-08")
    assert _posts(a, "Ada Quinn")["head of equities"] == ("Harrowgate Bank", None, "2011")
    # (not a post held "for two years" up to a dismissal told in the same sentence: that dismissal ends it)
    a = run("Oskar Velt, who had been defence minister for two years, was dismissed on Monday.", "2024-05-08")
    assert _posts(a, "Oskar Velt")["defence minister"] == (None, None, "2024-05-06")


def test_a_former_head_post_is_dated_by_the_years_the_body_was_led() -> None:
    # "a retired headteacher, X ... who led Y from 2008 to 2021": the post (told as over) was held at Y then
    a = run("The charity was founded by a retired headteacher, Rosa Pell. Mrs Pell, who led Marston Primary School "
            "from 2008 to 2021, said demand had doubled.", "2024-05-08")
    assert _posts(a, "Rosa Pell")["headteacher"] == ("Marston Primary School", "2008", "2021")
    a = run("Ian Cole, a former chief executive, ran Delby Water between 2003 and 2015.", "2024-05-08")
    assert _posts(a, "Ian Cole")["chief executive"] == ("Delby Water", "2003", "2015")


def test_a_first_election_dates_the_one_elected_office_held() -> None:
    # "The mayor, X, who was first elected in 2019": the mayor's office from 2019 (ended by the departure told)
    a = run("The mayor, Dan Holt, who was first elected in 2019, announced his departure on Monday.", "2024-05-08")
    assert _posts(a, "Dan Holt")["mayor"] == (None, "2019", "2024-05-06")
    a = run("Councillor Ann Ruiz, who was elected in 2017, chairs the planning committee.", "2024-05-08")
    assert _posts(a, "Ann Ruiz")["councillor"] == (None, "2017", None)
    # a re-election dates no start: the office was held before
    a = run("Councillor Dan Holt, who was comfortably re-elected in Ward 7 on Monday, spoke.", "2024-05-08")
    assert _posts(a, "Dan Holt")["councillor"] == (None, None, None)
