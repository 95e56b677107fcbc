"""Phrasings found in session 16, each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run


def _appointments(a) -> list[dict[str, object]]:
    out = []
    for e in a.events:
        if e.type == "career.appoint":
            args = {x.role: (a.entity(x.entity).name if x.entity else x.text) for x in e.args}
            out.append({**args, "time": e.time})
    return out


def test_replaced_by_names_a_successor_to_the_post_the_predecessor_held() -> None:
    a = run("The news came on Monday. The transport minister, Ola Brandvik, was replaced by Sunniva Holm on Friday.", "2024-05-06")
    assert _appointments(a) == [{"predecessor": "Ola Brandvik", "patient": "Sunniva Holm", "role": "transport minister",
                                 "time": "2024-05-03"}]


def test_a_substitution_is_no_appointment() -> None:
    a = run("The news came on Monday. Tom Reyes was replaced by Ivan Petrov in the 60th minute.", "2024-05-06")
    assert _appointments(a) == []
    a = run("The news came on Monday. Tom Reyes replaces Ivan Petrov.", "2024-05-06")  # no post: who knows what for
    assert _appointments(a) == []


def test_his_replacement_is_a_named_successor_dated_from_the_dismissal() -> None:
    a = run("The news came on Monday. The prime minister fired his health minister, Jonas Eklund, on Thursday. "
            "His replacement is Petra Lind, 47, a former surgeon.", "2024-05-06")
    assert {"predecessor": "Jonas Eklund", "patient": "Petra Lind", "role": "health minister", "time": "2024-05-02"} \
        in _appointments(a)
    assert ("Petra Lind", "health minister") in {(a.entity(f.subject).name, f.value) for f in a.facts if f.relation == "role"}


def test_an_unnamed_successor_appoints_no_one() -> None:
    a = run("The news came on Monday. Jonas Eklund resigned as health minister on Thursday. "
            "A successor has not been named, and his replacement is not expected before June.", "2024-05-06")
    assert _appointments(a) == []


def test_her_successor_is_the_other_person() -> None:
    a = run("The news came on Monday. Maria Gomez retired as head coach on Sunday. Hannah Berg is her successor.", "2024-05-06")
    assert {"predecessor": "Maria Gomez", "patient": "Hannah Berg", "role": "head coach", "time": "2024-05-05"} \
        in _appointments(a)


def _publishers(a) -> list[tuple[list[str], str | None]]:
    return [(sorted(a.entity(x.entity).name for x in e.args if x.role == "agent" and x.entity), e.time)
            for e in a.events if e.type == "report.publish"]


def test_an_interview_published_is_the_interview_told_not_a_publication() -> None:
    # (session 58: the interview given is the event, with its outlet; the outlet's publishing it is no second event -- the
    # later fixtures' reading, seven to two)
    a = run("The news came on Monday. Lena Ortiz told Harbour Weekly in an interview published on Tuesday that she "
            "would not return to the show.", "2024-05-06")
    assert _publishers(a) == []
    assert [e.type for e in a.events if e.type and e.type.startswith("report.")] == ["report.interview"]


def test_what_one_says_in_a_piece_published_one_published() -> None:
    a = run("The news came on Monday. In a report published on Friday, the ratings agency Morland & Pike warned that "
            "more lawsuits were likely.", "2024-05-06")
    assert _publishers(a) == [(["Morland & Pike"], "2024-05-03")]
    a = run("The news came on Monday. In a letter published on Friday, the rules were explained.", "2024-05-06")
    assert _publishers(a) == []  # published by no one named


def test_no_one_is_the_name_after_the_article() -> None:
    a = run("The news came on Monday. \"He knew every driver,\" Tomas Varga told the Perth Herald-Express on Monday.", "2024-05-06")
    assert {e.name: e.type for e in a.entities}["Perth Herald-Express"] == "ORG"  # (NER: a person)
    told = next(e for e in a.events if e.type == "report.interview")
    assert {x.role: a.entity(x.entity).name for x in told.args if x.entity} == {"agent": "Tomas Varga", "outlet": "Perth Herald-Express"}
    a = run("The news came on Monday. The actor Tomas Varga met the Anna Berg everyone knows in 2010.", "2024-05-06")
    assert {e.name: e.type for e in a.entities}.get("Anna Berg") == "PERSON"  # a first name: still a person


def _nominees(a) -> list[tuple[str, str, str | None]]:
    return sorted((a.entity(x.entity).name, next(y.text for y in e.args if y.role == "award"), e.time)
                  for e in a.events if e.type == "career.nominate" for x in e.args if x.role == "patient")


def test_the_ones_beaten_to_a_prize_were_its_nominees() -> None:
    a = run("The news came on Monday. Priya Lal won best newcomer ahead of Dmitri Sokolov and the trio Northfield.",
            "2024-05-06")
    assert _nominees(a) == [("Dmitri Sokolov", "best newcomer", None), ("Northfield", "best newcomer", None)]
    a = run("The news came on Monday. Priya Lal won the Booker Prize on Sunday, beating Dmitri Sokolov and Anna Berg.", "2024-05-06")
    assert _nominees(a) == [("Anna Berg", "Booker Prize", None), ("Dmitri Sokolov", "Booker Prize", None)]


def test_the_ones_beaten_in_a_final_were_no_nominees() -> None:
    a = run("The news came on Monday. Ana Costa won the final on Sunday, beating Maria Berg 6-4, 6-2.", "2024-05-06")
    assert _nominees(a) == []


def test_an_undated_succession_in_this_week_s_reshuffle_dates_from_it() -> None:
    a = run("The news came on Monday. The prime minister appointed Ana Lind as finance minister on Friday. "
            "Tom Berg, who had run the transport ministry since 2019, was replaced by Ida Holm, the trade minister.", "2024-05-06")
    assert {"predecessor": "Tom Berg", "patient": "Ida Holm", "time": "2024-05-03"} in _appointments(a)


def test_an_undated_succession_takes_no_old_date() -> None:
    a = run("The news came on Monday. The club appointed Ana Lind as manager in 1998. Years later, Tom Berg was replaced "
            "by Ida Holm.", "2024-05-06")
    assert {"predecessor": "Tom Berg", "patient": "Ida Holm", "time": None} in _appointments(a)


def test_the_new_year_is_the_coming_one_in_the_autumn_and_the_current_one_in_spring() -> None:
    a = run("The news came on Monday. He will return to his old firm in the new year.", "2018-10-23")
    assert [(t.text, t.value) for t in a.timexes if "year" in t.text] == [("the new year", "2019")]
    a = run("The news came on Monday. Sales have been slow since the new year.", "2019-02-11")
    assert [(t.text, t.value) for t in a.timexes if "year" in t.text] == [("the new year", "2019")]
    a = run("The news came on Monday. They met on New Year's Eve.", "2018-10-23")
    assert [(t.text, t.value) for t in a.timexes if "Year" in t.text] == [("New Year's Eve", "2017-12-31")]


def test_a_clause_after_a_dated_relative_clause_is_dated_from_it() -> None:
    a = run("The news came on Monday. Yusuf Demir, the coach who was appointed on June 14, three weeks after Alan Burke was "
            "sacked following relegation, led the side to a win.", "2001-08-31")
    fired = next(e for e in a.events if e.type == "career.fire")
    assert fired.time == "2001-05-24"


def _roles(a) -> set[tuple[str, str, str | None]]:
    return {(a.entity(f.subject).name, f.value, f.valid_to) for f in a.facts if f.relation == "role"}


def test_a_former_calling_is_over() -> None:
    a = run("The news came on Monday. Karanja married the former marathon runner Daniel Kipruto in 2020.", "2024-05-06")
    assert ("Daniel Kipruto", "marathon runner", "PAST_REF") in _roles(a)
    a = run("The news came on Monday. Daniel Kipruto, a former marathon runner, manages her career.", "2024-05-06")
    assert ("Daniel Kipruto", "marathon runner", "PAST_REF") in _roles(a)
    a = run("The news came on Monday. She met the sprinter Jens Aerts at a party.", "2024-05-06")
    assert ("Jens Aerts", "sprinter", None) in _roles(a)


def _couple_events(a, kind: str) -> list[tuple[list[str], str | None]]:
    return [(sorted(a.entity(x.entity).name for x in e.args if x.entity), e.time) for e in a.events if e.type == kind]


def test_the_couple_is_the_pair_married_in_that_sentence() -> None:
    a = run("Ana Ruiz and Tom Berg win awards. The news came on Monday. Ana Ruiz is married to the composer Finn Carey, who "
            "wrote the score; the couple met in 1984 while working on a student film and married two years later.", "2024-05-06")
    assert _couple_events(a, "life.meet") == [(["Ana Ruiz", "Finn Carey"], "1984")]
    assert _couple_events(a, "life.marry") == [(["Ana Ruiz", "Finn Carey"], "1986")]


def test_they_after_whose_wife_are_the_couple() -> None:
    a = run("The news came on Monday. Kenta Mori won on Sunday. Mori, whose wife, Yui, has caddied for him since they "
            "married in 2004, said he would play on.", "2007-06-04")
    assert _couple_events(a, "life.marry") == [(["Kenta Mori", "Yui"], "2004")]


def test_the_beaten_candidates_for_a_party_leadership_are_members_through_coordinated_participles() -> None:
    a = run("The news came on Monday. Ana Ruiz wins Green Alliance Party leadership. Ana Ruiz was elected leader of the Green "
            "Alliance Party on Saturday, taking 54 per cent of the vote and defeating the former minister Tom Berg.", "2024-05-06")
    members = {(a.entity(f.subject).name, a.entity(f.object).name) for f in a.facts if f.relation == "member"}
    assert ("Tom Berg", "Green Alliance Party") in members


def test_a_party_s_legislator_is_its_member() -> None:
    for text in ("The Green Alliance MP Tom Berg voted against the bill.", "Tom Berg, a Green Alliance MP, voted against the bill."):
        a = run("The news came on Monday. " + text, "2024-05-06")
        assert {(a.entity(f.subject).name, a.entity(f.object).name) for f in a.facts if f.relation == "member"} \
            == {("Tom Berg", "Green Alliance")}
        assert not [f for f in a.facts if f.relation == "employee"]
    a = run("The news came on Monday. The Bradford MP Tom Berg voted against the bill.", "2024-05-06")
    assert {e.name: e.type for e in a.entities}.get("Bradford") == "GPE"  # a seat, not a party


def test_a_band_s_guitarist_is_its_member() -> None:
    a = run("The news came on Monday. Velvet Hours guitarist Tom Berg released a solo album.", "2024-05-06")
    assert {(f.relation, a.entity(f.subject).name, a.entity(f.object).name) for f in a.facts if f.relation in ("member", "employee")} \
        == {("member", "Tom Berg", "Velvet Hours")}


def test_a_verb_typed_as_its_object_event_noun_is_one_event_with_both_arguments() -> None:
    a = run("The news came on Monday. Ana Ruiz earned a nomination for best actress in January.", "2024-05-06")
    assert [(sorted((x.role, x.text) for x in e.args), e.time) for e in a.events if e.type == "career.nominate"] \
        == [([("award", "best actress"), ("patient", "Ana Ruiz")], "2024-01")]
    a = run("The news came on Monday. Tom Berg wrote the score for The Winter Crossing, which earned him an Academy Award "
            "nomination in 1975.", "2024-05-06")
    nominated = [e for e in a.events if e.type == "career.nominate"]
    assert len(nominated) == 1 and "Tom Berg" in {a.entity(x.entity).name for x in nominated[0].args if x.entity}


def test_the_job_held_before_joining_ends_when_the_next_begins() -> None:
    for text in ("Ana Ruiz worked at Acme Corp for ten years before joining Widget Inc in 2012.",
                 "Ana Ruiz spent ten years at Acme Corp before joining Widget Inc in 2012."):
        a = run("The news came on Monday. " + text, "2024-05-06")
        jobs = {(a.entity(f.object).name, f.valid_from, f.valid_to) for f in a.facts if f.relation == "employee"}
        assert jobs == {("Acme Corp", "2002", "2012"), ("Widget Inc", "2012", None)}


def test_the_title_after_a_press_noun_is_the_outlet_however_parsed() -> None:
    a = run("The news came on Monday. On Wednesday a team led by Dr Lerato Sithebe published a paper in the journal Genome "
            "Letters describing a faster test.", "2024-05-06")
    published = next(e for e in a.events if e.type == "report.publish")
    assert {x.role: x.text for x in published.args if x.entity}.get("organization") == "Genome Letters"
