"""People spoken of together: "X and Y were arrested", "Both men were charged", "the two were
convicted" give one event per person; "The couple" is never two people only counted together; and a
time before the first of two coordinated verbs dates both.  Invented sentences through the real pipeline."""

from __future__ import annotations

from functools import cache

import pytest

from dateline.model import Analysis
from dateline.pipeline import analyze

DCT = "2024-03-14"  # a Thursday


@cache
def run(text: str, dct: str = DCT) -> Analysis:
    return analyze(text, dct)


def patients(analysis: Analysis, kind: str, role: str = "patient") -> list[tuple[str, str | None]]:
    """(name, time) of each event of `kind`: one filler of `role` per event."""
    out = []
    for event in analysis.events:
        if event.type != kind:
            continue
        names = [analysis.entity(a.entity).name for a in event.args if a.role == role and a.entity]  # type: ignore[union-attr]
        assert len(names) <= 1, f"{kind} names {names} in one event"
        out.extend((n, event.time) for n in names)
    return sorted(out)


def test_coordinated_suspects_are_one_arrest_each() -> None:
    a = run("Police arrested Martin Cole and Ivo Petrov in Leeds on Tuesday. Both men were charged with fraud the next day.")
    assert patients(a, "legal.arrest") == [("Ivo Petrov", "2024-03-12"), ("Martin Cole", "2024-03-12")]
    assert patients(a, "legal.charge") == [("Ivo Petrov", "2024-03-13"), ("Martin Cole", "2024-03-13")]


def test_both_counts_the_last_two_people_named() -> None:
    a = run(
        "A jury on Monday acquitted the banker Paul Rhee of fraud, but convicted his former assistant, Dana Kluge, of theft. "
        "No one was hurt in the fire. Both were arrested in May, and the two were charged in June."
    )
    assert patients(a, "legal.arrest") == [("Dana Kluge", "2023-05"), ("Paul Rhee", "2023-05")]
    assert patients(a, "legal.charge") == [("Dana Kluge", "2023-06"), ("Paul Rhee", "2023-06")]


def test_a_time_before_the_first_verb_dates_the_coordinated_verb() -> None:
    a = run("A jury on Monday acquitted the banker Paul Rhee of fraud, but convicted his former assistant, Dana Kluge, of theft.")
    assert patients(a, "legal.acquit") == [("Paul Rhee", "2024-03-11")]
    assert patients(a, "legal.convict") == [("Dana Kluge", "2024-03-11")]


def test_a_time_after_the_first_verb_stays_its_own() -> None:
    a = run("Dana Kluge was arrested in 2021 but was never charged.")
    assert [e.time for e in a.events if e.type == "legal.charge"] in ([], [None])


@pytest.mark.parametrize(
    "text",
    [
        "Paul Rhee and Dana Kluge ran the firm. Three guards were arrested on Saturday.",
        "Paul Rhee and Dana Kluge ran the firm. Two men were arrested on Saturday.",
    ],
)
def test_people_counted_for_the_first_time_are_not_the_ones_named_before(text: str) -> None:
    a = run(text)
    assert patients(a, "legal.arrest") == []


def test_the_count_must_fit() -> None:
    """"Both" with three people named last points to no one in particular."""
    a = run("Paul Rhee hired Dana Kluge to audit Ivo Petrov. Both were arrested on Saturday.")
    assert patients(a, "legal.arrest") == []


def test_a_counted_pair_is_not_a_couple() -> None:
    a = run(
        "The court acquitted Seamus Doyle but convicted Tomasz Nowak. Both men were arrested in 2019. "
        "Doyle thanked his wife, Brid. The couple, who married in 1970, ran a hotel."
    )
    marriages = [e for e in a.events if e.type == "life.marry"]
    names = {a.entity(arg.entity).name for e in marriages for arg in e.args if arg.entity}  # type: ignore[union-attr]
    assert "Tomasz Nowak" not in names
    assert not [f for f in a.facts if f.relation == "spouse" and "Tomasz Nowak" in {
        a.entity(f.subject).name if a.entity(f.subject) else "", a.entity(f.object).name if a.entity(f.object) else ""}]
    assert patients(a, "legal.arrest") == [("Seamus Doyle", "2019"), ("Tomasz Nowak", "2019")]


