"""The evaluation fixtures are well formed, and the benchmarks' matching rules score them right.

No spaCy here: expectations are checked against the article text, and the matchers are checked
on analyses built by hand from the expectations (a perfect system must score 1, a wrong one not).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from dateline.model import Analysis, Argument, Claim, Document, Entity, Event, Fact, Mention

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "_fixtures.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_fixtures", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


fx = _load()
FIXTURES = fx.load_fixtures()
IDS = [f"{f.split}/{f.name}" for f in FIXTURES]


def first(value: object) -> object:
    return value[0] if isinstance(value, list) else value


def test_splits_are_populated_and_paired() -> None:
    by_split = {s: [f for f in FIXTURES if f.split == s] for s in fx.SPLITS}
    assert len(by_split["dev"]) >= 10
    assert len(by_split["heldout"]) >= 5
    for split in fx.SPLITS:
        folder = fx.ROOT / split
        texts = {p.stem for p in folder.glob("*.txt")}
        expected = {p.name.removesuffix(".expected.json") for p in folder.glob("*.expected.json")}
        assert texts == expected, f"{split}: unpaired files {texts ^ expected}"


def test_only_selects_fixtures_by_name(tmp_path: Path) -> None:
    names = sorted({f.name for f in FIXTURES if f.split == "dev"})[:2]
    listed = tmp_path / "names.txt"
    listed.write_text("\n".join(f"{n}.txt" for n in names) + "\n", encoding="utf-8")
    for spec in (",".join(names), f"@{listed}"):
        chosen = fx.load_fixtures(["dev"], only=fx.only_names(spec))
        assert sorted(f.name for f in chosen) == names
    assert fx.only_names(None) is None
    with pytest.raises(ValueError, match="names no fixture"):
        fx.only_names(" , ")


PROBES = fx.load_fixtures([fx.PROBES]) if (fx.ROOT / fx.PROBES).is_dir() else []


def test_probes_are_paired_and_named_by_family() -> None:
    folder = fx.ROOT / fx.PROBES
    texts = {p.stem for p in folder.glob("*.txt")}
    expected = {p.name.removesuffix(".expected.json") for p in folder.glob("*.expected.json")}
    assert texts == expected, f"probes: unpaired files {texts ^ expected}"
    assert all(re.fullmatch(r"[a-z]+-\d{2,3}", name) for name in texts), sorted(texts)


@pytest.mark.parametrize("probe", PROBES, ids=[f.name for f in PROBES])
def test_probe_follows_the_schema(probe) -> None:  # noqa: ANN001
    """A probe is a short article (one to six sentences) annotated like the others; it may expect
    nothing at all (a sentence that must not fire) and needs no claims or timeline entries."""
    assert fx.validate(probe) == []
    assert len(probe.text.split()) <= 150


@pytest.mark.parametrize("fixture", FIXTURES, ids=IDS)
def test_fixture_follows_the_schema(fixture) -> None:  # noqa: ANN001
    assert fx.validate(fixture) == []
    words = len(fixture.text.split())
    assert 250 <= words <= 600, f"{words} words"
    assert fixture.expected["events"] and fixture.expected["claims"] and fixture.expected["facts"]


def test_validate_catches_broken_expectations() -> None:
    fixture = FIXTURES[0]
    broken = json.loads(json.dumps(fixture.expected))
    broken["claims"][0]["content"] += " and words the article never printed"
    broken["events"][0]["type"] = "life.teleport"
    broken["events"][1]["args"]["agent"] = "Nobody Inthisarticle"
    broken["facts"][0]["relation"] = "cousin"
    broken["timeline"]["entries"].reverse()
    bad = fx.Fixture(fixture.name, fixture.split, fixture.path, fixture.document, broken)
    problems = "\n".join(fx.validate(bad))
    assert "claims[0]: content occurs 0 times" in problems
    assert "unknown type 'life.teleport'" in problems
    assert "'Nobody Inthisarticle' does not appear" in problems
    assert "unknown relation 'cousin'" in problems
    assert "not in time order" in problems


def test_articles_do_not_repeat_people() -> None:
    """Fixtures are about different people: no main entity appears in another fixture's text."""
    for fixture in FIXTURES:
        entity = fixture.expected["timeline"]["entity"]
        others = [f.name for f in FIXTURES if f is not fixture and entity.lower() in f.text.lower()]
        assert not others, f"{entity} also appears in {others}"


