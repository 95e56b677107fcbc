"""The extraction benchmark's `--causes`: each strict miss and false positive put in one cause."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from dateline.model import Analysis, Argument, Document, Entity, Event, Fact, Mention

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))
ex = importlib.import_module("extraction")
fx = ex.fx

TEXT = "Ann Lee married Bo Chan in 2010. Acme hired Ann Lee. Cy Dee sued Acme. Dan Roe won."


def _analysis() -> Analysis:
    a = Analysis(document=Document.make(TEXT, "2024-01-01"))
    a.entities = [Entity("E1", "PERSON", "Ann Lee", [Mention(0, 7, "Ann Lee", 0)]),
                  Entity("E2", "PERSON", "Bo Chan", [Mention(16, 23, "Bo Chan", 0)]),
                  Entity("E3", "ORG", "Acme", [Mention(33, 37, "Acme", 1)]),
                  Entity("E4", "PERSON", "Cy Dee", [Mention(53, 59, "Cy Dee", 2)])]
    return a


def _arg(role: str, a: Analysis, eid: str) -> Argument:
    m = a.entity(eid).mentions[0]
    return Argument(role, m.start, m.end, m.text, eid)


def _fixture(events: list[dict]) -> fx.Fixture:
    doc = Document.make(TEXT, "2024-01-01")
    return fx.Fixture("t", "dev", Path("t.txt"), doc, {"events": events, "facts": []})


def test_each_miss_and_false_positive_gets_its_cause() -> None:
    a = _analysis()
    gold = [
        {"type": "life.marry", "args": {"agent": "Ann Lee", "partner": "Bo Chan"}, "time": "2010", "certainty": "asserted"},
        {"type": "career.hire", "args": {"agent": "Acme", "patient": "Ann Lee"}, "time": None, "certainty": "asserted"},
        {"type": "legal.sue", "args": {"agent": "Cy Dee", "target": "Acme"}, "time": None, "certainty": "asserted"},
        {"type": "career.win", "args": {"agent": "Dan Roe"}, "time": None, "certainty": "asserted"},
        {"type": "life.die", "args": {"agent": "Bo Chan"}, "time": None, "certainty": "asserted"},
    ]
    a.events = [
        Event("V1", "life.marry", "marry", 8, 15, "married", 0, [_arg("agent", a, "E1"), _arg("partner", a, "E2")], time="2011"),
        Event("V2", "career.hire", "hire", 38, 43, "hired", 1, [_arg("patient", a, "E1")]),  # the employer missing
        Event("V3", "legal.charge", "sue", 60, 64, "sued", 2, [_arg("agent", a, "E4"), _arg("target", a, "E3")]),
        Event("V4", "business.launch", "launch", 0, 3, "Ann", 0, [_arg("agent", a, "E4")]),
    ]
    causes = ex.event_causes([_fixture(gold)], [a])
    miss = {t: dict(c) for t, c in causes["miss"].items()}
    assert miss == {"life.marry": {"time": 1}, "career.hire": {"args": 1}, "legal.sue": {"type": 1},
                    "career.win": {"name": 1}, "life.die": {"trigger": 1}}
    fp = {t: dict(c) for t, c in causes["fp"].items()}
    assert fp == {"life.marry": {"time": 1}, "career.hire": {"args": 1}, "legal.charge": {"type": 1},
                  "business.launch": {"other": 1}}
    assert causes["missing_roles"] == {"career.hire agent": 1}
    assert causes["confused"] == {"legal.sue -> legal.charge": 1}
    assert causes["times"] == {"other year": 1}


def test_a_second_mention_of_a_found_event_is_a_duplicate() -> None:
    a = _analysis()
    gold = [{"type": "career.hire", "args": {"agent": "Acme", "patient": "Ann Lee"}, "time": None, "certainty": "asserted"}]
    a.events = [Event("V1", "career.hire", "hire", 38, 43, "hired", 1, [_arg("agent", a, "E3"), _arg("patient", a, "E1")]),
                Event("V2", "career.hire", "hire", 38, 43, "hired", 1, [_arg("organization", a, "E3"), _arg("patient", a, "E1")],
                      time="2024")]
    causes = ex.event_causes([_fixture(gold)], [a])
    assert not causes["miss"]
    assert {t: dict(c) for t, c in causes["fp"].items()} == {"career.hire": {"duplicate": 1}}


def test_time_errors_are_told_apart() -> None:
    assert ex._time_error(None, "2020") == "time given, none expected"
    assert ex._time_error("2020-05-01", None) == "no time given"
    assert ex._time_error("2020-05-01", "2020-05") == "coarser than expected"
    assert ex._time_error(["2020", None], "2020-05") == "finer than expected"
    assert ex._time_error("2020-05-01", "2020-07") == "same year, other value"
    assert ex._time_error("2020-05-01", "2019") == "other year"


def _fact_fixture(facts: list[dict]) -> fx.Fixture:
    doc = Document.make(TEXT, "2024-01-01")
    return fx.Fixture("t", "dev", Path("t.txt"), doc, {"events": [], "facts": facts})


def test_each_fact_miss_and_false_fact_gets_its_cause() -> None:
    a = _analysis()
    gold = [
        {"relation": "spouse", "subject": "Ann Lee", "object": "Bo Chan", "valid_from": "2010", "valid_to": None},
        {"relation": "employee", "subject": "Ann Lee", "object": "Acme", "valid_from": None, "valid_to": None},
        {"relation": "role", "subject": "Cy Dee", "value": "chief executive", "valid_from": None, "valid_to": None},
        {"relation": "located_in", "subject": "Dan Roe", "object": "Leeds", "valid_from": None, "valid_to": None},
        {"relation": "parent", "subject": "Bo Chan", "object": "Cy Dee", "valid_from": "2011", "valid_to": None},
    ]
    a.facts = [
        Fact("F1", "spouse", "E2", "E1", valid_from=None, valid_to="PAST_REF"),  # either way round; both ends wrong
        Fact("F2", "member", "E1", "E3"),  # another relation for the same two
        Fact("F3", "role", "E4", value="chairman"),  # another value for the same subject
        Fact("F4", "located_in", "E3", value="Mars"),  # nothing expected like it
    ]
    causes = ex.fact_causes([_fact_fixture(gold)], [a])
    assert {r: dict(c) for r, c in causes["miss"].items()} == {
        "spouse": {"interval": 1}, "employee": {"relation": 1}, "role": {"object": 1},
        "located_in": {"name": 1}, "parent": {"none": 1}}
    assert {r: dict(c) for r, c in causes["fp"].items()} == {
        "spouse": {"interval": 1}, "member": {"relation": 1}, "role": {"object": 1}, "located_in": {"other": 1}}
    assert causes["confused"] == {"employee -> member": 1}
    assert causes["intervals"] == {"spouse start missing": 1, "spouse end where none expected": 1}


def test_interval_errors_are_told_apart() -> None:
    def fact(start: str | None, end: str | None) -> Fact:
        return Fact("F1", "role", "E1", value="chair", valid_from=start, valid_to=end)

    want = {"valid_from": ["2019", None], "valid_to": ["PAST_REF", "2021"]}
    assert ex._interval_errors(want, fact("2019", "2021")) == []
    assert ex._interval_errors(want, fact("2018", None)) == ["start wrong", "end PAST_REF missing"]
    assert ex._interval_errors({"valid_from": "2019", "valid_to": "2021"}, fact(None, "PAST_REF")) == [
        "start missing", "PAST_REF given, a date expected"]
    assert ex._interval_errors({"valid_from": None, "valid_to": None}, fact("2019", "2020")) == [
        "start where none expected", "end where none expected"]