def test_two_deaths_in_one_clause_are_two_events() -> None:
    a = run("Omar Reyes and Lena Park died in a crash in 2001.")
    assert patients(a, "life.die", role="agent") == [("Lena Park", "2001"), ("Omar Reyes", "2001")]


def test_a_pair_named_before_others_is_not_both() -> None:
    a = run("Omar Reyes and Lena Park died in a crash in 2001. Paul Rhee hired Dana Kluge to audit Ivo Petrov. "
            "Both were arrested on Saturday.")
    assert patients(a, "legal.arrest") == []


def test_an_election_of_two_people_is_two_elections() -> None:
    a = run("Kofi Mensah and Abena Owusu were elected to the city council on Sunday.")
    assert patients(a, "politics.elect") == [("Abena Owusu", "2024-03-10"), ("Kofi Mensah", "2024-03-10")]


def test_a_team_won_with_is_a_winner_too() -> None:
    a = run("Carl Ruiz won the league title with Kestrel Rovers in 2014.")
    wins = [e for e in a.events if e.type == "career.win"]
    assert len(wins) == 1
    agents = {a.entity(x.entity).name for x in wins[0].args if x.role == "agent" and x.entity}  # type: ignore[union-attr]
    assert agents == {"Carl Ruiz", "Kestrel Rovers"}


def test_a_work_won_with_stays_the_work() -> None:
    a = run("Lena Park won the Booker Prize with her novel Quiet Rivers in 2001.")
    wins = [e for e in a.events if e.type == "career.win"]
    agents = {a.entity(x.entity).name for e in wins for x in e.args if x.role == "agent" and x.entity}  # type: ignore[union-attr]
    assert agents == {"Lena Park"}


def test_they_for_a_club_in_view() -> None:
    a = run("Halden United finished second last season. They won the FA Cup in 1998 under Tom Baker.")
    assert patients(a, "career.win", role="agent") == [("Halden United", "1998")]


@pytest.mark.parametrize(
    "text",
    [
        "Halden United sold two defenders. The players said they had won the FA Cup in 1998.",
        "Acme Corp said on Monday that they won the contract in 1998.",
        '"They won the FA Cup in 1998," said Tom Baker of Halden United.',
    ],
)
def test_they_is_no_club_when_people_or_quotes_say_otherwise(text: str) -> None:
    a = run(text)
    assert not [w for w in patients(a, "career.win", role="agent") if w[0] in ("Halden United", "Acme Corp")]


@pytest.mark.parametrize(
    "text",
    [
        "Sofia Benavides told the financial daily Il Corriere Economico that she had no plans to sell.",
        "Sofia Benavides told the weekly Der Bote that she had no plans to sell.",
    ],
)
def test_a_paper_called_a_daily_is_an_outlet_not_a_time(text: str) -> None:
    a = run(text)
    assert not [t for t in a.timexes if t.type == "SET"]
    interviews = [e for e in a.events if e.type == "report.interview"]
    assert [x.text for e in interviews for x in e.args if x.role == "outlet"] in (["Il Corriere Economico"], ["Der Bote"])


def test_daily_as_a_frequency_stays_a_time() -> None:
    a = run("The paper is printed daily. Its weekly market opens on Monday.")
    assert {(t.text, t.value) for t in a.timexes if t.type == "SET"} == {("daily", "P1D"), ("weekly", "P1W")}


def _typed(a: Analysis, kind: str) -> list[dict[str, str]]:
    return [{x.role: (a.entity(x.entity).name if x.entity else x.text) for x in e.args} for e in a.events if e.type == kind]  # type: ignore[union-attr]


def test_a_person_opening_a_named_business_founds_it_and_an_unnamed_shop_is_launched() -> None:
    a = run("In 1951 Farid Haddad opened the Cedar Bakery on Saint-Laurent Boulevard. Bashir Rahimi opened a newsagent in 1989.")
    founded = _typed(a, "business.found")
    assert {"agent": "Farid Haddad", "organization": "Cedar Bakery"}.items() <= founded[0].items()
    # (the fixtures' README: opening a shop is business.launch)
    assert not any(f.get("agent") == "Bashir Rahimi" for f in founded)
    assert any(f.get("agent") == "Bashir Rahimi" for f in _typed(a, "business.launch"))


def test_a_company_opening_an_office_founds_nothing() -> None:
    a = run("Acme Corp opened an office in Accra in April.")
    assert _typed(a, "business.found") == []
    assert _typed(a, "business.launch")