# ---------------------------------------------------------------- the matchers


def _oracle(fixture) -> Analysis:  # noqa: ANN001
    """The analysis a perfect system would return for `fixture`, built from its expectations."""
    analysis = Analysis(document=fixture.document)
    ids: dict[str, str] = {}

    def entity(name: str) -> str:
        if name not in ids:
            start = fixture.text.lower().find(name.lower())
            ids[name] = f"E{len(ids) + 1}"
            mention = Mention(start, start + len(name), fixture.text[start : start + len(name)], 0)
            analysis.entities.append(Entity(ids[name], "PERSON", name, [mention]))
        return ids[name]

    for i, ev in enumerate(fixture.expected["events"]):
        args = [Argument(role, 0, 0, str(first(name)), entity(str(first(name)))) for role, name in ev["args"].items()]
        analysis.events.append(
            Event(f"V{i}", ev["type"], "x", 0, 1, "x", 0, args, time=first(ev["time"]), certainty=ev["certainty"])
        )
    for i, f in enumerate(fixture.expected["facts"]):
        obj = entity(str(first(f["object"]))) if "object" in f else None
        value = str(first(f["value"])) if "value" in f else None
        analysis.facts.append(
            Fact(f"F{i}", f["relation"], entity(f["subject"]), obj, value, first(f.get("valid_from")), first(f.get("valid_to")))
        )
    for i, c in enumerate(fixture.expected["claims"]):
        start, end = fx.content_span(fixture, c)
        speaker = str(first(c["speaker"]))
        analysis.claims.append(
            Claim(
                f"C{i}", "direct", start, end, c["content"], 0, speaker=entity(speaker), speaker_text=speaker,
                speaker_kind=c["speaker_kind"], outlet_text=c["outlet"], date=first(c["date"]), certainty=c["certainty"],
            )
        )
    return analysis


@pytest.mark.parametrize("fixture", FIXTURES, ids=IDS)
def test_a_perfect_analysis_scores_everything(fixture) -> None:  # noqa: ANN001
    analysis = _oracle(fixture)
    exp = fixture.expected
    pairs, predicted = fx.match_events(fixture, analysis, "strict")
    assert len(pairs) == len(exp["events"]) == len(predicted)
    assert len(fx.match_facts(fixture, analysis, "strict")) == len(exp["facts"])
    claims = analysis.claims
    for i, claim in enumerate(exp["claims"]):
        assert fx.span_exact(fixture, claim, claims[i])
        assert fx.speaker_matches(claim, claims[i], analysis)
        assert fx.outlet_matches(claim, claims[i], analysis)


def test_wrong_predictions_do_not_match() -> None:
    fixture = next(f for f in FIXTURES if any(e["time"] and e["args"] for e in f.expected["events"]))
    analysis = _oracle(fixture)
    timed = [i for i, e in enumerate(fixture.expected["events"]) if isinstance(e["time"], str)]
    for i in timed:
        analysis.events[i].time = "1066-10-14"
    strict, _ = fx.match_events(fixture, analysis, "strict")
    no_time, _ = fx.match_events(fixture, analysis, "no-time")
    assert len(strict) == len(fixture.expected["events"]) - len(timed)
    assert len(no_time) == len(fixture.expected["events"])
    for event in analysis.events:  # every argument now names someone else
        for arg in event.args:
            arg.entity, arg.text = None, "Zebedee Quux"
    assert not [p for p in fx.match_events(fixture, analysis, "no-time")[0] if fixture.expected["events"][p[0]]["args"]]


