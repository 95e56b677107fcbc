"""benchmarks/event_times.py: TimeML reading, link directions, value comparison and alignment,
on a small invented document (the TempEval-3 corpora are not read here)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import SimpleNamespace

from dateline.timex.timeml import parse_tml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
et = importlib.import_module("event_times")

RAW = """<?xml version="1.0" ?>
<TimeML>
<DOCID>INVENTED001</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="2001-03-07T09:15" temporalFunction="false" functionInDocument="CREATION_TIME">March 7, 2001</TIMEX3></DCT>
<TEXT>
Smith &amp; Sons <EVENT eid="e1" class="OCCURRENCE">bought</EVENT> Acme on <TIMEX3 tid="t1" type="DATE" value="2001-03-05">Monday</TIMEX3>.
The firm <EVENT eid="e2" class="OCCURRENCE">grew</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3> and <EVENT eid="e3" class="REPORTING">said</EVENT> so <TIMEX3 tid="t3" type="DATE" value="PRESENT_REF">now</TIMEX3>.
In <TIMEX3 tid="t4" type="DATE" value="2000">2000</TIMEX3> it <EVENT eid="e4" class="OCCURRENCE">hired</EVENT> a chief; talks <EVENT eid="e5" class="OCCURRENCE">ended</EVENT> in <TIMEX3 tid="t5" type="DATE" value="2000-W7">week seven</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" />
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" />
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="PAST" />
<MAKEINSTANCE eventID="e4" eiid="ei40" tense="PAST" />
<MAKEINSTANCE eventID="e5" eiid="ei5" tense="PAST" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="SIMULTANEOUS" eventInstanceID="ei2" relatedToTime="t2" />
<TLINK lid="l3" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t0" />
<TLINK lid="l4" relType="INCLUDES" timeID="t3" relatedToEventInstance="ei3" />
<TLINK lid="l5" relType="INCLUDES" timeID="t4" relatedToEventInstance="ei40" />
<TLINK lid="l6" relType="DURING" timeID="t5" relatedToEventInstance="ei5" />
<TLINK lid="l7" relType="INCLUDES" eventInstanceID="ei5" relatedToTime="t5" />
<TLINK lid="l8" relType="BEFORE" eventInstanceID="ei4" relatedToEventInstance="ei1" />
</TimeML>
"""


def test_tags_stripped_with_offsets_into_the_decoded_text() -> None:
    raw = 'A &amp; B <EVENT eid="e1">met</EVENT> on <TIMEX3 tid="t1" value="2001">x &lt; y</TIMEX3>.'
    text, elements = et.strip_tags(raw)
    assert text == "A & B met on x < y."
    event, timex = elements
    assert (event.tag, event.attrs["eid"], text[event.start : event.end]) == ("EVENT", "e1", "met")
    assert (timex.attrs["value"], text[timex.start : timex.end]) == ("2001", "x < y")


def test_text_and_dct_as_the_timex_benchmark_reads_them() -> None:
    gold = et.parse_document(RAW, "invented")
    assert gold.text == parse_tml(RAW).text
    assert gold.dct == "2001-03-07"  # the date of a date-time creation time
    assert et.creation_time(RAW) == ("2001-03-07", "t0")


def test_tlinks_read_with_their_direction() -> None:
    instances, links = et.read_links(RAW)
    assert instances["ei40"] == "e4"
    by_id = {link.lid: link for link in links}
    assert (by_id["l4"].source, by_id["l4"].source_is_time, by_id["l4"].target, by_id["l4"].target_is_time) == ("t3", True, "ei3", False)
    assert et.event_in_time(by_id["l1"]) == ("ei1", "t1")  # event IS_INCLUDED timex
    assert et.event_in_time(by_id["l5"]) == ("ei40", "t4")  # timex INCLUDES event: the same thing
    assert et.event_in_time(by_id["l6"]) is None  # timex DURING event: the timex lies inside the event
    assert et.event_in_time(by_id["l7"]) is None  # event INCLUDES timex
    assert et.event_in_time(by_id["l8"]) is None  # between events


def test_gold_event_times_only_from_calendar_dates_of_the_text() -> None:
    events = {e.text: e for e in et.parse_document(RAW).events}
    assert events["bought"].values == ["2001-03-05"] and events["bought"].timex_texts == ["Monday"]
    assert events["grew"].values == []  # a DURATION is no event time
    assert events["said"].values == [] and events["said"].dct_linked  # PRESENT_REF and t0 are not either
    assert events["hired"].values == ["2000"]  # through its second instance
    assert events["ended"].values == []


def test_several_dates_most_specific_first() -> None:
    raw = RAW.replace('<TLINK lid="l8"', '<TLINK lid="l9" relType="IS_INCLUDED" eventInstanceID="ei4" relatedToTime="t1" /><TLINK lid="l8"')
    hired = next(e for e in et.parse_document(raw).events if e.text == "hired")
    assert hired.values == ["2001-03-05", "2000"]


def test_values_compared_by_granularity_and_year() -> None:
    assert et.compare("2001-03-05", "2001-03-05") == et.EXACT
    assert et.compare("2000-W7", "2000-W07") == et.EXACT
    assert et.compare("196X", "196") == et.EXACT
    assert et.compare("1998-WXX", "1998-W08") == et.FINER
    assert et.compare("2001-03-05", "2001-03") == et.COARSER
    assert et.compare("2001-03-05", "2001-W10") == et.COARSER
    assert et.compare("2001-03", "2001-03-05") == et.FINER
    assert et.compare("2001-03-05", "2001-03-05TEV") == et.FINER
    assert et.compare("2001-03-05", "2001-03-12") == et.SAME_YEAR
    assert et.compare("2001-Q1", "2001-05") == et.SAME_YEAR
    assert et.compare("2001-03-05", "2000-03-05") == et.OTHER_YEAR
    assert et.compare("2001", None) == et.NO_TIME


def _event(start: int, end: int, type_: str | None = None, time: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(start=start, end=end, type=type_, time=time, timex=None)


def test_alignment_by_overlap_and_the_events_left_without_gold_anchor() -> None:
    gold = et.parse_document(RAW)
    at = {e.text: (e.start, e.end) for e in gold.events}
    bought, hired, said = at["bought"], at["hired"], at["said"]
    assert gold.text[1:6] == "Smith"
    events = [
        _event(bought[0], bought[1] - 2, None, "2001-03"),  # overlaps "bought", untyped, coarser
        _event(bought[0] + 1, bought[1], "business.acquire", "2001-03-05"),  # typed: preferred
        _event(hired[0], hired[1], None, None),
        _event(said[0], said[1], None, "2001-03-07"),  # gold: inside the DCT only
        _event(1, 6, "business.merge", "2001"),  # "Smith": no gold event there
    ]
    score, examples = et.score_document(gold, events)
    assert score.any_type.anchored == 2 and score.any_type.found == 2
    assert score.any_type.outcomes[et.EXACT] == 1 and score.any_type.outcomes[et.NO_TIME] == 1
    assert score.typed.found == 1 and score.typed.outcomes[et.EXACT] == 1
    assert score.unlinked[et.UNLINKED_DCT] == 1 and score.unlinked[et.UNLINKED_NO_EVENT] == 1
    assert score.unlinked_typed[et.UNLINKED_NO_EVENT] == 1 and score.unlinked_typed[et.UNLINKED_DCT] == 0
    kinds = {(x.kind, x.trigger) for x in examples}
    assert (et.NO_TIME, "hired") in kinds and (et.UNLINKED_NO_EVENT, "Smith") in kinds


def test_a_gold_event_dateline_misses_is_counted_not_found() -> None:
    score, examples = et.score_document(et.parse_document(RAW), [])
    assert (score.any_type.anchored, score.any_type.found, score.typed.found) == (2, 0, 0)
    assert sorted(x.trigger for x in examples if x.kind == et.NOT_FOUND) == ["bought", "hired"]