def test_it_for_the_one_company_in_view() -> None:
    a = run("Acme Corp makes packaging film. It cut 200 jobs in May.")
    assert [f.get("agent") for f in _typed(a, "business.layoff")] == ["Acme Corp"]


def test_it_is_left_alone_when_a_product_was_named_since() -> None:
    a = run("Acme Corp makes the Wayfinder 3 navigation unit. The Wayfinder 3 was a hit. It sold two million units in 2019.")
    owners = {x.entity for e in a.events for x in e.args if x.text == "It"}
    acme = next(e.id for e in a.entities if e.name == "Acme Corp")
    assert acme not in owners


def test_joined_as_a_teenager_is_dated_from_the_birth() -> None:
    a = run("Radovan Kostic was born in Belgrade on 4 May 1937 and joined FK Sava Zemun as a 16-year-old apprentice.")
    assert [e.time for e in a.events if e.type == "career.hire"] == ["1953"]


@pytest.mark.parametrize(
    "text",
    [
        "Radovan Kostic lifted the First Division title in 1965 and again in 1968.",
        "Ana Ruiz won the national title in 1965 and in 1968.",
    ],
)
def test_one_trigger_with_two_coordinated_times_is_two_events(text: str) -> None:
    a = run(text)
    assert sorted(e.time for e in a.events if e.type == "career.win") == ["1965", "1968"]


def test_a_source_quoted_in_between_is_not_counted() -> None:
    a = run(
        "Martin Ashdown was convicted on Monday. The same jury acquitted Oluwaseun Bakare. "
        "Prosecutor Helen Marchetti said he had taken bribes. The two were charged in March 2004."
    )
    assert patients(a, "legal.charge") == [("Martin Ashdown", "2004-03"), ("Oluwaseun Bakare", "2004-03")]


def test_a_participle_the_tagger_read_as_a_past_tense() -> None:
    """"her second album, Harbour Lights, released the year before": released, not releasing."""
    a = run("Saoirse Dunleavy won a Grammy in 2023 for her second album, Harbour Lights, released the year before.")
    released = _typed(a, "career.release")
    assert released and released[0].get("work") == "Harbour Lights" and released[0].get("agent") == "Saoirse Dunleavy"
    assert [e.time for e in a.events if e.type == "career.release"] == ["2022"]


def test_a_work_nominated_is_its_makers_nomination() -> None:
    a = run("Efua Darkwa released Salt Road in 1998. Salt Road was nominated for the Meridian Prize in October 1998.")
    nominations = _typed(a, "career.nominate")
    assert nominations == [{"work": "Salt Road", "award": "Meridian Prize", "patient": "Efua Darkwa"}]


def test_no_maker_credited_when_the_article_names_none() -> None:
    a = run("Salt Road was nominated for the Meridian Prize in October 1998.")
    assert all("Efua" not in str(n) for n in _typed(a, "career.nominate"))
    assert not [x for e in a.events for x in e.args if e.type == "career.nominate" and x.role == "patient" and x.entity
                and a.entity(x.entity).type == "PERSON"]  # type: ignore[union-attr]


def test_a_past_event_is_not_dated_by_a_future_clause_it_hangs_off() -> None:
    a = run("Mirela Horvat said on Monday that she would retire after the Olympic Games in Beijing in August, "
            "two days after she won the French Open.", "2008-06-10")
    assert [e.time for e in a.events if e.type == "career.win"] == ["2008-06-07"]


def test_all_four_titles_sums_up_several_wins() -> None:
    a = run("She became the first Croatian woman to win all four Grand Slam titles.")
    assert _typed(a, "career.win") == []


def test_a_fronted_participle_is_not_dated_by_its_main_clause() -> None:
    a = run("Born in Bilbao, Joaquin Etxeberria signed for Sporting Valdemar in 1993. Born in 1962 in Lyon, Omar Reyes trained as a chef.")
    assert sorted((e.time or "") for e in a.events if e.type == "life.born") == ["", "1962"]


def test_his_father_in_a_statement_is_the_speakers_father() -> None:
    a = run("Matteo Lanzillotta, the bandleader, has died at his home in Brighton. He was 78. His son, Luca Lanzillotta, "
            "said in a statement that his father died peacefully on Thursday after a short illness.", "2014-01-18")
    deaths = _typed(a, "life.die")
    assert deaths == [{"agent": "Matteo Lanzillotta", "place": "Brighton"}]
    assert [e.time for e in a.events if e.type == "life.die"] == ["2014-01-16"]