def test_claim_spans_exact_versus_overlapping() -> None:
    fixture = next(f for f in FIXTURES if any(len(c["content"]) > 30 for c in f.expected["claims"]))
    claim = next(c for c in fixture.expected["claims"] if len(c["content"]) > 30)
    start, end = fx.content_span(fixture, claim)
    quoted = Claim("C1", "direct", max(0, start - 1), min(len(fixture.text), end + 1), "", 0)
    shorter = Claim("C2", "direct", start, end - 10, "", 0)
    elsewhere = Claim("C3", "direct", end + 5, end + 20, "", 0)
    assert fx.span_exact(fixture, claim, quoted)  # surrounding quote marks and blanks do not count
    assert not fx.span_exact(fixture, claim, shorter) and fx.span_overlaps(fixture, claim, shorter)
    assert not fx.span_overlaps(fixture, claim, elsewhere)


def test_names_speakers_and_outlets() -> None:
    assert fx.name_matches("Juliet Harlow", ["Harlow", "Juliet Harlow"])
    assert not fx.name_matches("Juliet Harlow", ["Harlow", "she"])
    assert not fx.name_matches("Milo", ["Milosz"])
    assert fx.name_matches("a source close to the couple", ["source close to the couple"], lenient=True)
    assert fx.name_matches("an insider", ["the insider"], lenient=True)
    assert not fx.name_matches("an insider", ["a", "she"], lenient=True)
    assert fx.name_matches(["Marisol Ortega", "Jonah Pryce"], ["Pryce", "Jonah Pryce"])


def test_child_facts_score_as_parent_facts_and_spouse_is_symmetric() -> None:
    fixture = next(f for f in FIXTURES if {"parent", "spouse"} <= {x["relation"] for x in f.expected["facts"]})
    analysis = _oracle(fixture)
    for fact in analysis.facts:
        if fact.relation == "parent":
            fact.relation, fact.subject, fact.object = "child", fact.object, fact.subject
        elif fact.relation == "spouse":
            fact.subject, fact.object = fact.object, fact.subject
    assert len(fx.match_facts(fixture, analysis, "strict")) == len(fixture.expected["facts"])


def test_two_person_events_match_either_way_round_and_others_do_not() -> None:
    analysis = Analysis(document=Document.make("Ann Lee met Bo Chan. Ann Lee sued Bo Chan.", "2024-01-01"))
    analysis.entities = [Entity("E1", "PERSON", "Ann Lee", [Mention(0, 7, "Ann Lee", 0)]),
                         Entity("E2", "PERSON", "Bo Chan", [Mention(12, 19, "Bo Chan", 0)])]
    met = Event("V1", "life.meet", "meet", 8, 11, "met", 0, [Argument("agent", 12, 19, "Bo Chan", "E2"),
                                                            Argument("partner", 0, 7, "Ann Lee", "E1")])
    sued = Event("V2", "legal.sue", "sue", 8, 11, "sued", 0, [Argument("agent", 12, 19, "Bo Chan", "E2"),
                                                             Argument("target", 0, 7, "Ann Lee", "E1")])
    assert fx.event_matches({"type": "life.meet", "args": {"agent": "Ann Lee", "partner": "Bo Chan"}, "time": None}, met, analysis)
    assert not fx.event_matches({"type": "legal.sue", "args": {"agent": "Ann Lee", "target": "Bo Chan"}, "time": None}, sued, analysis)
    assert not fx.event_matches({"type": "life.meet", "args": {"agent": "Ann Lee", "partner": "Cy Dee"}, "time": None}, met, analysis)


def test_matching_is_one_to_one_and_maximal() -> None:
    # expected 0 can take predicted 0 or 1, expected 1 only predicted 0: both must be matched.
    pairs = fx.match_pairs(["ab", "a"], ["a", "b"], lambda e, p: p in e)
    assert pairs == [(0, 1), (1, 0)]
    count = fx.Count(tp=3, gold=4, pred=6)
    assert (count.precision, count.recall, round(count.f1, 3)) == (0.5, 0.75, 0.6)
