"""Session 69: rules found reading development misses and the blind fixtures, each tested on an invented article (other
names, other words), with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair, named_args, typed


def _sought(a, name: str) -> list[tuple[str | None, str | None, str]]:
    """(body, time, certainty) of each appointment of `name`."""
    out = []
    for e in typed(a, "career.appoint"):
        names = {g.role: a.entity(g.entity).name for g in e.args if g.entity and a.entity(g.entity)}
        if names.get("patient") == name:
            out.append((names.get("organization"), e.time, e.certainty))
    return out


def test_a_person_approached_about_the_job_is_a_speculative_appointment_to_the_vacancy() -> None:
    text = ("Fenwick Rangers sacked their manager, Osric Lanyard, on Sunday after a run of seven defeats. According to the "
            "Fenwick Courier, the club have already approached Dario Quellmann, the former Ashgrove boss, about the job.")
    a = run(text, "2024-03-05")
    assert _sought(a, "Dario Quellmann") == [("Fenwick Rangers", None, "speculative")]
    # ... an approach about "a role" tells an interest, not the vacancy
    b = run(text.replace("about the job", "about a role as a scout"), "2024-03-05")
    assert _sought(b, "Dario Quellmann") == []


def test_the_favourite_to_succeed_him_is_the_one_who_may_be_appointed() -> None:
    text = ("Fenwick Rangers sacked their manager, Osric Lanyard, on Sunday. Bookmakers have made former Ashgrove boss "
            "Dario Quellmann the favourite to succeed him. Talia Brennick is among the early favourites for the job.")
    a = run(text, "2024-03-05")
    assert _sought(a, "Dario Quellmann") == [("Fenwick Rangers", None, "speculative")]
    assert _sought(a, "Talia Brennick") == [("Fenwick Rangers", None, "speculative")]
    # ... the favourite to win a title is no one's appointment
    b = run(text.replace("to succeed him", "to win the league").replace("for the job", "for the award"), "2024-03-05")
    assert _sought(b, "Dario Quellmann") == [] and _sought(b, "Talia Brennick") == []


def _leavings(a, name: str) -> list[tuple[str | None, str | None, str | None]]:
    """(post, body, time) of each leaving of `name`."""
    out = []
    for e in typed(a, "career.resign"):
        by_role = {g.role: (a.entity(g.entity).name if g.entity and a.entity(g.entity) else g.text) for g in e.args}
        if by_role.get("agent") == name:
            out.append((by_role.get("role"), by_role.get("organization"), e.time))
    return sorted(out, key=str)


def test_a_post_left_and_another_post_described_are_two_leavings() -> None:
    text = ("Corvina, a robotics startup, has raised $30 million. At the same time, co-founder Mara Velloso is stepping down "
            "as chief executive to become chief scientist. Velloso, 34, started the company in Leeds with a colleague after "
            "leaving a postdoctoral post at the Ostwick Institute.")
    a = run(text, "2024-03-06")
    posts = _leavings(a, "Mara Velloso")
    assert len(posts) == 2 and ("chief executive", "Corvina") in [p[:2] for p in posts]
    assert any(p[1] == "Ostwick Institute" and p[0] is None for p in posts)
    # ... "the post" is the one told: one leaving
    b = run(text.replace("started the company in Leeds with a colleague after leaving a postdoctoral post at the Ostwick "
                         "Institute.", "who is leaving the post after five years, will remain on the board."), "2024-03-06")
    assert len(_leavings(b, "Mara Velloso")) == 1


def test_an_undated_leaving_takes_the_date_of_the_succession_told_after_it() -> None:
    text = ("Corvina, a robotics startup, has raised $30 million. At the same time, its co-founder Mara Velloso is stepping "
            "down as chief executive to become chief scientist; she will be succeeded on April 2 by Tobiah Rennard.")
    a = run(text, "2024-03-06")
    assert _leavings(a, "Mara Velloso") == [("chief executive", "Corvina", "2024-04-02")]
    # ... a succession told first, the leaving in a clause on the one succeeded, is dated apart
    b = run("Tobiah Rennard succeeded Mara Velloso on April 2, 2024. Velloso, who said in 2021 that she would step down as "
            "chief executive, stays on the board.", "2024-05-06")
    assert all(p[2] != "2024-04-02" for p in _leavings(b, "Mara Velloso"))


def test_joining_as_a_post_beside_a_leaving_is_a_hiring_by_the_articles_company_dated_for_both() -> None:
    text = ("Quillmoss, the Bristol startup that makes software for school timetables, has raised $20 million, Quillmoss said "
            "on Monday. Co-founder and chief executive Odile Farrant is stepping aside to become chief technology officer, "
            "and Bertil Aakre, the former finance chief of Tennow Rail, joins as CEO on May 6. Quillmoss now employs 90 "
            "people, and Quillmoss plans to open an office in Dublin.")
    a = run(text, "2025-04-08")
    hires = [{g.role: (a.entity(g.entity).name if g.entity else g.text) for g in e.args} | {"time": e.time}
             for e in typed(a, "career.hire")]
    assert {"patient": "Bertil Aakre", "organization": "Quillmoss", "agent": "Quillmoss", "role": "CEO", "time": "2025-05-06"} in hires
    assert ("2025-05-06" in [p[2] for p in _leavings(a, "Odile Farrant")])
    # ... a joining with no leaving beside it names no body
    b = run(text.replace("Co-founder and chief executive Odile Farrant is stepping aside to become chief technology officer, "
                         "and Bertil", "Bertil"), "2025-04-08")
    assert not any(dict((g.role, g.text) for g in e.args).get("patient") == "Bertil Aakre" for e in typed(b, "career.hire"))


def test_to_read_as_the_infinitive_of_a_calling_before_a_name_is_the_verbs_preposition() -> None:
    text = ("Actress Perdita Lowes is engaged to footballer Aurelio Dane. Perdita was previously married to record producer "
            "Ansel Morrow. The pair wed in Ibiza in June 2016 and separated two years later.")
    a = run(text, "2024-05-01")
    spouses = facts_by_pair(a, "spouse")
    assert ("Perdita Lowes", "Ansel Morrow") in spouses or ("Ansel Morrow", "Perdita Lowes") in spouses
    assert ("Perdita Lowes", "Aurelio Dane") not in spouses and ("Aurelio Dane", "Perdita Lowes") not in spouses
    # ... "to record" before a noun that is no name stays an infinitive
    from dateline import nlp
    doc = nlp.load()("She flew to Nashville to record songs with Ansel Morrow.")
    to = next(t for t in doc if t.lower_ == "to" and t.nbor().lower_ == "record")
    assert to.dep_ == "aux" and to.head.lower_ == "record"



def test_a_person_of_a_body_named_again_on_its_own_is_two_names() -> None:
    from dateline import nlp
    from dateline.extract.entity_lexicon import lexicon
    from dateline.extract.name_repairs import split_people_of_bodies
    from dateline.extract.name_spans import NameSpan

    def split(text: str) -> list[tuple[str, str]]:
        doc = nlp.load()(text)
        start = next(t.i for t in doc if t.text == "Gerald")
        lumped = NameSpan(start, start + 5, "ORG", "ORG")  # "Gerald Tebworth of Marlstone Independents", as NER may read it
        return [(doc[s.start : s.end].text, s.label) for s in split_people_of_bodies(doc, [lumped], lexicon())]

    text = ("Lorna Fenick beat the incumbent, Gerald Tebworth of Marlstone Independents, by 900 votes on Saturday. The result "
            "is a blow to Marlstone Independents, which has run the town for a decade.")
    assert split(text) == [("Gerald Tebworth", "PERSON"), ("Marlstone Independents", "ORG")]
    # ... a body told only there is left as the recognizer read it
    assert split(text.replace("a blow to Marlstone Independents", "a blow to the party")) == [
        ("Gerald Tebworth of Marlstone Independents", "ORG")]


def test_a_works_rights_bought_are_an_acquisition_of_the_work() -> None:
    text = ("Hollowmere Pictures has acquired North American rights to \"The Salt Lamps of Vennick,\" sources told Reelside on "
            "Monday. Tilde Arncliffe's drama premiered at the Ostrava festival on Saturday. The film was acquired for British "
            "distribution by Marrowgate Films on Sunday.")
    a = run(text, "2024-09-17")
    bought = {(r.get("agent"), r.get("work"), r.get("patient")) for r in named_args(a, "business.acquire")}
    assert ("Hollowmere Pictures", "The Salt Lamps of Vennick", "The Salt Lamps of Vennick") in bought
    assert ("Marrowgate Films", "The Salt Lamps of Vennick", "The Salt Lamps of Vennick") in bought
    # ... a quoted title after "rights to", its buyer told before
    c = run('Nordwell Releasing bought rights to "The Salt Hours of Ilvanne" on Monday.', "2024-09-17")
    assert [r.get("work") for r in named_args(c, "business.acquire")] == ["The Salt Hours of Ilvanne"]
    # ... rights to land are no work's
    b = run("Hollowmere Mining has acquired drilling rights to the Vennick field, the company said on Monday.", "2024-09-17")
    assert named_args(b, "business.acquire") == []


def test_a_quoted_title_cut_at_a_small_word_is_one_work() -> None:
    text = ('Tallowmere Pictures has acquired North American rights to Ysolde Brannagh-Fyfe\'s "Nine Winters at Skellingby," '
            "sources close to the deal told Screenline on Monday.")
    a = run(text, "2022-09-12")
    assert "Nine Winters at Skellingby" in {e.name for e in a.entities if e.type == "WORK"}
    # ... a title quoted whole, with no small word, keeps its span
    b = run(text.replace("Nine Winters at Skellingby", "Nine Winters"), "2022-09-12")
    assert "Nine Winters" in {e.name for e in b.entities if e.type == "WORK"}


def test_close_to_joining_under_a_controlled_be_is_the_one_who_may_join() -> None:
    text = ("Quenby Rovers are expected to confirm the departure of the midfielder Tobias Ekwueme, who is reported to be close "
            "to joining Oxham City on loan.")
    a = run(text, "2025-07-03")
    hires = [(r.get("patient"), r.get("organization")) for r in named_args(a, "career.hire")]
    assert ("Tobias Ekwueme", "Oxham City") in hires
    assert all(e.certainty == "speculative" for e in typed(a, "career.hire"))
    # ... close to a person is no joining
    b = run(text.replace("close to joining Oxham City on loan", "close to the Oxham City manager"), "2025-07-03")
    assert named_args(b, "career.hire") == []