def test_a_post_of_a_town_is_where_the_post_is() -> None:
    a = run("Theodora Papadakis was elected lord mayor of Port Carrington on Saturday.", "1998-09-27")
    assert _typed(a, "politics.elect") == [{"patient": "Theodora Papadakis", "role": "lord mayor", "place": "Port Carrington"}]


@pytest.mark.parametrize(
    "text",
    ["Theodora Papadakis won 54.2 per cent of the vote.", "The Harbourside Alliance won seven seats, its best result."],
)
def test_a_tally_won_is_no_prize(text: str) -> None:
    assert _typed(run(text), "career.win") == []


def test_people_counted_first_and_named_next() -> None:
    a = run("Two men have been charged with robbery after a raid in Loughborough, police said yesterday. "
            "Dariusz Wroblewski, 29, and Liam Treacy, 24, were arrested on Thursday. They were charged on Saturday night.",
            "2003-11-17")
    assert {p[0] for p in patients(a, "legal.charge")} == {"Dariusz Wroblewski", "Liam Treacy"}
    assert not [x for e in a.events for x in e.args if e.type == "legal.charge" and x.role == "patient" and not x.entity]


def test_people_counted_first_are_not_a_pair_of_another_gender() -> None:
    a = run("Two women were arrested in Leeds on Monday. Police thanked Ann Lee and Tom Baker for their help.")
    assert patients(a, "legal.arrest") == []


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Lena Park wrote a memoir in 2019.", True),
        ("Ana Ruiz, writing in the Daily Ledger, called it a triumph.", True),
        ("Nina Vance wrote the script for the film.", False),
        ("Omar Reyes wrote half of the record on a night bus.", False),
    ],
)
def test_writing_publishes_only_a_publication(text: str, published: bool) -> None:
    assert bool(_typed(run(text), "report.publish")) is published


@pytest.mark.parametrize(
    ("text", "collaborated"),
    [
        ("Nina Vance worked with Tom Baker on the album Silver Lines in 2018.", True),
        ("Nina Vance worked with Tom Baker on the film in 2018.", True),
        ("Lena Park works with Omar Reyes at the hospital.", False),
        ("Lena Park worked for Acme Corp in 2018.", False),
    ],
)
def test_working_with_someone_on_a_work_is_a_collaboration(text: str, collaborated: bool) -> None:
    assert bool(_typed(run(text), "career.collaborate")) is collaborated


@pytest.mark.parametrize(
    ("text", "won"),
    [
        ("Kirkhaven Rovers beat Ellesworth City 2-1 in the final on Saturday.", True),
        ("Tom Baker received the Lyre Prize in 2015.", True),
        ("Kirkhaven Rovers retained the title in 2016.", True),
        ("Ana Ruiz became world champion in 2014.", True),
        ("Ana Ruiz received a letter from the club.", False),
        ("Kirkhaven Rovers beat Ellesworth City 2-1 on Saturday.", False),
        ("The club secured a loan from the bank.", False),
        ("Ana Ruiz defended the decision.", False),
        ("Ana Ruiz became chief executive in 2014.", False),
    ],
)
def test_more_ways_to_win(text: str, won: bool) -> None:
    assert bool(_typed(run(text, "2017-05-21"), "career.win")) is won


def test_arriving_at_an_event_is_no_hiring() -> None:
    a = run("Lena Park was photographed arriving at the Angel City Equity Summit in Sydney on Friday.")
    assert _typed(a, "career.hire") == []


def test_a_work_is_no_collaborator() -> None:
    a = run("After Black Swan, Natalie Portman and Benjamin Millepied collaborated again on her 2018 film Vox Lux.")
    found = _typed(a, "career.collaborate")
    assert found and all(f.get("agent") != "Black Swan" and f.get("partner") != "Black Swan" for f in found)


def test_a_round_led_by_an_investor() -> None:
    a = run("Ondamar Ltd closed a $12 million Series A round led by Northlight Ventures on Tuesday.", "2021-06-23")
    assert {"target": "Ondamar Ltd", "agent": "Northlight Ventures"}.items() <= _typed(a, "business.invest")[0].items()
